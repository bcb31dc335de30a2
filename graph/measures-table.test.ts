/** The measures table's rows, filters and counts, on the fixture (by hand) and on the real graph (against the edges). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { governanceFixture } from './governance-fixture';
import { nodeId } from './ids';
import { loadGraph } from './load';
import { coverageCounts, filterRows, measureRows, tableChallenges } from './measures-table';
import type { MeasureFilters } from './policy-params';
import { LEVELS } from './schema';

const ids = (rows: readonly { measure: { id: string } }[]) => rows.map((r) => r.measure.id);

describe('the measures table on the fixture', () => {
  const g = governanceFixture();
  const rows = measureRows(g);
  const challenges = tableChallenges(g);

  it('has a row per measure with its links and limitations', () => {
    assert.deepEqual(
      rows.map((r) => [
        r.measure.id,
        r.family,
        r.addresses.map((a) => `${a.challenge.id}:${a.edge.stance}`),
        r.limitations.length,
      ]),
      [
        ['upstream', 'upstream', [], 1],
        ['cleaning', 'upstream', ['bias:stated'], 2],
        ['tuning', 'downstream', ['bias:inferred', 'misuse:inferred'], 0],
        ['principles', 'macro', [], 0],
      ],
    );
  });

  const cases: [string, MeasureFilters, string[]][] = [
    ['no filter', {}, ['upstream', 'cleaning', 'tuning', 'principles']],
    ['a challenge', { challenge: nodeId('bias') }, ['cleaning', 'tuning']],
    ['a sub-challenge, reached through its parent', { challenge: nodeId('tiny-bias') }, ['cleaning', 'tuning']],
    ['a gap', { challenge: nodeId('privacy') }, []],
    ['a level', { level: 'data' }, ['cleaning', 'tuning']],
    ['a stance', { stance: 'inferred' }, ['tuning']],
    ['a family', { family: 'upstream' }, ['upstream', 'cleaning']],
    ['challenge and stance together, on one link', { challenge: nodeId('bias'), stance: 'stated' }, ['cleaning']],
    ['a level with no link', { level: 'compute' }, []],
  ];
  for (const [name, f, expected] of cases)
    it(`filters by ${name}`, () => assert.deepEqual(ids(filterRows(rows, f, challenges)), expected));

  it('counts coverage of the rows shown', () => {
    const all = coverageCounts(rows, challenges);
    assert.deepEqual([all.measures, all.addressing, all.links.stated, all.links.inferred], [4, 2, 1, 2]);
    assert.deepEqual(
      all.levels.map((l) => [l.level, l.challenges, l.reached]),
      [
        ['algorithm', 0, 0],
        ['data', 5, 3],
        ['compute', 1, 0],
        [undefined, 1, 1],
      ],
    );
    const cleaningOnly = coverageCounts(filterRows(rows, { stance: 'stated' }, challenges), challenges);
    assert.deepEqual(
      cleaningOnly.levels.map((l) => l.reached),
      [0, 3, 0, 0],
    );
  });
});

describe('the measures table on the real graph', () => {
  const index = loadGraph();
  const rows = measureRows(index);
  const challenges = tableChallenges(index);
  const { nodes, edges } = index.graph;
  const byId = new Map<string, (typeof nodes)[number]>(nodes.map((n) => [n.id, n]));

  it('has one row per governance node of a measure family', () => {
    const families = ['upstream', 'downstream', 'macro', 'micro'];
    assert.deepEqual(
      new Set(ids(rows)),
      new Set(nodes.filter((n) => n.kind === 'governance' && families.includes(n.scope ?? '')).map((n) => n.id)),
    );
  });

  for (const level of LEVELS)
    it(`filtering by the ${level} level keeps the measures with an addresses edge into a ${level} challenge`, () => {
      const expected = new Set(
        edges
          .filter(
            (e) =>
              e.kind === 'addresses' &&
              byId.get(e.target)?.level === level &&
              byId.get(e.source)?.kind === 'governance',
          )
          .map((e) => e.source),
      );
      assert.deepEqual(new Set(ids(filterRows(rows, { level }, challenges))), expected);
    });

  for (const stance of ['stated', 'inferred'] as const)
    it(`filtering by ${stance} keeps the measures with a ${stance} addresses edge`, () => {
      const expected = new Set(
        edges
          .filter((e) => e.kind === 'addresses' && e.stance === stance && byId.get(e.source)?.kind === 'governance')
          .map((e) => e.source),
      );
      assert.deepEqual(new Set(ids(filterRows(rows, { stance }, challenges))), expected);
    });
});
