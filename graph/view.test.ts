/** Filters, focus and paths on a small graph whose answers can be worked out by hand. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_STATE, type ExplorerState } from './explore-state';
import type { ExplorerGraph, ExplorerNode } from './explorer-data';
import { computeView } from './view';
import { edgeIdOf, nodeId } from './ids';

const n = (id: string, kind: ExplorerNode['kind'], level?: ExplorerNode['level']): ExplorerNode => ({
  id: nodeId(id),
  kind,
  label: { en: id, zh: id },
  summary: { en: '', zh: '' },
  ...(level ? { level } : {}),
});
// emergence → uncertainty ← fine-tuning → fragmented ← responds-to — value-embedding; bias at the data level.
const graph: ExplorerGraph = {
  nodes: [
    n('emergence', 'trait'),
    n('uncertainty', 'challenge', 'algorithm'),
    n('bias', 'challenge', 'data'),
    n('data', 'level'),
    n('fine-tuning', 'governance'),
    n('fragmented', 'limitation'),
    n('value-embedding', 'recommendation'),
    n('ref-2', 'source'),
  ],
  edges: [
    {
      id: edgeIdOf('e1'),
      source: nodeId('emergence'),
      target: nodeId('uncertainty'),
      kind: 'gives-rise-to',
      stance: 'stated',
    },
    {
      id: edgeIdOf('e2'),
      source: nodeId('fine-tuning'),
      target: nodeId('uncertainty'),
      kind: 'addresses',
      stance: 'inferred',
    },
    {
      id: edgeIdOf('e3'),
      source: nodeId('fine-tuning'),
      target: nodeId('fragmented'),
      kind: 'limited-by',
      stance: 'stated',
    },
    {
      id: edgeIdOf('e4'),
      source: nodeId('value-embedding'),
      target: nodeId('fragmented'),
      kind: 'responds-to',
      stance: 'stated',
    },
    {
      id: edgeIdOf('e5'),
      source: nodeId('emergence'),
      target: nodeId('bias'),
      kind: 'gives-rise-to',
      stance: 'stated',
    },
    { id: edgeIdOf('e6'), source: nodeId('bias'), target: nodeId('data'), kind: 'arises-at', stance: 'stated' },
    { id: edgeIdOf('e7'), source: nodeId('ref-2'), target: nodeId('emergence'), kind: 'cited-for', stance: 'stated' },
  ],
};
/** Everything the filters allow (the folded opening view has tests of its own, below). */
const view = (s: Partial<ExplorerState>) => computeView(graph, { ...DEFAULT_STATE, show: 'all', ...s });
const sorted = (s: Set<string>) => [...s].sort();

