/**
 * Properties of a tour's `?step=N`: whatever the address says, the player shows a real
 * step, and a value it cannot use is shown back to the reader, shortened and readable.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  PROPERTY_RUNS,
  decodedEntries,
  expectCleanPrototypes,
  hostileQuery,
  hostileText,
  isWellFormed,
} from './test-arbitraries';
import { MAX_BAD_STEP, parseStep } from './tour-params';

const total = fc.integer({ min: 1, max: 40 });
const plausible = fc.oneof(
  fc.integer({ min: -2, max: 60 }).map(String),
  fc.constantFrom('01', '1.0', '1e1', '０', '3 ', ''),
);
const query = hostileQuery(['step'], fc.oneof(plausible, hostileText));

describe('parseStep on any address', () => {
  it('never throws, and always shows a step of the tour', () => {
    fc.assert(
      fc.property(query, total, (q, n) => {
        const { step, bad } = parseStep(q, n);
        assert.ok(Number.isInteger(step) && step >= 1 && step <= n, `step ${step} of ${n}`);
        if (bad !== undefined) {
          assert.equal(step, 1, 'a bad value shows the first step');
          assert.ok(bad.length <= MAX_BAD_STEP && isWellFormed(bad), `the note quotes ${JSON.stringify(bad)}`);
        }
        expectCleanPrototypes();
      }),
      PROPERTY_RUNS,
    );
  });

  it('uses the first step value as a number in range, or reports it', () => {
    fc.assert(
      fc.property(query, total, (q, n) => {
        const first = decodedEntries(q).find(([k]) => k === 'step')?.[1];
        const { step, bad } = parseStep(q, n);
        if (first === undefined) assert.deepEqual({ step, bad }, { step: 1, bad: undefined });
        else if (bad === undefined)
          assert.ok(/^\d+$/.test(first) && Number(first) === step, `step=${first} read as ${step}`);
        else
          assert.ok(
            first.startsWith(bad) && bad.length >= Math.min(first.length, MAX_BAD_STEP) - 1,
            `step=${first} reported as ${bad}`,
          );
      }),
      PROPERTY_RUNS,
    );
  });

  it('reads back every step the player writes, whatever else the address carries', () => {
    fc.assert(
      fc.property(
        query,
        total.chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 1, max: n }))),
        (q, [n, wanted]) => {
          // What the player does on "next": set `step` on the current address.
          const params = new URLSearchParams(q);
          params.set('step', String(wanted));
          assert.deepEqual(parseStep(`?${params.toString()}`, n), { step: wanted, bad: undefined });
        },
      ),
      PROPERTY_RUNS,
    );
  });
});
