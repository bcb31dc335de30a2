/**
 * Script extraction from exported HTML and chunk text: what counts as first-load, what is
 * left out, and the lazy-chunk references Turbopack writes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstLoadScripts, lazyChunkRefs, scriptTags } from './html-scripts';

describe('firstLoadScripts', () => {
  const cases: { name: string; html: string; expected: string[] }[] = [
    {
      name: 'async module chunks, in document order',
      html: '<script src="/_next/static/chunks/a.js" async=""></script><script src="/_next/static/chunks/b.js" async=""></script>',
      expected: ['/_next/static/chunks/a.js', '/_next/static/chunks/b.js'],
    },
    {
      name: 'skips noModule polyfills (React spells it noModule)',
      html: '<script src="/p.js" noModule=""></script><script src="/a.js"></script>',
      expected: ['/a.js'],
    },
    {
      name: 'skips nomodule in any case, with no value',
      html: '<script nomodule src="/p.js"></script><script src="/a.js"></script>',
      expected: ['/a.js'],
    },
    {
      name: 'counts a chunk named twice once',
      html: '<script src="/a.js"></script><script src="/a.js" async></script>',
      expected: ['/a.js'],
    },
    {
      name: 'drops query strings and fragments',
      html: "<script src='/a.js?v=1'></script><script src=/b.js#x></script>",
      expected: ['/a.js', '/b.js'],
    },
    {
      name: 'ignores inline scripts, even with script-like text',
      html: '<script>self.__next_f.push([1,"<script src=\\"/fake.js\\">"])</script><script src="/a.js"></script>',
      expected: ['/a.js'],
    },
    {
      name: 'ignores preload links and empty src',
      html: '<link rel="preload" as="script" href="/c.js"/><script src=""></script>',
      expected: [],
    },
    {
      name: 'attribute order and ">" inside values',
      html: '<script data-x="a>b" async src="/a.js"></script>',
      expected: ['/a.js'],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(firstLoadScripts(c.html), c.expected));

  it('reports noModule on the tag', () => {
    assert.deepEqual(scriptTags('<script src="/p.js" noModule=""></script>'), [{ src: '/p.js', noModule: true }]);
  });
});

describe('lazyChunkRefs', () => {
  const cases: { name: string; text: string; expected: string[] }[] = [
    {
      name: "Turbopack's loader for next/dynamic",
      text: 'e.v(t=>Promise.all(["static/chunks/3-agohj8qmsez.js","static/chunks/1exq9kqkhxe1k.js"].map(t=>e.l(t))).then(()=>t(98043)))',
      expected: ['_next/static/chunks/3-agohj8qmsez.js', '_next/static/chunks/1exq9kqkhxe1k.js'],
    },
    {
      name: 'each chunk once',
      text: '"static/chunks/a.js","static/chunks/a.js"',
      expected: ['_next/static/chunks/a.js'],
    },
    {
      name: 'not CSS, not other paths',
      text: '"static/chunks/a.css","static/media/x.js","/search/core.json"',
      expected: [],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(lazyChunkRefs(c.text), c.expected));
});
