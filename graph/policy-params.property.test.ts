/**
 * Properties of the policymakers' addresses (brief, measures table, matrix levels): any
 * address gives a usable selection and says what it ignored; every selection the pages can
 * write reads back unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { nodeId } from './ids';
import {
  BRIEF_PARAMS,
  FAMILY_FILTERS,
  MEASURE_PARAMS,
  STANCE_FILTERS,
  parseBriefQuery,
  parseMatrixLevels,
  parseMeasureFilters,
  serializeBriefQuery,
  serializeMatrixLevels,
  serializeMeasureFilters,
  type BriefChoices,
  type MeasureFilters,
} from './policy-params';
import { LEVELS, type Level } from './schema';
import { PROPERTY_RUNS, expectCleanPrototypes, hostileQuery, hostileText, isWellFormed } from './test-arbitraries';

// `constructor` is a valid id that is also a name on every object's prototype.
const choices: BriefChoices = {
  challenges: [
    { id: nodeId('uncertainty'), level: 'algorithm' },
    { id: nodeId('bias'), level: 'data' },
    { id: nodeId('systemic-bias'), level: 'data' },
    { id: nodeId('energy'), level: 'compute' },
    { id: nodeId('constructor'), level: undefined },
  ],
  measures: [nodeId('data-cleaning'), nodeId('fine-tuning'), nodeId('to-string')],
};
const challengeIds = choices.challenges.map((c) => c.id);
const plausible = fc.constantFrom(
  'data',
  'algorithm,compute',
  'bias,systemic-bias',
  'bias,,nope',
  'data-cleaning',
  'constructor',
  '__proto__',
  'stated',
  'upstream',
  ' data ',
);
const value = fc.oneof(plausible, hostileText);

describe('the brief’s address', () => {
  it('never throws; keeps only known challenges and measures, each once, in reading order', () => {
    fc.assert(
      fc.property(hostileQuery(BRIEF_PARAMS, value), (q) => {
        const r = parseBriefQuery(q, choices);
        const order = (xs: readonly string[], all: readonly string[]) =>
          assert.deepEqual(
            xs,
            all.filter((x) => xs.includes(x)),
          );
        order(r.challenges, challengeIds);
        order(r.measures, choices.measures);
        for (const i of r.ignored) {
          assert.ok(i.value.length <= 60 && i.param.length <= 60);
          assert.ok(isWellFormed(i.value) && isWellFormed(i.param));
        }
        expectCleanPrototypes();
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back every selection it writes', () => {
    const selection = fc.record({
      challenges: fc.subarray(challengeIds),
      measures: fc.subarray([...choices.measures]),
    });
    fc.assert(
      fc.property(selection, (s) => {
        const q = serializeBriefQuery(s, choices);
        const r = parseBriefQuery(q, choices);
        assert.deepEqual(r.challenges, s.challenges);
        assert.deepEqual(r.measures, s.measures);
        assert.deepEqual(r.ignored, []);
      }),
      PROPERTY_RUNS,
    );
  });

  it('writes a whole level as the level', () => {
    assert.equal(
      serializeBriefQuery({ challenges: ['bias', 'systemic-bias', 'uncertainty'], measures: ['fine-tuning'] }, choices),
      '?levels=algorithm,data&measures=fine-tuning',
    );
    assert.equal(
      serializeBriefQuery({ challenges: ['bias', 'constructor'], measures: [] }, choices),
      '?challenges=bias,constructor',
    );
    assert.equal(serializeBriefQuery({ challenges: [], measures: [] }, choices), '');
  });

  it('reports what it ignores, by parameter', () => {
    const r = parseBriefQuery('?levels=data,moon&challenges=uncertainty&colour=red&challenges=nope', choices);
    assert.deepEqual(r.challenges, ['uncertainty', 'bias', 'systemic-bias']);
    assert.deepEqual(
      r.ignored.map((i) => [i.param, i.value, i.reason]),
      [
        ['colour', 'red', 'unknown-parameter'],
        ['levels', 'moon', 'invalid-value'],
        ['challenges', 'nope', 'invalid-value'],
      ],
    );
  });

  it('gathers a list given more than once, as a form of checkboxes sends it', () => {
    const r = parseBriefQuery(
      '?challenges=bias&challenges=energy&measures=fine-tuning&measures=data-cleaning',
      choices,
    );
    assert.deepEqual(r.challenges, ['bias', 'energy']);
    assert.deepEqual(r.measures, ['data-cleaning', 'fine-tuning']);
    assert.deepEqual(r.ignored, []);
  });
});

describe('the measures table’s address', () => {
  it('never throws and keeps only allowed values', () => {
    fc.assert(
      fc.property(hostileQuery(MEASURE_PARAMS, value), (q) => {
        const { filters } = parseMeasureFilters(q, challengeIds);
        if (filters.challenge) assert.ok(challengeIds.includes(filters.challenge));
        if (filters.level) assert.ok(LEVELS.includes(filters.level));
        if (filters.stance) assert.ok(STANCE_FILTERS.includes(filters.stance));
        if (filters.family) assert.ok(FAMILY_FILTERS.includes(filters.family));
        expectCleanPrototypes();
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back every filter it writes', () => {
    const filters: fc.Arbitrary<MeasureFilters> = fc.record(
      {
        challenge: fc.constantFrom(...challengeIds),
        level: fc.constantFrom(...LEVELS),
        stance: fc.constantFrom(...STANCE_FILTERS),
        family: fc.constantFrom(...FAMILY_FILTERS),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (f) => {
        const r = parseMeasureFilters(serializeMeasureFilters(f), challengeIds);
        assert.deepEqual(r.filters, { ...f });
        assert.deepEqual(r.ignored, []);
      }),
      PROPERTY_RUNS,
    );
  });
});

describe('the matrix’s levels', () => {
  it('never throws and always shows at least one level', () => {
    fc.assert(
      fc.property(hostileQuery(['levels'], value), (q) => {
        const { levels } = parseMatrixLevels(q);
        assert.ok(levels.length > 0 && levels.every((l) => LEVELS.includes(l)));
        expectCleanPrototypes();
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back every non-empty choice it writes', () => {
    fc.assert(
      fc.property(fc.subarray<Level>([...LEVELS], { minLength: 1 }), (levels) => {
        assert.deepEqual(parseMatrixLevels(serializeMatrixLevels(levels)).levels, levels);
      }),
      PROPERTY_RUNS,
    );
  });
});
