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
import { EDGE_KINDS, LANGS, LEVELS, NODE_KINDS, SECTIONS } from './schema';
import { decodeLesson, encodeLesson } from './lesson-codec';
import { nodeId } from './ids';

const nodeIds = ['emergence', 'uncertainty', 'bias', 'long-tail-effect'];
const tours = [
  { id: 'first-tour', steps: 3 },
  { id: 'second-tour', steps: 12 },
];
const ctx = { nodeIds: new Set(nodeIds), tours };

/** Lessons of one to five steps, as their addresses carry them. */
const lessonValue = fc
  .array(fc.record({ node: fc.constantFrom(...nodeIds, 'gone-idea'), title: fc.string(), note: fc.string() }), {
    minLength: 1,
    maxLength: 5,
  })
  .map((steps) =>
    encodeLesson({ lang: 'en', data: '0.1.0', title: 'T', note: '', steps: steps.map((x) => ({ ...x })) }),
  );
const lessonSteps = (value: string) => decodeLesson(value, { nodeIds: ctx.nodeIds, lang: 'en' }).lesson?.steps.length;

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
  lessonValue,
  lessonValue.map((v) => v.slice(0, -3)),
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
    'hubs',
    'theme',
    'controls',
    'list',
    'scroll',
    'lesson',
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
  // A lesson is kept only when it can be read; the step is one of its steps when it is shown.
  if (p.lesson !== '') assert.ok(lessonSteps(p.lesson) !== undefined);
  const total =
    p.view === 'lesson' ? Math.max(1, lessonSteps(p.lesson) ?? 0) : (tours.find((t) => t.id === p.tour)?.steps ?? 0);
  assert.ok(Number.isInteger(p.step) && p.step >= 1 && p.step <= total);
  const s = p.explorer;
  assert.ok(Number.isInteger(s.depth) && s.depth >= 1 && s.depth <= MAX_DEPTH);
  assert.ok(LAYOUTS.includes(s.layout));
  assert.ok(s.kinds.every((k) => NODE_KINDS.includes(k)));
  assert.ok(s.levels.every((l) => LEVELS.includes(l)));
  assert.ok(s.edges.every((e) => EDGE_KINDS.includes(e)));
  assert.ok(s.stance.every((x) => STANCES.includes(x)));
  for (const id of [s.focus, s.from, s.to]) assert.ok(id === undefined || ctx.nodeIds.has(id));
  assert.equal(typeof s.hubs, 'boolean');
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
                'hubs',
                'theme',
                'controls',
                'list',
                'scroll',
                'lesson',
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
      hubs: fc.boolean(),
      lesson: lessonValue,
      practiceTour: fc.boolean(),
      level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
      node: fc.option(fc.constantFrom(...nodeIds), { nil: undefined }),
      section: fc.option(fc.constantFrom(...SECTIONS), { nil: undefined }),
      show: fc.constantFrom(...SHOWS),
      open: fc.subarray([...nodeIds].slice(0, 6)).map((ids) => ids.map(nodeId)),
    })
    .map((r) =>
      embedParamsFor(r.view, r.lang, tours[0]?.id ?? '', {
        theme: r.theme,
        controls: r.controls,
        list: r.list,
        scroll: r.scroll,
        // view=practice names a tour only to narrow its questions to it.
        tour: r.view === 'practice' && !r.practiceTour ? (tours[0]?.id ?? '') : r.tour.id,
        lesson: r.view === 'lesson' ? r.lesson : '',
        step:
          r.view === 'practice' && !r.practiceTour
            ? 1
            : 1 + (r.stepSeed % (r.view === 'lesson' ? (lessonSteps(r.lesson) ?? 1) : r.tour.steps)),
        practice: {
          ...(r.view === 'practice' && r.practiceTour ? { tour: r.tour.id } : {}),
          ...(r.level ? { level: r.level } : {}),
          ...(r.node ? { node: r.node } : {}),
        },
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
          hubs: r.hubs,
          section: r.view === 'graph' ? r.section : undefined,
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
