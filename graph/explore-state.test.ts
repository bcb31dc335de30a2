/** The explorer's URL contract: what each query string means, and what is ignored and reported. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_STATE, parseExplorerQuery, serializeExplorerState, type ExplorerState } from './explore-state';
import { nodeId } from './ids';

const ids = new Set(['emergence', 'uncertainty', 'bias', 'long-tail-effect']);
const parse = (q: string) => parseExplorerQuery(q, ids);

describe('parseExplorerQuery', () => {
  const rows: [string, Partial<ExplorerState>, string[]][] = [
    ['', {}, []],
    ['?focus=bias&depth=2', { focus: nodeId('bias'), depth: 2 }, []],
    ['?kinds=trait,challenge', { kinds: ['trait', 'challenge'] }, []],
    ['?kinds=none', { kinds: [] }, []],
    ['?levels=data', { levels: ['data'] }, []],
    [
      '?edges=amplifies,gives-rise-to&stance=inferred',
      { edges: ['amplifies', 'gives-rise-to'], stance: ['inferred'] },
      [],
    ],
    ['?layout=argument', { layout: 'argument' }, []],
    ['?from=emergence&to=long-tail-effect', { from: nodeId('emergence'), to: nodeId('long-tail-effect') }, []],
    ['?depth=7', {}, ['depth=7']],
    ['?depth=1.5', {}, ['depth=1.5']],
    ['?focus=no-such-node', {}, ['focus=no-such-node']],
    ['?focus=%3Cscript%3E', {}, ['focus=<script>']],
    ['?kinds=trait,planet', { kinds: ['trait'] }, ['kinds=planet']],
    ['?kinds=planet', {}, ['kinds=planet']],
    ['?layout=circle&zoom=3', {}, ['layout=circle', 'zoom=3']],
    ['?focus=bias&focus=emergence', { focus: nodeId('bias') }, ['focus=emergence']],
    ['?from=emergence&to=bias&hubs=1', { from: nodeId('emergence'), to: nodeId('bias'), hubs: true }, []],
    ['?hubs=0', { hubs: false }, []],
    ['?hubs=yes', {}, ['hubs=yes']],
    ['?hubs=true', {}, ['hubs=true']],
    ['?hubs=1&hubs=0', { hubs: true }, ['hubs=0']],
  ];
  for (const [query, expected, ignored] of rows) {
    it(`reads "${query}"`, () => {
      const r = parse(query);
      assert.deepEqual(r.state, { ...DEFAULT_STATE, ...expected });
      assert.deepEqual(
        r.ignored.map((i) => `${i.param}=${i.value}`),
        ignored,
      );
    });
  }

  it('never keeps more than a short excerpt of a hostile value', () => {
    const r = parse(`?focus=${'x'.repeat(5000)}`);
    assert.equal(r.state.focus, undefined);
    assert.ok((r.ignored[0]?.value.length ?? 0) <= 60);
  });
});

describe('serializeExplorerState', () => {
  it('writes nothing for the default view', () => assert.equal(serializeExplorerState(DEFAULT_STATE), ''));
  it('writes the hubs switch only when it is on', () => {
    assert.equal(serializeExplorerState({ ...DEFAULT_STATE, hubs: false }), '');
    assert.equal(
      serializeExplorerState({ ...DEFAULT_STATE, from: nodeId('emergence'), to: nodeId('bias'), hubs: true }),
      '?from=emergence&to=bias&hubs=1',
    );
  });
  const states: Partial<ExplorerState>[] = [
    { focus: nodeId('bias'), depth: 3 },
    { kinds: ['challenge', 'trait'], levels: ['compute'] },
    { kinds: [] },
    { edges: ['addresses'], stance: ['stated'], layout: 'argument' },
    { from: nodeId('emergence'), to: nodeId('long-tail-effect') },
    { from: nodeId('emergence'), to: nodeId('bias'), hubs: true },
    { hubs: true },
  ];
  for (const s of states) {
    it(`round-trips ${JSON.stringify(s)}`, () => {
      const state = { ...DEFAULT_STATE, ...s };
      const back = parse(serializeExplorerState(state));
      assert.deepEqual(back.ignored, []);
      assert.deepEqual(new Set(back.state.kinds), new Set(state.kinds));
      assert.deepEqual({ ...back.state, kinds: [] }, { ...state, kinds: [] });
    });
  }
});
