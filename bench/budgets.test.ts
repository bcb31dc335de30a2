/**
 * Budget checks over hand-made figures: each budget holds at its limit and breaks just
 * past it, a missing page breaks a budget that names it, and an optional page does not.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUDGETS, firstLoadChecks, htmlChecks, KB, lighthouseChecks, searchChecks } from './budgets';
import type { KindSummary, PageSize } from './first-load';
import type { LighthouseRun } from './lighthouse';
import { ROUTE_KINDS, type RouteKindId } from './route-kinds';
import type { SearchLatencyRow } from './search';

const kindOf = (id: RouteKindId) => {
  const kind = ROUTE_KINDS.find((k) => k.id === id);
  if (!kind) throw new Error(id);
  return kind;
};

const floor: PageSize = {
  url: '/',
  kind: undefined,
  html: { raw: 4000, gzip: 1600 },
  js: { raw: 450 * KB, gzip: 130 * KB },
  chunks: [],
  cytoscape: 'none',
};

const summary = (id: RouteKindId, jsGzip: number, extra: Partial<KindSummary> = {}): KindSummary => ({
  kind: kindOf(id),
  pages: 1,
  js: { url: '/en/', raw: jsGzip * 3, gzip: jsGzip },
  html: { url: '/en/', raw: 50 * KB, gzip: 10 * KB },
  cytoscape: { firstLoad: 0, lazy: 0 },
  ...extra,
});

const oks = (checks: { ok: boolean }[]) => checks.map((c) => c.ok);

describe('firstLoadChecks', () => {
  const cases: { name: string; kind: KindSummary; expected: boolean[] }[] = [
    {
      name: 'home at floor + 15 kB holds (and has no cytoscape)',
      kind: summary('home', floor.js.gzip + BUDGETS.floorMarginGzip),
      expected: [true, true],
    },
    {
      name: 'home one byte over breaks',
      kind: summary('home', floor.js.gzip + BUDGETS.floorMarginGzip + 1),
      expected: [false, true],
    },
    {
      name: 'home with cytoscape in first-load breaks',
      kind: summary('home', floor.js.gzip, { cytoscape: { firstLoad: 1, lazy: 0 } }),
      expected: [true, false],
    },
    {
      name: 'node pages may load cytoscape later',
      kind: summary('node', floor.js.gzip, { pages: 384, cytoscape: { firstLoad: 0, lazy: 384 } }),
      expected: [true],
    },
    {
      name: 'the explorer has no size budget',
      kind: summary('explorer', 10 * floor.js.gzip, { cytoscape: { firstLoad: 1, lazy: 0 } }),
      expected: [],
    },
    { name: 'sources: cytoscape only', kind: summary('sources', 10 * floor.js.gzip), expected: [true] },
    {
      name: 'a missing glossary breaks',
      kind: { kind: kindOf('glossary'), pages: 0, cytoscape: { firstLoad: 0, lazy: 0 } },
      expected: [false],
    },
    {
      name: 'a missing embed view is skipped',
      kind: { kind: kindOf('embed'), pages: 0, cytoscape: { firstLoad: 0, lazy: 0 } },
      expected: [],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(oks(firstLoadChecks(c.kind, floor)), c.expected));

  it('names the largest page of a many-page kind', () => {
    const [check] = firstLoadChecks(
      summary('node', floor.js.gzip, { pages: 3, js: { url: '/zh/nodes/bias/', raw: 1, gzip: floor.js.gzip } }),
      floor,
    );
    assert.match(check?.subject ?? '', /largest: \/zh\/nodes\/bias\//);
  });
});

describe('htmlChecks', () => {
  const node = (gzip: number) => summary('node', 0, { html: { url: '/en/nodes/x/', raw: gzip * 4, gzip } });
  it('holds just under 60 kB', () => assert.deepEqual(oks(htmlChecks(node(BUDGETS.nodeHtmlGzip - 1))), [true]));
  it('breaks at 60 kB', () => assert.deepEqual(oks(htmlChecks(node(BUDGETS.nodeHtmlGzip))), [false]));
  it('budgets node pages only', () =>
    assert.deepEqual(
      htmlChecks(summary('explorer', 0, { html: { url: '/en/explore/', raw: 1, gzip: 10 * BUDGETS.nodeHtmlGzip } })),
      [],
    ));
});

describe('lighthouseChecks', () => {
  const run = (
    formFactor: 'mobile' | 'desktop',
    performance: number | null,
    others = 1,
    error?: string,
    label = 'home',
    tbt?: number,
  ): LighthouseRun => ({
    label,
    url: 'http://127.0.0.1:4281/en/',
    formFactor,
    scores: { performance, accessibility: others, 'best-practices': others, seo: others },
    metrics: tbt === undefined ? {} : { tbt },
    failing: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
    scripts: { count: 0, transferred: 0, watched: [] },
    seconds: 1,
    ...(error === undefined ? {} : { error }),
  });
  const cases: { name: string; run: LighthouseRun; expected: boolean[] }[] = [
    { name: 'desktop performance 0.95 holds', run: run('desktop', 0.95), expected: [true, true, true, true] },
    { name: 'desktop performance 0.94 breaks', run: run('desktop', 0.94), expected: [false, true, true, true] },
    { name: 'home mobile 0.95 holds', run: run('mobile', 0.95), expected: [true, true, true, true] },
    { name: 'home mobile 0.94 breaks', run: run('mobile', 0.94), expected: [false, true, true, true] },
    {
      name: 'node mobile 0.94 breaks',
      run: run('mobile', 0.94, 1, undefined, 'node'),
      expected: [false, true, true, true],
    },
    {
      name: 'tour mobile 0.90 holds',
      run: run('mobile', 0.9, 1, undefined, 'tour'),
      expected: [true, true, true, true],
    },
    {
      name: 'matrix mobile 0.89 breaks',
      run: run('mobile', 0.89, 1, undefined, 'matrix'),
      expected: [false, true, true, true],
    },
    {
      name: 'a page without a mobile budget breaks rather than passing unchecked',
      run: run('mobile', 1, 1, undefined, 'glossary'),
      expected: [false, true, true, true],
    },
    {
      name: 'a label that is an Object method is not a budget',
      run: run('mobile', 1, 1, undefined, 'toString'),
      expected: [false, true, true, true],
    },
    {
      name: 'accessibility below 1 breaks, on mobile too',
      run: run('mobile', 1, 0.99),
      expected: [true, false, false, false],
    },
    { name: 'a run that failed breaks', run: run('desktop', null, 1, 'NO_FCP'), expected: [false] },
    {
      name: 'explorer desktop 0.97 holds',
      run: run('desktop', 0.97, 1, undefined, 'explorer'),
      expected: [true, true, true, true],
    },
    {
      name: 'explorer desktop 0.96 breaks',
      run: run('desktop', 0.96, 1, undefined, 'explorer'),
      expected: [false, true, true, true],
    },
    {
      name: 'explorer mobile 0.90 with TBT 599 ms holds',
      run: run('mobile', 0.9, 1, undefined, 'explorer', 599),
      expected: [true, true, true, true, true],
    },
    {
      name: 'explorer mobile 0.89 breaks',
      run: run('mobile', 0.89, 1, undefined, 'explorer', 100),
      expected: [false, true, true, true, true],
    },
    {
      name: 'explorer mobile TBT 600 ms breaks',
      run: run('mobile', 0.95, 1, undefined, 'explorer', 600),
      expected: [true, false, true, true, true],
    },
    {
      name: 'explorer mobile without a TBT figure breaks',
      run: run('mobile', 0.95, 1, undefined, 'explorer'),
      expected: [true, false, true, true, true],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(oks(lighthouseChecks(c.run)), c.expected));
});

describe('searchChecks', () => {
  const row = (index: string, p95: number): SearchLatencyRow => ({
    index,
    records: 1,
    'p50 ms': p95 / 2,
    'p95 ms': p95,
    'cpu p50 ms': p95 / 2,
    'cpu p95 ms': p95,
    'bare fuse p50 ms': 1,
    'bare fuse p95 ms': 1,
    'p95 ratio': p95,
  });
  const sizes = (core: number, body: number) => ({ coreRawKB: 0, coreGzipKB: core, bodyRawKB: 0, bodyGzipKB: body });
  const justUnder = (budget: number) => budget - 0.1;
  const cases: { name: string; checks: ReturnType<typeof searchChecks>; expected: boolean[] }[] = [
    {
      name: 'every figure just within its budget',
      checks: searchChecks(sizes(justUnder(BUDGETS.searchCoreGzip / KB), justUnder(BUDGETS.searchBodyGzip / KB)), [
        row('real graph', justUnder(BUDGETS.searchP95RealMs)),
        row('synthetic 10,000', justUnder(BUDGETS.searchP95SyntheticMs)),
      ]),
      expected: [true, true, true, true],
    },
    {
      name: 'every figure at its budget (budgets are strict: under)',
      checks: searchChecks(sizes(BUDGETS.searchCoreGzip / KB, BUDGETS.searchBodyGzip / KB), [
        row('real graph', BUDGETS.searchP95RealMs),
        row('synthetic 10,000', BUDGETS.searchP95SyntheticMs),
      ]),
      expected: [false, false, false, false],
    },
    {
      name: 'a latency not measured breaks its budget',
      checks: searchChecks(sizes(1, 1), [row('real graph', 0.5)]),
      expected: [true, true, true, false],
    },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(oks(c.checks), c.expected));
});
