/**
 * A Frictionless Data Package descriptor (https://specs.frictionlessdata.io/data-package/)
 * for the files under /data/: what each is, its size and checksum, and the version and
 * build date they share. The data page reads it back, so the sizes and date it shows are
 * those of the files actually published.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DATAPACKAGE_FILE, DOWNLOADS } from './downloads';
import type { ExportMeta } from './meta';

export const DataResource = z.object({
  name: z.string(),
  path: z.string(),
  format: z.string(),
  mediatype: z.string(),
  encoding: z.literal('utf-8'),
  bytes: z.number().int().nonnegative(),
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
});
export type DataResource = z.infer<typeof DataResource>;

export const DataPackage = z.object({
  profile: z.literal('data-package'),
  name: z.string(),
  title: z.string(),
  version: z.string(),
  created: z.iso.datetime(),
  homepage: z.string(),
  resources: z.array(DataResource),
});
export type DataPackage = z.infer<typeof DataPackage>;

export interface WrittenFile {
  file: string;
  bytes: number;
  sha256: string;
}

/** Resource names are lower-case with "-", "_" and "." only (the spec's rule). */
const resourceName = (file: string) => file.toLowerCase().replace(/[^a-z0-9._-]/g, '-');

export function dataPackage(meta: ExportMeta, written: readonly WrittenFile[]): DataPackage {
  const byFile = new Map(written.map((w) => [w.file, w]));
  return {
    profile: 'data-package',
    name: 'framework-explorer-graph',
    title: meta.title.en,
    version: meta.version,
    created: meta.built,
    homepage: `${meta.site}/`,
    resources: DOWNLOADS.filter((d) => d.file !== DATAPACKAGE_FILE).map((d) => {
      const w = byFile.get(d.file);
      if (!w) throw new Error(`data package: ${d.file} was not written (expected in public/data/)`);
      return {
        name: resourceName(d.file),
        path: d.file,
        format: d.format,
        mediatype: d.mediatype,
        encoding: 'utf-8',
        bytes: w.bytes,
        hash: `sha256:${w.sha256}`,
      };
    }),
  };
}

/**
 * The descriptor as published in public/data/, for the data page: the sizes and the build
 * date it shows are those of the files actually there. Fails with the fix if the data step
 * has not run.
 */
export function readPublishedPackage(dir = path.join(process.cwd(), 'public', 'data')): {
  pkg: DataPackage;
  ownBytes: number;
} {
  const file = path.join(dir, DATAPACKAGE_FILE);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${path.relative(process.cwd(), file)} is missing: run "npm run data" (scripts/build-exports.ts) before building the site`,
    );
  }
  const text = fs.readFileSync(file, 'utf8');
  return { pkg: DataPackage.parse(JSON.parse(text)), ownBytes: Buffer.byteLength(text) };
}
