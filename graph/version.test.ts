/** The data version and its history agree: the newest CHANGELOG entry is the current version. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DATA_VERSION } from './version';

describe('data version', () => {
  it('is the newest entry of graph/CHANGELOG.md', () => {
    const changelog = fs.readFileSync(path.join(process.cwd(), 'graph', 'CHANGELOG.md'), 'utf8');
    const newest = /^## (\d+\.\d+\.\d+)/m.exec(changelog)?.[1];
    assert.equal(newest, DATA_VERSION, 'bump graph/version.ts and add its entry to graph/CHANGELOG.md together');
  });
});
