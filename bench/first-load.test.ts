/**
 * First-load measurement over a tiny export written to a temporary directory: which chunks
 * count, their summed weight, where cytoscape comes from, and the largest page of a kind.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ChunkStore, CYTOSCAPE_SIGNATURE, measurePage, measureSite, summariseKinds, weigh } from './first-load';

const chunk = (name: string) => `_next/static/chunks/${name}.js`;
const script = (name: string, attrs = 'async=""') => `<script src="/${chunk(name)}" ${attrs}></script>`;
const page = (...scripts: string[]) =>
  `<!doctype html><html><head>${scripts.join('')}</head><body><h1>x</h1></body></html>`;

function writeSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-first-load-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const site = writeSite({
  'index.html': page(script('shared')),
  'en/index.html': page(script('shared'), script('shared'), script('home'), script('polyfill', 'noModule=""')),
  'en/explore/index.html': page(script('shared'), script('cy')),
  'en/nodes/a/index.html': page(script('shared'), script('local-graph')),
  'en/nodes/b/index.html': page(script('shared'), script('local-graph'), script('big')),
  [chunk('shared')]: 'shared();'.repeat(100),
  [chunk('home')]: 'home();',
  [chunk('polyfill')]: 'polyfill();'.repeat(1000),
  [chunk('cy')]: `var id="${CYTOSCAPE_SIGNATURE}";`,
  // A next/dynamic loader, as Turbopack writes it, pointing at a chunk that loads cytoscape.
  [chunk('local-graph')]: 'e.v(t=>Promise.all(["static/chunks/canvas.js"].map(t=>e.l(t))))',
  [chunk('canvas')]: 'e.v(t=>Promise.all(["static/chunks/cy.js"].map(t=>e.l(t))))',
  [chunk('big')]: 'big();'.repeat(500),
});
after(() => fs.rmSync(site, { recursive: true, force: true }));
const sizeOf = (name: string) => weigh(fs.readFileSync(path.join(site, chunk(name))));

describe('measurePage', () => {
  const store = new ChunkStore(site, '');
  it('sums each first-load chunk once, without noModule ones', () => {
    const home = measurePage(store, 'en/index.html');
    assert.deepEqual(home.chunks, [chunk('shared'), chunk('home')]);
    assert.equal(home.js.raw, sizeOf('shared').raw + sizeOf('home').raw);
    assert.equal(home.js.gzip, sizeOf('shared').gzip + sizeOf('home').gzip);
    assert.equal(home.cytoscape, 'none');
    assert.equal(home.kind, 'home');
  });
  it('finds cytoscape in first-load chunks', () =>
    assert.equal(measurePage(store, 'en/explore/index.html').cytoscape, 'first-load'));
  it('follows lazy loaders, transitively, to cytoscape', () =>
    assert.equal(measurePage(store, 'en/nodes/a/index.html').cytoscape, 'lazy'));
  it('names a missing chunk', () => {
    const broken = writeSite({ 'en/index.html': page(script('gone')) });
    assert.throws(() => measurePage(new ChunkStore(broken, ''), 'en/index.html'), /gone\.js is missing/);
    fs.rmSync(broken, { recursive: true, force: true });
  });
  it('resolves scripts under a base path', () => {
    const s = new ChunkStore(site, '/framework');
    assert.equal(s.sitePath('/framework/_next/static/chunks/a.js', '/en/'), '_next/static/chunks/a.js');
    assert.throws(() => s.sitePath('https://cdn.example/a.js', '/en/'), /another site/);
  });
});

describe('summariseKinds', () => {
  const kinds = summariseKinds(measureSite(site, ''));
  const node = kinds.find((k) => k.kind.id === 'node');
  it('reports a many-page kind by its largest page', () => {
    assert.equal(node?.pages, 2);
    assert.equal(node?.js?.url, '/en/nodes/b/');
    assert.deepEqual(node?.cytoscape, { firstLoad: 0, lazy: 2 });
  });
  it('leaves out pages of no kind, and keeps kinds with none', () => {
    assert.equal(kinds.find((k) => k.kind.id === 'glossary')?.pages, 0);
    assert.equal(
      kinds.reduce((n, k) => n + k.pages, 0),
      4,
    );
  });
});
