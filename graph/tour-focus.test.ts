/** The explorer focused on a tour's ideas: the focus that shows most of them in the least. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExplorerGraph, ExplorerNode } from './explorer-data';
import { edgeIdOf, nodeId } from './ids';
import { fit, tourFocus } from './tour-focus';

const n = (id: string): ExplorerNode => ({
  id: nodeId(id),
  kind: 'concept',
  label: { en: id, zh: id },
  summary: { en: '', zh: '' },
});
const e = (s: string, t: string) => ({
  id: edgeIdOf(`${s}-${t}`),
  source: nodeId(s),
  target: nodeId(t),
  kind: 'explains' as const,
  stance: 'stated' as const,
});
// A star a–b, a–c, a–d and a long tail d–x–y–z.
const graph: ExplorerGraph = {
  nodes: ['a', 'b', 'c', 'd', 'x', 'y', 'z'].map(n),
  edges: [e('a', 'b'), e('a', 'c'), e('a', 'd'), e('d', 'x'), e('x', 'y'), e('y', 'z')],
};

describe('tourFocus', () => {
  it('centres on the hub of the ideas at the smallest depth that holds them', () => {
    const f = tourFocus(graph, ['a', 'b', 'c', 'd']);
    assert.equal(f?.focus, 'a');
    assert.equal(f?.depth, 1);
    assert.equal(f?.covered, 4);
    assert.equal(f?.shown, 4);
    assert.equal(f?.query, '?focus=a');
  });

  it('prefers a view with little else in it', () => {
    const f = tourFocus(graph, ['x', 'y']);
    assert.equal(f?.depth, 1);
    assert.ok(f?.focus === 'x' || f?.focus === 'y');
    assert.ok(f && fit(f) >= fit({ covered: 2, total: 2, shown: 7 }));
  });

  it('finds nothing for ideas the graph does not have', () => {
    assert.equal(tourFocus(graph, ['nowhere']), undefined);
  });
});
