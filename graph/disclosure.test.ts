/** Folding and unfolding detail on a graph small enough to check by hand. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { disclose, hangingFrom } from './disclosure';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-data';
import { edgeIdOf, nodeId } from './ids';
import type { EdgeKind, NodeKind } from './schema';

const n = (id: string, kind: NodeKind): ExplorerNode => ({
  id: nodeId(id),
  kind,
  label: { en: id, zh: id },
  summary: { en: '', zh: '' },
});
const e = (source: string, kind: EdgeKind, target: string): ExplorerEdge => ({
  id: edgeIdOf(`${source}--${kind}--${target}`),
  source: nodeId(source),
  target: nodeId(target),
  kind,
  stance: 'stated',
});
// bias ← part-of — systemic-bias ← part-of — sampling; a case illustrates bias and toxicity;
// a work is cited for bias; emergence gives rise to bias (not detail: not a hanging link).
const graph: ExplorerGraph = {
  nodes: [
    n('bias', 'challenge'),
    n('toxicity', 'challenge'),
    n('systemic-bias', 'challenge'),
    n('sampling', 'challenge'),
    n('case-a', 'case'),
    n('ref-1', 'source'),
    n('emergence', 'trait'),
  ],
  edges: [
    e('systemic-bias', 'part-of', 'bias'),
    e('sampling', 'part-of', 'systemic-bias'),
    e('case-a', 'illustrates', 'bias'),
    e('case-a', 'illustrates', 'toxicity'),
    e('ref-1', 'cited-for', 'bias'),
    e('emergence', 'gives-rise-to', 'bias'),
  ],
};
const all = () => true;
const run = (
  base: string[],
  open: string[],
  nodeOk: (x: ExplorerNode) => boolean = all,
  edgeOk: (x: ExplorerEdge) => boolean = all,
) => disclose(graph, { base, open, nodeOk, edgeOk });
const sorted = (s: Iterable<string>) => [...s].sort();

describe('hangingFrom', () => {
  it('lists parts, cases and cited works by what they hang from', () => {
    const h = hangingFrom(graph.edges);
    assert.deepEqual(sorted((h.get('bias') ?? []).map((x) => x.source)), ['case-a', 'ref-1', 'systemic-bias']);
    assert.equal(h.get('emergence'), undefined);
  });
});

describe('disclose', () => {
  const cases: {
    name: string;
    base: string[];
    open: string[];
    nodeOk?: (x: ExplorerNode) => boolean;
    edgeOk?: (x: ExplorerEdge) => boolean;
    shown: string[];
    badges: [string, number][];
  }[] = [
    {
      name: 'nothing open: the base, with a badge per folded idea (a shared case counts for both)',
      base: ['bias', 'toxicity', 'emergence'],
      open: [],
      shown: ['bias', 'emergence', 'toxicity'],
      badges: [
        ['bias', 3],
        ['toxicity', 1],
      ],
    },
    {
      name: 'opening bias shows its part, case and work; the part’s own part folds in its badge',
      base: ['bias', 'toxicity'],
      open: ['bias'],
      shown: ['bias', 'case-a', 'ref-1', 'systemic-bias', 'toxicity'],
      badges: [['systemic-bias', 1]],
    },
    {
      name: 'opening a part and its whole unfolds both levels',
      base: ['bias'],
      open: ['systemic-bias', 'bias'],
      shown: ['bias', 'case-a', 'ref-1', 'sampling', 'systemic-bias'],
      badges: [],
    },
    {
      name: 'opening an idea that is not shown does nothing',
      base: ['toxicity'],
      open: ['bias'],
      shown: ['toxicity'],
      badges: [['toxicity', 1]],
    },
    {
      name: 'a filtered-out kind is neither shown nor counted',
      base: ['bias'],
      open: ['bias'],
      nodeOk: (x) => x.kind !== 'source',
      shown: ['bias', 'case-a', 'systemic-bias'],
      badges: [['systemic-bias', 1]],
    },
    {
      name: 'detail hangs only by a link the filters let through',
      base: ['bias'],
      open: [],
      edgeOk: (x) => x.kind !== 'cited-for',
      shown: ['bias'],
      badges: [['bias', 2]],
    },
    {
      name: 'a filtered-out base idea is not shown',
      base: ['bias', 'emergence'],
      open: [],
      nodeOk: (x) => x.kind !== 'trait',
      shown: ['bias'],
      badges: [['bias', 3]],
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      const d = run(c.base, c.open, c.nodeOk, c.edgeOk);
      assert.deepEqual(sorted(d.nodeIds), c.shown);
      assert.deepEqual([...d.badges].sort(), c.badges);
    });
});
