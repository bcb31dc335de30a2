/**
 * The practice page's `?tour=&level=&node=`: whatever the address says, the page practises
 * a real selection, and every value it cannot use is reported, shortened and readable.
 * Plus a table of the cases a reader meets.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { MAX_BAD_VALUE, parsePracticeQuery, serializePractice } from './practice-params';
import { LEVELS } from './schema';
import {
  PROPERTY_RUNS,
  decodedEntries,
  expectCleanPrototypes,
  hostileQuery,
  hostileText,
  isWellFormed,
} from './test-arbitraries';

const ctx = { tours: ['traits-to-risks', 'governance-and-limits'], nodeIds: new Set(['bias', 'emergence']) };
const plausible = fc.constantFrom('traits-to-risks', 'data', 'compute', 'bias', 'emergence', 'Bias', 'nope', '');
const query = hostileQuery(['tour', 'level', 'node'], fc.oneof(plausible, hostileText));

describe('parsePracticeQuery on any address', () => {
  it('never throws; selects only real tours, levels and ideas; reports the rest', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { selection, ignored } = parsePracticeQuery(q, ctx);
        if (selection.tour !== undefined) assert.ok(ctx.tours.includes(selection.tour));
        if (selection.level !== undefined) assert.ok(LEVELS.includes(selection.level));
        if (selection.node !== undefined) assert.ok(ctx.nodeIds.has(selection.node));
        for (const i of ignored) assert.ok(i.value.length <= MAX_BAD_VALUE && isWellFormed(i.value));
        expectCleanPrototypes();
      }),
      PROPERTY_RUNS,
    );
  });

  it('for each parameter given, either selects its first value or reports it', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { selection, ignored } = parsePracticeQuery(q, ctx);
        for (const param of ['tour', 'level', 'node'] as const) {
          const first = decodedEntries(q).find(([k]) => k === param)?.[1];
          const reported = ignored.filter((i) => i.param === param);
          if (first === undefined) assert.ok(selection[param] === undefined && reported.length === 0);
          else if (selection[param] !== undefined) assert.ok(selection[param] === first && reported.length === 0);
          else assert.ok(reported.length === 1 && first.startsWith(reported[0]?.value ?? '\u0000'));
        }
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back what it writes', () => {
    fc.assert(
      fc.property(
        fc.record({
          tour: fc.option(fc.constantFrom(...ctx.tours), { nil: undefined }),
          level: fc.option(fc.constantFrom(...LEVELS), { nil: undefined }),
          node: fc.option(fc.constantFrom(...ctx.nodeIds), { nil: undefined }),
        }),
        (s) => {
          const clean = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined));
          assert.deepEqual(parsePracticeQuery(serializePractice(s), ctx), { selection: clean, ignored: [] });
        },
      ),
      PROPERTY_RUNS,
    );
  });
});

describe('parsePracticeQuery, cases', () => {
  const rows: [string, string, object, string[]][] = [
    ['nothing', '', {}, []],
    ['a tour', '?tour=traits-to-risks', { tour: 'traits-to-risks' }, []],
    ['a level and an idea', '?level=data&node=bias', { level: 'data', node: 'bias' }, []],
    ['an unknown tour', '?tour=moon', {}, ['tour=moon']],
    ['a level in capitals', '?level=Data', {}, ['level=Data']],
    ['an unknown idea, a good level', '?node=ghost&level=compute', { level: 'compute' }, ['node=ghost']],
    ['the first of two values', '?tour=traits-to-risks&tour=moon', { tour: 'traits-to-risks' }, []],
    ['a course platform’s own parameter', '?tour=traits-to-risks&utm_source=lms', { tour: 'traits-to-risks' }, []],
  ];
  for (const [name, q, selection, ignored] of rows)
    it(name, () => {
      const parsed = parsePracticeQuery(q, ctx);
      assert.deepEqual(parsed.selection, selection);
      assert.deepEqual(
        parsed.ignored.map((i) => `${i.param}=${i.value}`),
        ignored,
      );
    });
  it('names the tours and levels that would work', () => {
    const [tour, level] = parsePracticeQuery('?tour=x&level=y', ctx).ignored;
    assert.deepEqual(tour?.expected, ctx.tours);
    assert.deepEqual(level?.expected, LEVELS);
  });
});
