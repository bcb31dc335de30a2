/**
 * The brief model holds exactly what the graph holds for a selection: worked by hand on the
 * fixture, and on the real graph checked against queries written here over the edge list
 * (none of the helpers the model is built from).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { briefLookup, briefModel, briefSubgraph, shownCitations, type BriefModel, type BriefSelection } from './brief';
import { governanceFixture } from './governance-fixture';
import { nodeId } from './ids';
import { loadGraph } from './load';
import { LEVELS, type Edge, type Node } from './schema';

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe('the brief on the fixture', () => {
  const g = governanceFixture();
  const model = briefModel(g, {
    challenges: [nodeId('energy'), nodeId('sample-bias'), nodeId('no-such-thing'), nodeId('cleaning')],
    measures: [nodeId('principles')],
  });

  it('keeps the chosen challenges in reading order and ignores ids that are not challenges', () => {
    assert.deepEqual(
      model.challenges.map((c) => c.challenge.id),
      ['sample-bias', 'energy'],
    );
  });

  it('places a challenge at its level, through its broader challenge when it has no arises-at edge of its own', () => {
    const [sample, energy] = model.challenges;
    assert.deepEqual([sample?.placement?.level.id, sample?.placement?.via?.id], ['data', 'bias']);
    assert.deepEqual([energy?.placement?.level.id, energy?.placement?.via], ['compute', undefined]);
  });

  it('finds the traits: directly, through a concept, or through the broader challenge', () => {
    const [sample, energy] = model.challenges;
    assert.deepEqual(
      sample?.origins.map((o) => [o.trait.id, o.edge.kind, o.via?.id]),
      [['homogenization', 'amplifies', 'bias']],
    );
    assert.deepEqual(
      energy?.origins.map((o) => [o.trait.id, o.through?.node.id, o.through?.edge.stance]),
      [['emergence', 'robustness', 'inferred']],
    );
  });

  it('lists the measures that reach the chosen challenges and the chosen measures, once each', () => {
    assert.deepEqual(
      model.measures.map((m) => [m.measure.id, m.family, m.chosen]),
      [
        ['cleaning', 'upstream', false],
        ['tuning', 'downstream', false],
        ['principles', 'macro', true],
      ],
    );
    assert.deepEqual(
      model.measures[1]?.addresses.map((a) => [a.node.id, a.edge.stance]),
      [
        ['bias', 'inferred'],
        ['misuse', 'inferred'],
      ],
    );
  });

  it('names the gaps among the chosen challenges', () => {
    assert.deepEqual(ids(model.gaps), ['energy']);
  });

  it('references the sections and the cited works its quotations carry, and nothing else', () => {
    const sections = new Set(shownCitations(model).map((c) => c.section));
    assert.deepEqual(new Set(model.references.sections), sections);
    // Only the bias node's citation carries [2], and bias itself is not in this brief.
    assert.deepEqual(model.references.works, []);
    const withBias = briefModel(g, { challenges: [nodeId('bias')], measures: [] });
    assert.deepEqual(ids(withBias.references.works), ['ref-2']);
  });
});

/** What the graph holds for a selection, from the edge list alone. */
function expected(
  nodes: readonly Node[],
  edges: readonly Edge[],
  chosen: readonly string[],
  chosenMeasures: readonly string[],
) {
  const byId = new Map<string, Node>(nodes.map((n) => [n.id, n]));
  const families = ['upstream', 'downstream', 'macro', 'micro'];
  const isMeasure = (id: string) => byId.get(id)?.kind === 'governance' && families.includes(byId.get(id)?.scope ?? '');
  const up = (id: string, kind: string): string[] =>
    edges
      .filter((e) => e.kind === 'part-of' && e.source === id && byId.get(e.target)?.kind === kind)
      .flatMap((e) => [e.target, ...up(e.target, kind)]);
  const measuresOf = (c: string) =>
    new Set(
      [c, ...up(c, 'challenge')]
        .flatMap((t) => edges.filter((e) => e.kind === 'addresses' && e.target === t).map((e) => e.source))
        .filter(isMeasure),
    );
  const limitationsOf = (m: string) =>
    new Set(
      [m, ...up(m, 'governance')].flatMap((h) =>
        edges.filter((e) => e.kind === 'limited-by' && e.source === h).map((e) => e.target),
      ),
    );
  const responsesTo = (l: string) =>
    new Set(edges.filter((e) => e.kind === 'responds-to' && e.target === l).map((e) => e.source));
  const challenges = chosen.filter((c) => byId.get(c)?.kind === 'challenge');
  const reaching = new Set(challenges.flatMap((c) => [...measuresOf(c)]));
  const measures = new Set([...reaching, ...chosenMeasures.filter(isMeasure)]);
  const limitations = new Set([...measures].flatMap((m) => [...limitationsOf(m)]));
  const recommendations = new Set([...limitations].flatMap((l) => [...responsesTo(l)]));
  return {
    challenges: new Set(challenges),
    measuresOf,
    limitationsOf,
    responsesTo,
    measures,
    limitations,
    recommendations,
    gaps: new Set(challenges.filter((c) => measuresOf(c).size === 0)),
  };
}