describe('computeView', () => {
  it('shows every idea and link, cited works included, when everything is shown', () => {
    const v = view({});
    assert.ok(v.nodeIds.has('ref-2'));
    assert.ok(v.edgeIds.has('e7'));
    assert.equal(v.nodeIds.size, 8);
    assert.equal(v.badges.size, 0, 'nothing is folded');
  });
  it('filters by kind, level, edge kind and stance', () => {
    assert.deepEqual(sorted(view({ kinds: ['trait', 'challenge'] }).nodeIds), ['bias', 'emergence', 'uncertainty']);
    assert.ok(!view({ levels: ['algorithm'] }).nodeIds.has('bias'));
    assert.ok(!view({ levels: ['algorithm'] }).nodeIds.has('data'));
    assert.deepEqual(sorted(view({ edges: ['limited-by'] }).edgeIds), ['e3']);
    assert.ok(!view({ stance: ['stated'] }).edgeIds.has('e2'));
  });
  it('shows the neighbourhood of a focused node to the chosen depth, both directions', () => {
    assert.deepEqual(sorted(view({ focus: nodeId('uncertainty'), depth: 1 }).nodeIds), [
      'emergence',
      'fine-tuning',
      'uncertainty',
    ]);
    // Two steps away: emergence's other challenge, fine-tuning's limitation and the work cited for emergence.
    assert.deepEqual(sorted(view({ focus: nodeId('uncertainty'), depth: 2 }).nodeIds), [
      'bias',
      'emergence',
      'fine-tuning',
      'fragmented',
      'ref-2',
      'uncertainty',
    ]);
  });
  it('ignores a focus that the filters hide', () =>
    assert.equal(view({ focus: nodeId('ref-2'), kinds: ['trait', 'challenge'] }).focus, undefined));
  it('finds the argument chain and says which way each link was walked', () => {
    const paths = view({ from: nodeId('emergence'), to: nodeId('value-embedding') }).paths;
    assert.equal(paths?.kind, 'chains');
    assert.deepEqual(
      paths?.kind === 'chains'
        ? paths.chains.map((c) => c.map((s) => `${s.from.id} ${s.forward ? '→' : '←'} ${s.to.id}`))
        : [],
      [
        [
          'emergence → uncertainty',
          'uncertainty ← fine-tuning',
          'fine-tuning → fragmented',
          'fragmented ← value-embedding',
        ],
      ],
    );
  });
  it('finds a chain beyond the focused neighbourhood, shows it and marks it for highlighting', () => {
    const v = view({ focus: nodeId('bias'), depth: 1, from: nodeId('emergence'), to: nodeId('value-embedding') });
    assert.equal(v.paths?.kind === 'chains' ? v.paths.chains[0]?.length : 0, 4);
    assert.ok(v.nodeIds.has('value-embedding'));
    assert.deepEqual(sorted(v.pathNodeIds), [
      'emergence',
      'fine-tuning',
      'fragmented',
      'uncertainty',
      'value-embedding',
    ]);
    assert.deepEqual(sorted(v.pathEdgeIds), ['e1', 'e2', 'e3', 'e4']);
  });
  it('carries the connection when the paper draws no chain, and marks it for highlighting', () => {
    const v = view({ from: nodeId('uncertainty'), to: nodeId('bias') });
    assert.equal(v.paths?.kind, 'connection');
    assert.deepEqual(sorted(v.pathEdgeIds), ['e1', 'e5']);
  });
  it('passes through a level only with the hubs switch', () => {
    const off = view({ from: nodeId('bias'), to: nodeId('data') }).paths;
    assert.equal(off?.kind === 'connection' && off.throughHubs, true);
    assert.equal(view({ from: nodeId('bias'), to: nodeId('data'), hubs: true }).paths?.kind, 'chains');
  });
  it('asks for no path without both ends, and reports none when the filters cut it', () => {
    const v = view({ from: nodeId('emergence') });
    assert.equal(v.paths, undefined);
    assert.equal(v.pathNodeIds.size, 0);
    assert.deepEqual(
      view({ from: nodeId('emergence'), to: nodeId('value-embedding'), edges: ['gives-rise-to'] }).paths,
      {
        kind: 'none',
        reason: 'unconnected',
      },
    );
  });
});

describe('computeView, the opening view', () => {
  // Of the fixture, emergence, uncertainty, bias, data, fine-tuning and value-embedding
  // are among the opening's main ideas (graph/stages.ts); fragmented and ref-2 are not.
  const opening = (s: Partial<ExplorerState>) => computeView(graph, { ...DEFAULT_STATE, ...s });
  it('draws the main ideas and the links among them, with the detail folded behind a badge', () => {
    const v = opening({});
    assert.deepEqual(sorted(v.nodeIds), ['bias', 'data', 'emergence', 'fine-tuning', 'uncertainty', 'value-embedding']);
    assert.deepEqual(sorted(v.edgeIds), ['e1', 'e2', 'e5', 'e6']);
    assert.deepEqual([...v.badges], [['emergence', 1]], 'the work cited for emergence is folded');
  });
  it('opens the detail of an idea, and its links with it', () => {
    const v = opening({ open: [nodeId('emergence')] });
    assert.ok(v.nodeIds.has('ref-2'));
    assert.ok(v.edgeIds.has('e7'));
    assert.equal(v.badges.size, 0);
  });
  it('folds nothing away from a focused neighbourhood', () => {
    const v = opening({ focus: nodeId('fine-tuning') });
    assert.ok(v.nodeIds.has('fragmented'), 'a limitation outside the opening view is in the neighbourhood');
    assert.equal(v.badges.size, 0);
  });
  it('keeps the filters: a hidden kind is neither drawn nor counted', () => {
    const v = opening({ kinds: ['trait', 'challenge', 'level'] });
    assert.deepEqual(sorted(v.nodeIds), ['bias', 'data', 'emergence', 'uncertainty']);
    assert.equal(v.badges.size, 0, 'cited works are filtered out, so nothing hangs from emergence');
  });
});
