/** Tour validation: each rule with a small bad tour, and the message its author must see. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { formatProblem } from '../graph/problems';
import { checkTours, type TourFiles } from './tours';

const ids = new Set(['emergence', 'bias', 'fairness']);
const step = (nodes: string[]) => ({ title: { en: 'A step', zh: '一步' }, nodes });
const tour = (steps = [step(['emergence']), step(['bias', 'fairness'])], id = 'test-tour') => ({
  id,
  title: { en: 'Test', zh: '测试' },
  summary: { en: 'A tour.', zh: '一个导览。' },
  steps,
});
const files = (data: unknown, texts: string[] = ['01.en', '01.zh', '02.en', '02.zh'], id = 'test-tour'): TourFiles => ({
  id,
  yamlPath: `content/tours/${id}/tour.yaml`,
  yaml: stringify(data),
  texts: new Map(texts.map((k) => [k, { path: `content/tours/${id}/${k}.mdx`, source: `Text of ${k}.` }])),
});

describe('checkTours', () => {
  it('accepts a valid tour and compiles every step text', async () => {
    const r = await checkTours([files(tour())], ids);
    assert.deepEqual(r.problems, []);
    assert.equal(r.compiled.size, 4);
  });

  const cases: { rule: string; input: TourFiles; expect: { field: RegExp; message: RegExp; fix: RegExp } }[] = [
    {
      rule: 'a step that names an unknown node',
      input: files(tour([step(['emergence']), step(['bias', 'privacy'])])),
      expect: { field: /^nodes$/, message: /names "privacy", which is not a node/, fix: /graph\/data/ },
    },
    {
      rule: 'a step without its Chinese text',
      input: files(tour(), ['01.en', '01.zh', '02.en']),
      expect: { field: /text \(zh\)/, message: /no text in this language/, fix: /02\.zh\.mdx/ },
    },
    {
      rule: 'a text for a step that does not exist',
      input: files(tour(), ['01.en', '01.zh', '02.en', '02.zh', '03.en']),
      expect: { field: /file name/, message: /belongs to no step/, fix: /NN\.en\.mdx/ },
    },
    {
      rule: 'an id that differs from its folder',
      input: files(tour(undefined, 'other-name')),
      expect: { field: /^id$/, message: /differs from its folder/, fix: /same/ },
    },
    {
      rule: 'a tour with a single step',
      input: files(tour([step(['emergence'])]), ['01.en', '01.zh']),
      expect: { field: /steps/, message: /at least two steps/, fix: /./ },
    },
  ];
  for (const c of cases) {
    it(`rejects ${c.rule}`, async () => {
      const { problems } = await checkTours([c.input], ids);
      const hit = problems.find((p) => c.expect.field.test(p.field));
      assert.ok(hit, `expected a problem, got:\n${problems.map(formatProblem).join('\n')}`);
      assert.match(hit.message, c.expect.message);
      assert.match(hit.fix, c.expect.fix);
    });
  }
});
