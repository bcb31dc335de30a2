/**
 * Properties of the explorer's URL contract, over generated addresses: whatever a link
 * carries, the explorer opens a valid view and says what it ignored; every view it can
 * show survives a trip through its own address.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  DEFAULT_STATE,
  LAYOUTS,
  MAX_DEPTH,
  MAX_VALUE_LENGTH,
  NONE,
  EXPLORER_PARAMS as PARAMS,
  SHOWS,
  STANCES,
  parseExplorerQuery,
  serializeExplorerState,
  type ExplorerState,
  type ParsedState,
} from './explore-state';
import { EDGE_KINDS, LEVELS, NODE_KINDS, SECTIONS } from './schema';
import {
  PROPERTY_RUNS,
  decodedEntries,
  expectCleanPrototypes,
  hostileQuery,
  hostileText,
  isWellFormed,
} from './test-arbitraries';
import { nodeId } from './ids';

// `constructor` and `to-string` are valid kebab-case ids that are also names on every
// object's prototype: a lookup that used an object instead of a Set would find them.
const IDS = ['emergence', 'bias', 'long-tail-effect', 'constructor', 'to-string'];
const nodeIds: ReadonlySet<string> = new Set(IDS);
const parse = (q: string) => parseExplorerQuery(q, nodeIds);

const LISTS = { kinds: NODE_KINDS, levels: LEVELS, edges: EDGE_KINDS, stance: STANCES } as const;
const isParam = (k: string) => (PARAMS as readonly string[]).includes(k);
const isListParam = (k: string): k is keyof typeof LISTS => Object.hasOwn(LISTS, k);

/** Values that are sometimes right, so generated addresses mix accepted and rejected values. */
const plausible = fc.oneof(
  fc.constantFrom(
    ...IDS,
    'no-such-node',
    '0',
    '1',
    '2',
    '3',
    '4',
    ...LAYOUTS,
    ...SHOWS,
    'emergence,bias',
    'bias,no-such-node,bias',
    NONE,
    ...NODE_KINDS,
    ...LEVELS,
    ...EDGE_KINDS,
    ...STANCES,
    ...SECTIONS,
    '2.3',
    '§2.2.1',
  ),
  fc
    .array(fc.constantFrom(...NODE_KINDS, ...LEVELS, ...EDGE_KINDS, ...STANCES, 'planet', '', ' trait '), {
      minLength: 1,
      maxLength: 6,
    })
    .map((a) => a.join(',')),
);
const query = hostileQuery(PARAMS, fc.oneof(plausible, hostileText));

/** Depth is only written, and only means something, when a node is in focus. */
const validState: fc.Arbitrary<ExplorerState> = fc
  .record(
    {
      focus: fc.option(fc.constantFrom(...IDS).map(nodeId), { nil: undefined }),
      depth: fc.integer({ min: 1, max: MAX_DEPTH }),
      kinds: fc.subarray([...NODE_KINDS]),
      levels: fc.subarray([...LEVELS]),
      edges: fc.subarray([...EDGE_KINDS]),
      stance: fc.subarray([...STANCES]),
      layout: fc.constantFrom(...LAYOUTS),
      from: fc.option(fc.constantFrom(...IDS).map(nodeId), { nil: undefined }),
      to: fc.option(fc.constantFrom(...IDS).map(nodeId), { nil: undefined }),
      hubs: fc.boolean(),
      section: fc.option(fc.constantFrom(...SECTIONS), { nil: undefined }),
      show: fc.constantFrom(...SHOWS),
      open: fc.subarray(IDS).map((ids) => ids.map(nodeId)),
    },
    { noNullPrototype: true },
  )
  .map((s) => (s.focus === undefined ? { ...s, depth: DEFAULT_STATE.depth } : s));

const isSubsetWithoutRepeats = (values: readonly string[], allowed: readonly string[]) =>
  values.every((v) => allowed.includes(v)) && new Set(values).size === values.length;

/** Everything the explorer relies on when it draws a view from a parsed address. */
function assertValid({ state, ignored }: ParsedState) {
  assert.deepEqual(Object.keys(state).sort(), Object.keys(DEFAULT_STATE).sort(), 'no key is added to the state');
  assert.equal(Object.getPrototypeOf(state), Object.prototype);
  assert.ok(Number.isInteger(state.depth) && state.depth >= 1 && state.depth <= MAX_DEPTH, `depth ${state.depth}`);
  for (const key of ['kinds', 'levels', 'edges', 'stance'] as const) {
    assert.ok(isSubsetWithoutRepeats(state[key], LISTS[key]), `${key}: ${state[key].join()}`);
  }
  assert.ok(LAYOUTS.includes(state.layout));
  assert.equal(typeof state.hubs, 'boolean');
  assert.ok(SHOWS.includes(state.show));
  assert.ok(isSubsetWithoutRepeats(state.open, IDS), `open: ${state.open.join()}`);
  for (const end of [state.focus, state.from, state.to])
    assert.ok(end === undefined || nodeIds.has(end), `unknown node ${end}`);
  assert.ok(state.section === undefined || (SECTIONS as readonly string[]).includes(state.section), 'a known section');
  for (const i of ignored) {
    assert.ok(i.param.length <= 60 && i.value.length <= 60, 'a report quotes at most 60 characters');
    assert.ok(isWellFormed(i.param) && isWellFormed(i.value), `a report shows without "�": ${JSON.stringify(i)}`);
  }
}

