/**
 * The views the explorer computes without cytoscape agree with computeView, on the real
 * graph, for every kind of state that needs no graph algorithm.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_STATE, SHOWS, STANCES, type ExplorerState } from './explore-state';
import { explorerGraph } from './explorer-data';
import { nodeId } from './ids';
import { loadGraph } from './load';
import { EDGE_KINDS, LEVELS, NODE_KINDS } from './schema';
import { OPENING_IDS } from './stages';
import { computeView, headless } from './view';
import { needsAlgorithms, simpleView } from './view-filters';

const graph = explorerGraph(loadGraph());
const cy = headless(graph);
const sorted = (s: Iterable<string>) => [...s].sort();
const same = (state: ExplorerState) => {
  const a = simpleView(graph, state);
  const b = computeView(graph, state, cy);
  assert.deepEqual(sorted(a.nodeIds), sorted(b.nodeIds));
  assert.deepEqual(sorted(a.edgeIds), sorted(b.edgeIds));
  assert.deepEqual([...a.badges].sort(), [...b.badges].sort());
  assert.equal(a.focus, b.focus);
};

describe('simpleView', () => {
  it('draws the opening view: the main ideas, with badges', () => {
    const v = simpleView(graph, DEFAULT_STATE);
    assert.deepEqual(sorted(v.nodeIds), sorted(OPENING_IDS));
    assert.ok((v.badges.get('bias') ?? 0) > 0, 'detail hangs from Bias');
    same(DEFAULT_STATE);
  });
  it('a focus the filters hide needs no algorithm and is ignored', () => {
    const state = { ...DEFAULT_STATE, focus: nodeId('ref-11'), kinds: NODE_KINDS.filter((k) => k !== 'source') };
    assert.equal(needsAlgorithms(graph, state), false);
    same(state);
  });
  it('a shown focus or a path needs algorithms', () => {
    assert.ok(needsAlgorithms(graph, { ...DEFAULT_STATE, focus: nodeId('bias') }));
    assert.ok(needsAlgorithms(graph, { ...DEFAULT_STATE, from: nodeId('bias'), to: nodeId('emergence') }));
    assert.ok(!needsAlgorithms(graph, { ...DEFAULT_STATE, from: nodeId('bias') }));
  });
  it('agrees with computeView for any filters, scope and opened ideas', () => {
    const ids = graph.nodes.map((n) => n.id);
    fc.assert(
      fc.property(
        fc.record({
          kinds: fc.subarray([...NODE_KINDS]),
          levels: fc.subarray([...LEVELS]),
          edges: fc.subarray([...EDGE_KINDS]),
          stance: fc.subarray([...STANCES]),
          show: fc.constantFrom(...SHOWS),
          open: fc.subarray(ids, { maxLength: 6 }),
        }),
        (patch) => same({ ...DEFAULT_STATE, ...patch }),
      ),
      { numRuns: 60 },
    );
  });
});
