/**
 * The question bank's pure parts on fixtures small enough to check by hand: figure
 * matching, label forms, answer checking, the authored-question checks an author relies
 * on (each problem names file, question, field and fix), and selection.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { Graph } from '../schema';
import { isRight, normalizeAnswer } from './answer';
import { compileAuthored } from './authored';
import { selectQuestions, type Selectable } from './bank';
import { magnitude, plainLabel, printsFigure, stableShuffle } from './pick';

describe('printsFigure', () => {
  const rows: [string, string, boolean][] = [
    ['伦理挑战主要表现在 3 个层面', '3', true],
    ['共 30 个层面', '3', false],
    ['分值 0.3 分', '3', false],
    ['截至 2022 年 2 月', '2', true],
    ['截至 2022 年', '2', false],
    ['开放了 GPT-2', '2', true],
    ['有 60% 的可能性', '60%', true],
    ['有 60% 的可能性', '60', false],
    ['参数量已高达 1 750 亿', '1 750 亿', true],
    ['参数量已高达 1750亿', '1 750 亿', true],
    ['达到万亿级别', '万亿', true],
    ['毒性标记为 0.6，代表', '0.6', true],
    ['有 6 个将评论标记为有毒', '0.6', false],
  ];
  for (const [quote, figure, expected] of rows)
    it(`"${figure}" in "${quote}": ${expected}`, () => assert.equal(printsFigure(quote, figure), expected));
});

describe('magnitude', () => {
  const rows: [string, number][] = [
    ['1.1 亿', 1.1e8],
    ['1 750 亿', 1.75e11],
    ['万亿', 1e12],
    ['90 万—300 万美元', 9e5],
    ['10 000', 1e4],
    ['99.7%', 99.7],
    ['两个', 2],
    ['两方面', 2],
  ];
  for (const [printed, value] of rows)
    it(printed, () => assert.ok(Math.abs(magnitude(printed) / value - 1) < 1e-9, `${magnitude(printed)}`));
});

describe('plainLabel', () => {
  const rows: [string, string, string, string][] = [
    ['Eyeglasses (embodiment)', '眼镜（具身关系）', 'Eyeglasses', '眼镜'],
    ['Case: the traffic light', '案例：交通灯', 'The traffic light', '交通灯'],
    [
      'Artificial intelligence as "other" (alterity)',
      '人工智能作为它者（它异关系）',
      'Artificial intelligence as "other"',
      '人工智能作为它者',
    ],
    ['Bias', '偏见', 'Bias', '偏见'],
  ];
  for (const [en, zh, wantEn, wantZh] of rows)
    it(en, () => assert.deepEqual(plainLabel({ en, zh }), { en: wantEn, zh: wantZh }));
});

describe('stableShuffle', () => {
  it('is the same for the same seed and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const once = stableShuffle(items, 'seed', (x) => x);
    assert.deepEqual(
      stableShuffle(items, 'seed', (x) => x),
      once,
    );
    assert.deepEqual([...once].sort(), items);
  });
  it('differs between seeds for some seed', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    const orders = new Set(['s1', 's2', 's3', 's4'].map((s) => stableShuffle(items, s, (x) => x).join('')));
    assert.ok(orders.size > 1);
  });
});

const cite = [{ section: '3' as const, quote: '一段引文' }];
const tinyGraph = Graph.parse({
  version: '0.0.1',
  nodes: [
    {
      id: 'mirroring-effect',
      kind: 'concept',
      label: { en: 'Mirroring effect', zh: '镜像效应' },
      summary: { en: 'S.', zh: '摘。' },
      citations: cite,
    },
    {
      id: 'bias',
      kind: 'challenge',
      level: 'data',
      label: { en: 'Bias', zh: '偏见' },
      summary: { en: 'S.', zh: '摘。' },
      citations: [{ section: '2.2.2', quote: '偏见' }],
    },
  ],
  edges: [
    {
      id: 'mirroring-effect--explains--bias',
      source: 'mirroring-effect',
      kind: 'explains',
      target: 'bias',
      stance: 'stated',
      citations: [{ section: '3', quote: '映射出偏见' }],
    },
  ],
});

const short = {
  id: 'name-it',
  type: 'short',
  stem: { en: 'What is it called?', zh: '它叫什么？' },
  answers: { en: ['mirroring effect'], zh: ['镜像效应'] },
  explanation: { en: 'Because.', zh: '因为。' },
  evidence: {
    nodes: ['mirroring-effect'],
    edges: ['mirroring-effect--explains--bias'],
    quote: { from: 'mirroring-effect--explains--bias' },
  },
};
const choice = {
  id: 'pick-it',
  type: 'choice',
  stem: { en: 'Which?', zh: '哪个？' },
  options: [
    { text: { en: 'Right', zh: '对' }, correct: true },
    { text: { en: 'Wrong', zh: '错' } },
    { text: { en: 'Also wrong', zh: '也错' } },
  ],
  explanation: { en: 'Because.', zh: '因为。' },
  evidence: { nodes: ['bias'], quote: { from: 'bias' } },
};
const compile = (questions: unknown[], tour = 'tour-a', name = 'tour-a') =>
  compileAuthored([{ path: `content/questions/${name}.yaml`, name, text: stringify({ tour, questions }) }], tinyGraph, [
    'tour-a',
  ]);

describe('compileAuthored', () => {
  it('compiles a valid short and choice question, with the quotation copied from the graph', () => {
    const { questions, problems } = compile([short, choice]);
    assert.deepEqual(problems, []);
    const [s, c] = questions;
    assert.equal(s?.id, 'tour-a.name-it');
    assert.deepEqual(s?.evidence.citation, {
      from: 'mirroring-effect--explains--bias',
      section: '3',
      quote: '映射出偏见',
    });
    assert.deepEqual(s?.levels, ['data']);
    assert.deepEqual(s?.tours, ['tour-a']);
    assert.ok(c?.type === 'choice' && c.options[c.answer]?.text.en === 'Right');
  });

  const rows: [string, unknown, string, string][] = [
    [
      'an unknown node',
      { ...choice, evidence: { nodes: ['nope'], quote: { from: 'bias' } } },
      'evidence.nodes[0]',
      'not a node',
    ],
    [
      'an unknown edge',
      { ...short, evidence: { ...short.evidence, edges: ['a--b--c'] } },
      'evidence.edges[0]',
      'not an edge',
    ],
    [
      'a quotation from nothing',
      { ...choice, evidence: { quote: { from: 'ghost' } } },
      'evidence.quote.from',
      'neither a node nor an edge',
    ],
    [
      'a section without a citation',
      { ...choice, evidence: { quote: { from: 'bias', section: '4' } } },
      'evidence.quote.section',
      'no citation in section 4',
    ],
    [
      'two right options',
      { ...choice, options: choice.options.map((o) => ({ ...o, correct: true })) },
      'options',
      '3 options are marked correct',
    ],
    [
      'two options alike',
      { ...choice, options: [...choice.options.slice(0, 2), { text: { en: 'Right', zh: '对' } }] },
      'options (en)',
      'read the same',
    ],
    [
      'an answer twice',
      { ...short, answers: { en: ['Mirroring effect', 'mirroring-effect'], zh: ['镜像效应'] } },
      'answers.en',
      'listed twice',
    ],
    ['two options only', { ...choice, options: choice.options.slice(0, 2) }, 'options', 'at least three options'],
    ['no Chinese stem', { ...choice, stem: { en: 'Which?' } }, 'stem.zh', ''],
  ];
  for (const [name, question, field, message] of rows)
    it(`reports ${name}`, () => {
      const { problems } = compile([question]);
      const p = problems.find((x) => x.field === field);
      assert.ok(p, `no problem on ${field}: ${JSON.stringify(problems)}`);
      assert.ok(p.message.includes(message), p.message);
      assert.equal(p.file, 'content/questions/tour-a.yaml');
      assert.ok(p.fix.length > 0);
    });

  it('reports a file named after another tour, or an unknown tour', () => {
    assert.match(compile([choice], 'tour-a', 'tour-b').problems[0]?.message ?? '', /named "tour-b.yaml"/);
    assert.match(compile([choice], 'tour-z', 'tour-z').problems[0]?.message ?? '', /not a tour/);
  });
  it('reports an id used twice', () => {
    assert.ok(compile([choice, choice]).problems.some((p) => p.field === 'id' && p.message.includes('twice')));
  });
});

describe('answers', () => {
  const { questions } = compile([short, choice]);
  const [s, c] = questions;
  const rows: [string, number | string, boolean][] = [
    ['mirroring effect', 'mirroring effect', true],
    ['case and punctuation', 'Mirroring-Effect.', true],
    ['full-width letters', 'ｍｉｒｒｏｒｉｎｇ effect', true],
    ['the other language', '镜像效应', true],
    ['spaces inside Chinese', ' 镜像 效应 ', true],
    ['another term', 'mirror', false],
    ['nothing', '   ', false],
  ];
  for (const [name, given, expected] of rows)
    it(`short answer: ${name}`, () => assert.ok(s && isRight(s, given) === expected));
  it('a choice is right only at its answer', () => {
    assert.ok(c?.type === 'choice');
    assert.ok(isRight(c, c.answer));
    assert.ok(!isRight(c, (c.answer + 1) % c.options.length));
  });
  it('normalizes dashes and spaces away', () =>
    assert.equal(normalizeAnswer('Human–model (data)–world'), 'humanmodeldataworld'));
});

describe('selectQuestions', () => {
  const qs: (Selectable & { id: string })[] = [
    { id: 'a', tours: ['t1'], levels: ['data'], nodes: ['bias'] },
    { id: 'b', tours: ['t1', 't2'], levels: [], nodes: ['emergence'] },
    { id: 'c', tours: [], levels: ['compute'], nodes: ['energy-consumption'] },
  ];
  const rows: [string, Parameters<typeof selectQuestions>[1], string[]][] = [
    ['everything', {}, ['a', 'b', 'c']],
    ['a tour', { tour: 't1' }, ['a', 'b']],
    ['a level', { level: 'compute' }, ['c']],
    ['an idea', { node: 'emergence' }, ['b']],
    ['a tour and a level', { tour: 't1', level: 'data' }, ['a']],
    ['nothing matches', { tour: 't2', level: 'compute' }, []],
  ];
  for (const [name, s, ids] of rows)
    it(name, () =>
      assert.deepEqual(
        selectQuestions(qs, s).map((q) => q.id),
        ids,
      ),
    );
});