/** Each claim's stance is the stance of the edge it stands on (looked up by id in the edge list). */
function assertStances(model: BriefModel, edges: readonly Edge[]) {
  const stance = new Map(edges.map((e) => [e.id, e.stance]));
  const claims: Edge[] = [
    ...model.challenges.flatMap((c) => [
      ...c.status.measures.map((m) => m.edge),
      ...c.origins.map((o) => o.edge),
      ...(c.placement ? [c.placement.edge] : []),
    ]),
    ...model.measures.flatMap((m) => [
      ...m.addresses.map((a) => a.edge),
      ...m.limitations.flatMap((l) => [l.edge, ...l.responses.map((r) => r.edge)]),
    ]),
  ];
  assert.ok(claims.length > 0);
  for (const e of claims) assert.equal(e.stance, stance.get(e.id), e.id);
}

describe('the brief on the real graph, against the edges', () => {
  const index = loadGraph();
  const { nodes, edges } = index.graph;
  const challengeIds = nodes.filter((n) => n.kind === 'challenge').map((n) => n.id);
  const selections: [string, BriefSelection][] = [
    ['every challenge', { challenges: challengeIds, measures: [] }],
    ...LEVELS.map((level): [string, BriefSelection] => [
      `the ${level} level`,
      { challenges: nodes.filter((n) => n.kind === 'challenge' && n.level === level).map((n) => n.id), measures: [] },
    ]),
    [
      'privacy, bias and one sub-challenge of each, with a macro measure',
      {
        challenges: ['privacy-and-security', 'data-leakage', 'bias', 'systemic-bias'].map(nodeId),
        measures: [nodeId('ethical-principles')],
      },
    ],
    ['only measures', { challenges: [], measures: nodes.filter((n) => n.kind === 'governance').map((n) => n.id) }],
  ];

  for (const [name, selection] of selections)
    describe(name, () => {
      const model = briefModel(index, selection);
      const want = expected(nodes, edges, selection.challenges, selection.measures);

      it('has exactly the chosen challenges and the gaps among them', () => {
        assert.deepEqual(new Set(model.challenges.map((c) => c.challenge.id)), want.challenges);
        assert.deepEqual(new Set(ids(model.gaps)), want.gaps);
        for (const c of model.challenges) assert.equal(c.status.gap, want.gaps.has(c.challenge.id));
      });

      it('has exactly the measures that reach them, and the chosen ones', () => {
        assert.deepEqual(new Set(model.measures.map((m) => m.measure.id)), want.measures);
        for (const c of model.challenges)
          assert.deepEqual(new Set(c.status.measures.map((m) => m.measure.id)), want.measuresOf(c.challenge.id));
      });

      it('has exactly their limitations and the recommendations that answer them', () => {
        for (const m of model.measures) {
          assert.deepEqual(new Set(m.limitations.map((l) => l.limitation.id)), want.limitationsOf(m.measure.id));
          for (const l of m.limitations)
            assert.deepEqual(new Set(l.responses.map((r) => r.node.id)), want.responsesTo(l.limitation.id));
        }
        assert.deepEqual(
          new Set(model.measures.flatMap((m) => m.limitations.map((l) => l.limitation.id))),
          want.limitations,
        );
        assert.deepEqual(
          new Set(model.measures.flatMap((m) => m.limitations.flatMap((l) => l.responses.map((r) => r.node.id)))),
          want.recommendations,
        );
      });

      it('gives every claim the stance of its edge', () => {
        if (model.challenges.length + model.measures.length > 0) assertStances(model, edges);
      });

      it('lists a cited work exactly when a quotation in the brief carries its marker', () => {
        const markers = new Set(shownCitations(model).flatMap((c) => c.refs ?? []));
        const works = nodes.filter((n) => n.kind === 'source' && markers.has(n.reference?.marker ?? ''));
        assert.deepEqual(new Set(ids(model.references.works)), new Set(ids(works)));
      });

      it('is the same when composed from the subgraph a browser page carries', () => {
        const sub = briefLookup(briefSubgraph(index));
        const strip = (m: BriefModel) => JSON.stringify(m, (k, v: unknown) => (k === 'aliases' ? undefined : v));
        assert.equal(strip(briefModel(sub, selection)), strip(model));
      });
    });
});
