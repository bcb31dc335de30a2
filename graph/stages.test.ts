/** The stages of the argument and the opening view's main ideas, checked against the real graph. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explorerGraph } from './explorer-data';
import { loadGraph } from './load';
import { OPENING, OPENING_IDS, STAGES, stagesOf, type Stage } from './stages';

const graph = explorerGraph(loadGraph());
const byId = new Map<string, (typeof graph.nodes)[number]>(graph.nodes.map((n) => [n.id, n]));
const stage = stagesOf(graph.nodes, graph.edges);

describe('OPENING', () => {
  it('names only ideas that exist, each once', () => {
    for (const id of OPENING_IDS) assert.ok(byId.has(id), `${id} is not in the graph`);
    assert.equal(OPENING_IDS.size, STAGES.flatMap((s) => OPENING[s]).length);
  });
  it('puts every main idea in the stage its kind belongs to', () => {
    for (const s of STAGES) for (const id of OPENING[s]) assert.equal(stage.get(id), s, `${id}`);
  });
  it('draws few enough ideas to label each one (at most 40), and some in every stage', () => {
    assert.ok(OPENING_IDS.size <= 40, `${OPENING_IDS.size}`);
    for (const s of STAGES) assert.ok(OPENING[s].length > 0, s);
  });
  it('lists each level before its challenges', () => {
    const challenges = OPENING.challenges.map((id) => byId.get(id));
    let level: string | undefined;
    for (const n of challenges) {
      if (n?.kind === 'level') level = n.id;
      else assert.equal(n?.level, level, `${n?.id} is listed under ${level}`);
    }
  });
  it('draws the argument’s links between the stages with the main ideas alone', () => {
    const linked = (a: Stage, b: Stage) =>
      graph.edges.some(
        (e) =>
          OPENING_IDS.has(e.source) &&
          OPENING_IDS.has(e.target) &&
          [stage.get(e.source), stage.get(e.target)].sort().join() === [a, b].sort().join(),
      );
    // Traits raise the challenges; mediation explains them; governance addresses them and
    // is limited by the limitations, to which the recommendations respond.
    const chain: [Stage, Stage][] = [
      ['traits', 'challenges'],
      ['challenges', 'mediation'],
      ['challenges', 'governance'],
      ['governance', 'limitations'],
      ['limitations', 'recommendations'],
    ];
    for (const [a, b] of chain) assert.ok(linked(a, b), `${a} – ${b}`);
  });
});

describe('stagesOf', () => {
  const cases: [string, Stage, string][] = [
    ['emergence', 'traits', 'a trait'],
    ['data', 'challenges', 'a level stands with its challenges'],
    ['mirroring-effect', 'mediation', 'a concept'],
    ['governance-measures', 'governance', 'a concept grouping governance measures'],
    ['transparency', 'mediation', 'a concept whose parts are of mixed stages stays in mediation'],
    ['case-fairface-clip', 'challenges', 'a case stands with the earliest idea it illustrates'],
    ['ref-25', 'mediation', 'a cited work stands with what it is cited for'],
  ];
  for (const [id, expected, why] of cases) it(`${id}: ${why}`, () => assert.equal(stage.get(id), expected));
  it('gives every idea a stage', () => assert.equal(stage.size, graph.nodes.length));
});
