/** One row per content rule: a small bad explanation and the message its author must see. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatProblem } from '../graph/problems';
import { makeCopyFinder, makeQuoteChecker } from '../graph/quotes';
import { checkContent, type ContentFile } from './load';
import { quotesIn } from './mdx';

const mdx = (id: string, lang: 'en' | 'zh', source: string): ContentFile => ({
  id,
  lang,
  path: `content/nodes/${id}/${lang}.mdx`,
  source,
});
const complete = (id: string) => [mdx(id, 'en', 'An explanation.\n'), mdx(id, 'zh', '一段解说。\n')];
const ids = new Set(['emergence', 'bias']);

describe('checkContent', () => {
  it('accepts complete, valid explanations and compiles them', async () => {
    const { problems, compiled } = await checkContent([...complete('emergence'), ...complete('bias')], [], ids);
    assert.deepEqual(problems, []);
    assert.equal(compiled.size, 4);
  });

  const cases: {
    rule: string;
    files: ContentFile[];
    stray?: string[];
    expect: { file: string; field: RegExp; message: RegExp; fix: RegExp };
  }[] = [
    {
      rule: 'a node without its Chinese explanation',
      files: [...complete('bias'), mdx('emergence', 'en', 'Text.')],
      expect: {
        file: 'content/nodes/emergence/zh.mdx',
        field: /explanation \(zh\)/,
        message: /no Chinese explanation/,
        fix: /write content\/nodes\/emergence\/zh\.mdx/,
      },
    },
    {
      rule: 'an explanation with no node',
      files: [...complete('bias'), ...complete('emergence'), mdx('emergance', 'en', 'Typo in the folder.')],
      expect: {
        file: 'content/nodes/emergance/en.mdx',
        field: /folder name/,
        message: /no node "emergance"/,
        fix: /rename the folder/,
      },
    },
    {
      rule: 'an MDX syntax error',
      files: [
        ...complete('bias'),
        mdx('emergence', 'en', 'Line one.\n\nLine three <Quote section="1">unclosed\n'),
        mdx('emergence', 'zh', '解说。'),
      ],
      expect: {
        file: 'content/nodes/emergence/en.mdx',
        field: /^line \d+$/,
        message: /MDX syntax error/,
        fix: /close every tag/,
      },
    },
    {
      rule: 'a link to a missing node',
      files: [
        ...complete('bias'),
        mdx('emergence', 'en', 'See <NodeLink id="toxicity">toxicity</NodeLink>.'),
        mdx('emergence', 'zh', '解说。'),
      ],
      expect: {
        file: 'content/nodes/emergence/en.mdx',
        field: /^line 1$/,
        message: /points to "toxicity", which is not a node/,
        fix: /correct the id/,
      },
    },
    {
      rule: 'an unknown component',
      files: [
        ...complete('bias'),
        mdx('emergence', 'en', 'Text.\n\n<Qoute section="1">x</Qoute>'),
        mdx('emergence', 'zh', '解说。'),
      ],
      expect: {
        file: 'content/nodes/emergence/en.mdx',
        field: /^line 3$/,
        message: /unknown component <Qoute>/,
        fix: /<NodeLink>, <Quote>|<Quote>/,
      },
    },
    {
      rule: 'an over-long quotation',
      files: [
        ...complete('bias'),
        mdx('emergence', 'zh', `<Quote section="2.1.1">${'长'.repeat(130)}</Quote>`),
        mdx('emergence', 'en', 'Text.'),
      ],
      expect: {
        file: 'content/nodes/emergence/zh.mdx',
        field: /^line 1$/,
        message: /130 characters long/,
        fix: /at most 120 characters/,
      },
    },
    {
      rule: 'a quotation with an unknown section',
      files: [
        ...complete('bias'),
        mdx('emergence', 'zh', '<Quote section="2.4">引文</Quote>'),
        mdx('emergence', 'en', 'Text.'),
      ],
      expect: {
        file: 'content/nodes/emergence/zh.mdx',
        field: /^line 1$/,
        message: /section "2.4"/,
        fix: /abstract, 1, 2/,
      },
    },
    {
      rule: 'a stray file',
      files: [...complete('bias'), ...complete('emergence')],
      stray: ['content/nodes/emergence/fr.mdx'],
      expect: {
        file: 'content/nodes/emergence/fr.mdx',
        field: /file name/,
        message: /not an explanation file/,
        fix: /en\.mdx and zh\.mdx/,
      },
    },
  ];

  for (const c of cases) {
    it(`rejects ${c.rule}`, async () => {
      const { problems } = await checkContent(c.files, c.stray ?? [], ids);
      const hit = problems.find((p) => p.file === c.expect.file && c.expect.field.test(p.field));
      assert.ok(hit, `expected a problem in ${c.expect.file}, got:\n${problems.map(formatProblem).join('\n')}`);
      assert.match(hit.message, c.expect.message);
      assert.match(hit.fix, c.expect.fix);
    });
  }
});

describe('quotes', () => {
  const paper =
    '模型，是现实世界中事件、系统、行为或者自\n\n然现象的抽象数学表征[1]。GPT-3 模型的参\n数量已高达 1 750 亿';
  const verbatim = makeQuoteChecker(paper);
  const rows: [string, boolean][] = [
    ['是现实世界中事件、系统、行为或者自然现象的抽象数学表征', true],
    ['参数量已高达 1750 亿', true],
    ['是现实世界中事件、系统、行为或自然现象的抽象数学表征', false],
    ['参数量已高达 1 700 亿', false],
  ];
  for (const [quote, ok] of rows) {
    it(`${ok ? 'accepts' : 'rejects'} “${quote}”`, () => assert.equal(verbatim(quote), ok));
  }

  it('finds the quotations of an explanation with their lines', () => {
    const found = quotesIn('Intro.\n\n<Quote section="3" translation="A mirror.">“镜像”效应</Quote>\n');
    assert.deepEqual(found, [{ line: 3, section: '3', text: '“镜像”效应' }]);
  });
});

describe('own words', () => {
  const paper =
    '模型，是现实世界中事件、系统、行为或者自然现象的抽象数学表征[1]。在人工智能领域，通用模型，又称为预训练模型、基础模型或大模型，是指经过大规模数据训练，包含海量模型参数，并可适用于广泛下游任务的模型[2]。';
  const copies = makeCopyFinder(paper);
  it('flags a passage copied from the paper outside a quotation', () => {
    const runs = copies(
      '通用模型是指经过大规模数据训练，包含海量模型参数，并可适用于广泛下游任务的模型，这是本文的出发点。',
    );
    assert.equal(runs.length, 1);
    assert.match(runs[0] ?? '', /包含海量模型参数/);
  });
  it('accepts the same words inside a marked quotation', () => {
    assert.deepEqual(
      copies('<Quote section="1">是指经过大规模数据训练，包含海量模型参数，并可适用于广泛下游任务的模型</Quote>'),
      [],
    );
  });
  it('accepts a paraphrase that shares only terms', () => {
    assert.deepEqual(
      copies('通用模型（又称预训练模型、基础模型或大模型）用海量数据训练，参数众多，能迁移到许多下游任务。'),
      [],
    );
  });
});
