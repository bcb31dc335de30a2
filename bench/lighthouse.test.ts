/** Choosing the pass that stands for several Lighthouse passes of one page. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { medianRun, type LighthouseRun } from './lighthouse';

const pass = (performance: number | null, error?: string): LighthouseRun => ({
  label: 'home',
  url: 'http://127.0.0.1:4281/en/',
  formFactor: 'desktop',
  scores: { performance, accessibility: 1, 'best-practices': 1, seo: 1 },
  metrics: {},
  failing: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
  scripts: { count: 0, transferred: 0, watched: [] },
  seconds: 1,
  ...(error === undefined ? {} : { error }),
});

describe('medianRun', () => {
  const cases: { name: string; passes: LighthouseRun[]; performance: number | null }[] = [
    { name: 'one pass is itself', passes: [pass(0.9)], performance: 0.9 },
    { name: 'the middle of three', passes: [pass(0.99), pass(0.7), pass(0.95)], performance: 0.95 },
    {
      name: 'the lower middle of an even number',
      passes: [pass(0.9), pass(1), pass(0.8), pass(0.95)],
      performance: 0.9,
    },
    { name: 'failed passes are left out', passes: [pass(null, 'NO_FCP'), pass(0.97), pass(0.93)], performance: 0.93 },
    { name: 'all failed: the first failure', passes: [pass(null, 'NO_FCP'), pass(null, 'TIMEOUT')], performance: null },
  ];
  for (const c of cases) it(c.name, () => assert.equal(medianRun(c.passes).scores.performance, c.performance));
  it('keeps every pass score when there are several', () =>
    assert.deepEqual(medianRun([pass(0.9), pass(0.8)]).passes, [0.9, 0.8]));
});
