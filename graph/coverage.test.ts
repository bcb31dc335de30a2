/**
 * One definition of a gap: on a fixture worked out by hand, and on the real graph against
 * a query written here from the edges alone (no helper of coverage.ts), for every challenge.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  broaderChallenges,
  challengeGroups,
  gapsOf,
  isGap,
  measuresOf,
  orderedChallenges,
  reachesOf,
} from './coverage';
import { governanceFixture } from './governance-fixture';
import { nodeId } from './ids';
import { loadGraph } from './load';

const ids = (nodes: readonly { id: string }[]) => nodes.map((n) => n.id);

describe('coverage on the fixture', () => {
  const g = governanceFixture();

  it('lists the measures by family, umbrella nodes of no family left out', () => {
    assert.deepEqual(ids(measuresOf(g)), ['upstream', 'cleaning', 'tuning', 'principles']);
  });

  const cases: [string, [string, string | undefined][]][] = [
    [
      'bias',
      [
        ['cleaning', undefined],
        ['tuning', undefined],
      ],
    ],
    [
      'sample-bias',
      [
        ['cleaning', 'bias'],
        ['tuning', 'bias'],
      ],
    ],
    [
      'tiny-bias',
      [
        ['cleaning', 'bias'],
        ['tuning', 'bias'],
      ],
    ],
    ['misuse', [['tuning', undefined]]],
    ['privacy', []],
    ['leakage', []],
    ['energy', []],
  ];
  for (const [challenge, expected] of cases)
    it(`${challenge} is reached by ${expected.length === 0 ? 'nothing (a gap)' : ids(expected.map(([m]) => ({ id: m }))).join(', ')}`, () => {
      const reaches = reachesOf(g, nodeId(challenge));
      assert.deepEqual(
        reaches.map((r) => [r.measure.id, r.via?.id]),
        expected,
      );
      assert.equal(isGap(g, nodeId(challenge)), expected.length === 0);
    });

  it('a recommendation aimed at a challenge does not make it reached', () => {
    // "assessment" addresses bias, but a recommendation is the paper's proposal, not a current measure.
    assert.ok(reachesOf(g, nodeId('bias')).every((r) => r.measure.kind === 'governance'));
  });

  it('finds broader challenges nearest first', () => {
    assert.deepEqual(ids(broaderChallenges(g, nodeId('tiny-bias'))), ['sample-bias', 'bias']);
    assert.deepEqual(ids(broaderChallenges(g, nodeId('bias'))), []);
  });

  it('orders challenges by level, each followed by its parts, with no-level ones last', () => {
    assert.deepEqual(
      challengeGroups(g).map((grp) => [grp.level, grp.challenges.map((c) => `${c.node.id}:${c.depth}`)]),
      [
        ['data', ['bias:0', 'sample-bias:1', 'tiny-bias:2', 'privacy:0', 'leakage:1']],
        ['compute', ['energy:0']],
        [undefined, ['misuse:0']],
      ],
    );
  });

  it('lists every gap, at any depth', () => {
    assert.deepEqual(ids(gapsOf(g)), ['privacy', 'leakage', 'energy']);
  });
});

describe('coverage on the real graph, against the edges', () => {
  const index = loadGraph();
  const { nodes, edges } = index.graph;
  const kindOf = new Map(nodes.map((n) => [n.id, n]));
  const families = new Set(['upstream', 'downstream', 'macro', 'micro']);
  const parentsOf = (id: string): string[] =>
    edges
      .filter((e) => e.kind === 'part-of' && e.source === id && kindOf.get(e.target)?.kind === 'challenge')
      .map((e) => e.target);
  const ancestors = (id: string): string[] => parentsOf(id).flatMap((p) => [p, ...ancestors(p)]);
  const measuresAddressing = (id: string) =>
    edges
      .filter((e) => e.kind === 'addresses' && e.target === id)
      .map((e) => kindOf.get(e.source))
      .filter((n) => n?.kind === 'governance' && families.has(n.scope ?? ''))
      .map((n) => n?.id ?? '');

  const challenges = nodes.filter((n) => n.kind === 'challenge');

  it('places every challenge exactly once in reading order', () => {
    assert.deepEqual([...ids(orderedChallenges(index))].sort(), ids(challenges).sort());
  });

  for (const c of challenges)
    it(`${c.id}: the measures that reach it and whether it is a gap`, () => {
      const expected = new Set([c.id, ...ancestors(c.id)].flatMap(measuresAddressing));
      const got = reachesOf(index, c.id);
      assert.deepEqual(new Set(got.map((r) => r.measure.id)), expected);
      for (const r of got) {
        assert.equal(r.edge.kind, 'addresses');
        assert.equal(r.edge.source, r.measure.id);
        assert.equal(r.edge.target, r.via?.id ?? c.id);
      }
      assert.equal(isGap(index, c.id), expected.size === 0);
    });

  it('every governance node that addresses a challenge is a measure (no link is left out of the matrix)', () => {
    for (const e of edges.filter((x) => x.kind === 'addresses' && kindOf.get(x.source)?.kind === 'governance'))
      assert.ok(families.has(kindOf.get(e.source)?.scope ?? ''), `${e.source} has no measure family`);
  });
});
