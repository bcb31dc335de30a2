/**
 * The governance status of a challenge: on the fixture by hand, and for every challenge of
 * the real graph against queries written here over the edge list.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { governanceFixture } from './governance-fixture';
import { governanceStatus, measureLimitations } from './governance-status';
import { nodeId } from './ids';
import { loadGraph } from './load';
import type { Node } from './schema';

describe('governance status on the fixture', () => {
  const g = governanceFixture();
  const at = (id: string): Node => {
    const n = g.node.get(id);
    if (!n) throw new Error(id);
    return n;
  };

  it('a measure carries its own limitations, then those of the broader measures it belongs to', () => {
    assert.deepEqual(
      measureLimitations(g, nodeId('cleaning')).map((l) => [l.limitation.id, l.edge.stance, l.inheritedFrom?.id]),
      [
        ['crowd', 'inferred', undefined],
        ['fragmented', 'stated', 'upstream'],
      ],
    );
  });

  it('each limitation lists the recommendations that respond to it, with their stance', () => {
    const [crowd, fragmented] = measureLimitations(g, nodeId('cleaning'));
    assert.deepEqual(
      crowd?.responses.map((r) => [r.node.id, r.edge.stance]),
      [['value-embedding', 'stated']],
    );
    assert.deepEqual(
      fragmented?.responses.map((r) => [r.node.id, r.edge.stance]),
      [['value-embedding', 'inferred']],
    );
  });

  it('a sub-challenge is reached via its parent and gets the parent’s proposals', () => {
    const s = governanceStatus(g, at('sample-bias'));
    assert.equal(s.gap, false);
    assert.deepEqual(
      s.measures.map((m) => [m.measure.id, m.via?.id, m.limitations.length]),
      [
        ['cleaning', 'bias', 2],
        ['tuning', 'bias', 0],
      ],
    );
    assert.deepEqual(
      s.proposals.map((p) => [p.recommendation.id, p.via?.id]),
      [['assessment', 'bias']],
    );
  });

  it('a gap says so, and names the broader challenge that is not reached either', () => {
    const s = governanceStatus(g, at('leakage'));
    assert.equal(s.gap, true);
    assert.deepEqual(s.measures, []);
    assert.deepEqual(
      s.broader.map((b) => b.id),
      ['privacy'],
    );
  });
});

describe('governance status of every challenge of the real graph, against the edges', () => {
  const index = loadGraph();
  const { nodes, edges } = index.graph;
  const byId = new Map<string, Node>(nodes.map((n) => [n.id, n]));
  const out = (id: string, kind: string) => edges.filter((e) => e.source === id && e.kind === kind);
  const into = (id: string, kind: string) => edges.filter((e) => e.target === id && e.kind === kind);
  const ancestorsOf = (id: string, kind: string): string[] =>
    out(id, 'part-of')
      .filter((e) => byId.get(e.target)?.kind === kind)
      .flatMap((e) => [e.target, ...ancestorsOf(e.target, kind)]);
  const isMeasure = (id: string) =>
    byId.get(id)?.kind === 'governance' &&
    ['upstream', 'downstream', 'macro', 'micro'].includes(byId.get(id)?.scope ?? '');

  for (const challenge of nodes.filter((n) => n.kind === 'challenge'))
    it(`${challenge.id}`, () => {
      const status = governanceStatus(index, challenge);
      const targets = [challenge.id, ...ancestorsOf(challenge.id, 'challenge')];
      const measures = new Set(targets.flatMap((t) => into(t, 'addresses').map((e) => e.source)).filter(isMeasure));
      assert.deepEqual(new Set(status.measures.map((m) => m.measure.id)), measures, 'measures');
      assert.equal(status.gap, measures.size === 0, 'gap');

      for (const m of status.measures) {
        // A direct link wins over one through a broader challenge, and its stance is the edge's.
        const direct = into(challenge.id, 'addresses').find((e) => e.source === m.measure.id);
        if (direct) assert.equal(m.edge.id, direct.id);
        else assert.ok(m.via, `${m.measure.id} reaches ${challenge.id} only through a broader challenge`);
        const holders = [m.measure.id, ...ancestorsOf(m.measure.id, 'governance')];
        const limits = new Set(holders.flatMap((h) => out(h, 'limited-by').map((e) => e.target)));
        assert.deepEqual(new Set(m.limitations.map((l) => l.limitation.id)), limits, `limitations of ${m.measure.id}`);
        for (const l of m.limitations) {
          assert.equal(l.edge.target, l.limitation.id);
          assert.equal(l.edge.source, l.inheritedFrom?.id ?? m.measure.id);
          const responders = new Set(into(l.limitation.id, 'responds-to').map((e) => e.source));
          assert.deepEqual(new Set(l.responses.map((r) => r.node.id)), responders, `responses to ${l.limitation.id}`);
        }
      }

      const proposals = new Set(
        targets
          .flatMap((t) => into(t, 'addresses').map((e) => e.source))
          .filter((s) => byId.get(s)?.kind === 'recommendation'),
      );
      assert.deepEqual(new Set(status.proposals.map((p) => p.recommendation.id)), proposals, 'proposals');
    });
});
