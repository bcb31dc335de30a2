/** Which exported HTML file is which kind of page, and the address it is served at. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageUrl, routeKindOf } from './route-kinds';

describe('routeKindOf', () => {
  const cases: [file: string, kind: string | undefined][] = [
    ['en/index.html', 'home'],
    ['zh/index.html', undefined],
    ['en/nodes/emergence/index.html', 'node'],
    ['zh/nodes/emergence/index.html', 'node'],
    ['en/explore/index.html', 'explorer'],
    ['en/tours/index.html', undefined],
    ['en/tours/traits-to-risks/index.html', 'tour'],
    ['zh/tours/traits-to-risks/index.html', 'tour'],
    ['en/matrix/index.html', 'matrix'],
    ['en/glossary/index.html', 'glossary'],
    ['embed/index.html', 'embed'],
    ['en/teach/index.html', 'teach'],
    ['index.html', undefined],
    ['404.html', undefined],
    ['en/nodes/a/b/index.html', undefined],
  ];
  for (const [file, kind] of cases) it(`${file} → ${kind ?? 'none'}`, () => assert.equal(routeKindOf(file)?.id, kind));
});

describe('pageUrl', () => {
  const cases: [string, string][] = [
    ['index.html', '/'],
    ['en/index.html', '/en/'],
    ['en/nodes/bias/index.html', '/en/nodes/bias/'],
    ['404.html', '/404.html'],
  ];
  for (const [file, url] of cases) it(`${file} → ${url}`, () => assert.equal(pageUrl(file), url));
});
