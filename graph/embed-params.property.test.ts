/**
 * Properties of the embed parser under random and hostile input: it never throws, always
 * yields parameters that describe a view the frame can draw, reports (rather than keeps)
 * what it could not use, and reads back every address it writes.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LAYOUTS, MAX_DEPTH, SHOWS, STANCES } from './explore-state';
import {
  EMBED_THEMES,
  EMBED_VIEWS,
  embedParamsFor,
  parseEmbedQuery,
  serializeEmbedParams,
  type EmbedParams,
} from './embed-params';
import { EDGE_KINDS, LANGS, LEVELS, NODE_KINDS } from './schema';
import { nodeId } from './ids';

const nodeIds = ['emergence', 'uncertainty', 'bias', 'long-tail-effect'];
const tours = [
  { id: 'first-tour', steps: 3 },
  { id: 'second-tour', steps: 12 },
];
const ctx = { nodeIds: new Set(nodeIds), tours };

const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  'toString',
  '%',
  '%E0%A4%A',
  '\u0000',
  '‮',
  ' ',
  '',
  'none',
  '1e3',
  '-1',
  '0x2',
);
const value = fc.oneof(
  hostile,
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ minLength: 1000, maxLength: 4000 }),
  fc.constantFrom(...nodeIds, ...EMBED_VIEWS, 'first-tour', '2'),
);
const key = fc.oneof(
  fc.constantFrom(
    'view',
    'lang',
    'focus',
    'depth',
    'from',
    'to',
    'tour',
    'step',
    'kinds',
    'levels',
    'edges',
    'stance',
    'layout',
    'theme',
    'controls',
    'list',
    'scroll',
  ),
  hostile,
  fc.string(),
);
const query = fc.oneof(
  fc.array(fc.tuple(key, value), { maxLength: 8 }).map((pairs) => new URLSearchParams(pairs).toString()),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

/** The invariants a frame relies on to draw something. */
function assertDrawable(p: EmbedParams) {
  assert.ok(EMBED_VIEWS.includes(p.view));
  assert.ok(LANGS.includes(p.lang));
  assert.ok(EMBED_THEMES.includes(p.theme));
  assert.ok(tours.some((t) => t.id === p.tour));
  const total = tours.find((t) => t.id === p.tour)?.steps ?? 0;
  assert.ok(Number.isInteger(p.step) && p.step >= 1 && p.step <= total);
  const s = p.explorer;
  assert.ok(Number.isInteger(s.depth) && s.depth >= 1 && s.depth <= MAX_DEPTH);
  assert.ok(LAYOUTS.includes(s.layout));
  assert.ok(s.kinds.every((k) => NODE_KINDS.includes(k)));
  assert.ok(s.levels.every((l) => LEVELS.includes(l)));
  assert.ok(s.edges.every((e) => EDGE_KINDS.includes(e)));
  assert.ok(s.stance.every((x) => STANCES.includes(x)));
  for (const id of [s.focus, s.from, s.to]) assert.ok(id === undefined || ctx.nodeIds.has(id));
  if (p.view === 'local') assert.ok(s.focus);
  if (p.view === 'path') assert.ok(s.from && s.to);
  assert.equal(typeof p.controls, 'boolean');
}

describe('parseEmbedQuery, property-based', () => {
  it('never throws and always yields a view the frame can draw', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { params, problems } = parseEmbedQuery(q, ctx);
        assertDrawable(params);
        for (const p of problems) assert.ok(p.param.length <= 61 && p.value.length <= 61);
      }),
      { numRuns: 2000 },
    );
  });

  it('reports every parameter it does not know', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 1, maxLength: 20 })
          .filter(
            (k) =>
              ![
                'view',
                'lang',
                'focus',
                'depth',
                'from',
                'to',
                'tour',
                'step',
                'kinds',
                'levels',
                'edges',
                'stance',
                'layout',
                'theme',
                'controls',
                'list',
                'scroll',
              ].includes(k),
          ),
        value,
        (k, v) => {
          const { problems } = parseEmbedQuery(new URLSearchParams([[k, v]]).toString(), ctx);
          assert.ok(problems.some((p) => p.expected.type === 'parameter'));
        },
      ),
    );
  });

  const validParams: fc.Arbitrary<EmbedParams> = fc
    .record({
      view: fc.constantFrom(...EMBED_VIEWS),
      lang: fc.constantFrom(...LANGS),
      theme: fc.constantFrom(...EMBED_THEMES),
      controls: fc.boolean(),
      list: fc.boolean(),
      scroll: fc.boolean(),
      tour: fc.constantFrom(...tours),
      stepSeed: fc.nat(),
      focus: fc.constantFrom(...nodeIds).map(nodeId),
      from: fc.constantFrom(...nodeIds).map(nodeId),
      to: fc.constantFrom(...nodeIds).map(nodeId),
      depth: fc.integer({ min: 1, max: MAX_DEPTH }),
      kinds: fc.subarray([...NODE_KINDS], { minLength: 0 }),
      levels: fc.subarray([...LEVELS]),
      edges: fc.subarray([...EDGE_KINDS]),
      stance: fc.subarray([...STANCES]),
      layout: fc.constantFrom(...LAYOUTS),
      show: fc.constantFrom(...SHOWS),
      open: fc.subarray([...nodeIds].slice(0, 6)).map((ids) => ids.map(nodeId)),
    })
    .map((r) =>
      embedParamsFor(r.view, r.lang, tours[0]?.id ?? '', {
        theme: r.theme,
        controls: r.controls,
        list: r.list,
        scroll: r.scroll,
        tour: r.tour.id,
        step: 1 + (r.stepSeed % r.tour.steps),
        explorer: {
          focus: r.view === 'local' ? r.focus : undefined,
          depth: r.view === 'local' ? r.depth : 1,
          kinds: r.kinds,
          levels: r.levels,
          edges: r.edges,
          stance: r.stance,
          layout: r.layout,
          from: r.view === 'path' ? r.from : undefined,
          to: r.view === 'path' ? r.to : undefined,
          show: r.show,
          open: r.open,
        },
      }),
    );

  it('reads back every address it writes', () => {
    fc.assert(
      fc.property(validParams, (p) => {
        const back = parseEmbedQuery(serializeEmbedParams(p, tours[0]?.id ?? ''), ctx);
        assert.deepEqual(back.problems, []);
        // Lists are compared as sets: the address writes them in a fixed order.
        const norm = (x: EmbedParams) => ({
          ...x,
          explorer: {
            ...x.explorer,
            kinds: [...x.explorer.kinds].sort(),
            levels: [...x.explorer.levels].sort(),
            edges: [...x.explorer.edges].sort(),
            stance: [...x.explorer.stance].sort(),
          },
        });
        assert.deepEqual(norm(back.params), norm(p));
      }),
      { numRuns: 1000 },
    );
  });
});
