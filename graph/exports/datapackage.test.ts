/**
 * The data package descriptor: it lists every published file but itself, with size and
 * checksum, and the version and build date; and it refuses to describe a file that was
 * not written, so the data page can never link a missing download.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DataPackage, dataPackage, type WrittenFile } from './datapackage';
import { DATAPACKAGE_FILE, DOWNLOADS } from './downloads';
import { TEST_META } from './testing';

const written: WrittenFile[] = DOWNLOADS.filter((d) => d.file !== DATAPACKAGE_FILE).map((d, i) => ({
  file: d.file,
  bytes: 100 + i,
  sha256: String(i % 10).repeat(64),
}));

describe('datapackage.json', () => {
  it('describes every other download with its size, checksum and media type', () => {
    const pkg = DataPackage.parse(dataPackage(TEST_META, written));
    assert.deepEqual(
      pkg.resources.map((r) => [r.path, r.bytes, r.hash.slice(0, 8)]),
      written.map((w) => [w.file, w.bytes, `sha256:${w.sha256.slice(0, 1)}`]),
    );
    assert.ok(!pkg.resources.some((r) => r.path === DATAPACKAGE_FILE));
  });

  it('carries the version and build date', () => {
    const pkg = dataPackage(TEST_META, written);
    assert.deepEqual([pkg.version, pkg.created], [TEST_META.version, TEST_META.built]);
  });

  it('refuses to describe a file that was not written', () => {
    assert.throws(() => dataPackage(TEST_META, written.slice(1)), /graph\.json was not written/);
  });

  it('lists each download once', () => {
    const files = DOWNLOADS.map((d) => d.file);
    assert.equal(new Set(files).size, files.length);
  });
});