describe('parseExplorerQuery on any address', () => {
  it('never throws, and always gives a view the explorer can draw', () => {
    fc.assert(
      fc.property(query, (q) => {
        assertValid(parse(q));
        expectCleanPrototypes();
      }),
      PROPERTY_RUNS,
    );
  });

  it('reports every unknown and every repeated parameter', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { ignored } = parse(q);
        const seen = new Set<string>();
        let unknown = 0;
        let repeated = 0;
        for (const [key] of decodedEntries(q)) {
          if (!isParam(key)) unknown += 1;
          else if (seen.has(key)) repeated += 1;
          seen.add(key);
        }
        assert.equal(ignored.filter((i) => i.reason === 'unknown-parameter').length, unknown);
        assert.equal(ignored.filter((i) => i.reason === 'repeated').length, repeated);
      }),
      PROPERTY_RUNS,
    );
  });

  it('uses each value it reads or reports it: nothing is dropped silently', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { state, ignored } = parse(q);
        const firsts = new Map<string, string>();
        for (const [key, value] of decodedEntries(q))
          if (isParam(key) && !firsts.has(key)) firsts.set(key, value.slice(0, MAX_VALUE_LENGTH));
        const reported = (param: string) => ignored.some((i) => i.param === param && i.reason !== 'repeated');
        for (const param of PARAMS) {
          const value = firsts.get(param);
          if (isListParam(param)) {
            const list: readonly string[] = state[param];
            if (value === undefined) assert.deepEqual(list, DEFAULT_STATE[param]);
            else if (value.trim() === NONE) assert.deepEqual(list, []);
            else {
              const parts = value
                .split(',')
                .map((p) => p.trim())
                .filter((p) => p !== '');
              const bad = parts.filter((p) => !(LISTS[param] as readonly string[]).includes(p));
              if (bad.length > 0 || parts.length === 0) assert.ok(reported(param), `${param}=${value} is not reported`);
              if (bad.length === parts.length)
                assert.deepEqual(list, DEFAULT_STATE[param], `${param}: nothing usable keeps the default`);
              else assert.deepEqual(new Set(list), new Set(parts.filter((p) => !bad.includes(p))));
            }
          } else if (param === 'open') {
            const parts = (value ?? '')
              .split(',')
              .map((p) => p.trim())
              .filter((p) => p !== '');
            for (const part of parts)
              assert.ok(
                state.open.some((id) => id === part) || reported(param),
                `open=${part} is neither used nor reported`,
              );
            assert.ok(
              state.open.every((id) => parts.includes(id)),
              'open holds only what the address names',
            );
          } else {
            const used = state[param];
            if (value === undefined) assert.equal(used, DEFAULT_STATE[param]);
            else if (reported(param))
              assert.equal(used, DEFAULT_STATE[param], `${param}: a rejected value leaves the default`);
            else if (param === 'depth') assert.equal(used, Number(value), `depth=${value} is used as given`);
            else if (param === 'hubs') assert.equal(used, value === '1', `hubs=${value} is used as given`);
            else assert.equal(used, value, `${param}: an accepted value is used as given`);
          }
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('rewrites any address to a stable one that reads back without reports', () => {
    fc.assert(
      fc.property(query, (q) => {
        const canonical = serializeExplorerState(parse(q).state);
        const again = parse(canonical);
        assert.deepEqual(again.ignored, []);
        assert.equal(serializeExplorerState(again.state), canonical);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('serializeExplorerState', () => {
  it('round-trips every view: parse(serialize(state)) is the state, with nothing ignored', () => {
    fc.assert(
      fc.property(validState, (state) => {
        assert.deepEqual(parse(serializeExplorerState(state)), { state, ignored: [] });
      }),
      PROPERTY_RUNS,
    );
  });

  it('writes the default view as an empty query and nothing that is not a parameter', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const q = serializeExplorerState(state);
        assert.ok(q === '' || q.startsWith('?'));
        for (const [key] of decodedEntries(q)) assert.ok(isParam(key), key);
      }),
      PROPERTY_RUNS,
    );
    assert.equal(serializeExplorerState(DEFAULT_STATE), '');
  });
});
