/**
 * The data flows one way (DESIGN.md): graph → content → components → app. Nothing in
 * graph/ may import from the layers that read it, so the data pipeline and the downloads
 * can be built and tested without the site.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';

const GRAPH_DIR = path.join(process.cwd(), 'graph');
const LATER_LAYERS = /from\s+['"](?:@\/|(?:\.\.\/)+)(content|components|app)\//;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'data' ? [] : sources(p);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('layering', () => {
  it('finds the graph modules', () => {
    assert.ok(sources(GRAPH_DIR).some((f) => f.endsWith(path.join('exports', 'meta.ts'))));
  });
  for (const file of sources(GRAPH_DIR)) {
    it(`${path.relative(process.cwd(), file)} imports nothing from content/, components/ or app/`, () => {
      const hit = LATER_LAYERS.exec(fs.readFileSync(file, 'utf8'));
      assert.equal(hit, null, `imports from ${hit?.[1] ?? ''}/: pass what it needs in from the caller instead`);
    });
  }
});
