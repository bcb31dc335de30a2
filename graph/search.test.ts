/**
 * Ranking: real queries a reader would type, and the idea that must come first (or in the
 * top three); then phrases and questions, each with the ideas that must be among the first
 * five and what the question asks for. Runs on the real graph and explanations, so a
 * content change that breaks search shows up here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContentFiles } from '../content/load';
import { loadGraph } from './load';
import { createSearcher, type SearchIntent } from './search';
import { buildBodyIndex, buildCoreIndex } from './search-build';

const index = loadGraph();
const core = buildCoreIndex(index, index.graph.version, { pages: { compare: true, paper: true } });
const searcher = createSearcher(core, buildBodyIndex(readContentFiles().files));

type Row = [query: string, expected: string, within: 1 | 3, why: string];
const rows: Row[] = [
  // Chinese labels and short Chinese queries (exact, not fuzzy)
  ['隐私', 'privacy-and-security', 1, 'two-character Chinese'],
  ['偏见', 'bias', 1, 'two-character Chinese'],
  ['毒性', 'toxicity', 1, 'two-character Chinese'],
  ['涌现性', 'emergence', 1, 'Chinese label'],
  ['同质性', 'homogenization', 1, 'Chinese label'],
  ['镜像效应', 'mirroring-effect', 1, 'Chinese label'],
  ['它异关系', 'alterity-relation', 1, 'Chinese label'],
  ['长尾效应', 'long-tail-effect', 1, 'Chinese label'],
  ['微调', 'fine-tuning', 1, 'two-character Chinese'],
  ['算力', 'compute', 1, 'Chinese alias of a level'],
  ['代际正义', 'intergenerational-justice', 1, 'Chinese label'],
  ['伦理委员会', 'ethics-committee', 1, 'Chinese alias'],
  ['价值敏感设计', 'value-sensitive-design', 1, 'Chinese label'],
  // the paper's synonyms for general model
  ['通用模型', 'general-model', 1, 'Chinese label'],
  ['预训练模型', 'general-model', 1, 'Chinese synonym'],
  ['基础模型', 'general-model', 1, 'Chinese synonym'],
  ['大模型', 'general-model', 1, 'Chinese synonym'],
  ['foundation model', 'general-model', 1, 'English synonym'],
  ['pre-trained model', 'general-model', 1, 'English synonym'],
  ['large model', 'general-model', 1, 'English synonym'],
  // English labels
  ['bias', 'bias', 1, 'English label'],
  ['privacy', 'privacy-and-security', 1, 'English alias'],
  ['emergence', 'emergence', 1, 'English label'],
  ['mirroring', 'mirroring-effect', 1, 'start of an English label'],
  ['long tail', 'long-tail-effect', 1, 'English alias'],
  ['staged release', 'staged-release', 1, 'English label'],
  ['ethics committee', 'ethics-committee', 1, 'English alias'],
  ['Perspective API', 'toxicity-scoring', 3, 'a tool named in the paper'],
  ['deepfake', 'case-deepfakes', 1, 'English alias'],
  // pinyin, full and initials
  ['yinsi', 'privacy-and-security', 1, 'full pinyin'],
  ['yin si', 'privacy-and-security', 1, 'pinyin with a space'],
  ['ys', 'privacy-and-security', 3, 'pinyin initials'],
  ['pianjian', 'bias', 1, 'full pinyin'],
  ['yongxianxing', 'emergence', 1, 'full pinyin'],
  ['jingxiangxiaoying', 'mirroring-effect', 1, 'full pinyin'],
  ['tongyongmoxing', 'general-model', 1, 'full pinyin'],
  ['tymx', 'general-model', 3, 'pinyin initials'],
  // typos of one or two letters
  ['homogenisation', 'homogenization', 1, 'British spelling'],
  ['toxcity', 'toxicity', 1, 'one letter missing'],
  ['privcy', 'privacy-and-security', 3, 'one letter missing'],
  ['robustnes', 'robustness', 1, 'one letter missing'],
  ['interpretabilty', 'interpretability', 1, 'one letter missing'],
  ['fairnes', 'fairness', 1, 'one letter missing'],
  // words found only in the body of an explanation
  ['gibbon', 'case-adversarial-panda', 3, 'only in the explanation'],
  ['长臂猿', 'case-adversarial-panda', 3, 'a Chinese alias of the case'],
  ['nannies', 'case-fairface-clip', 3, 'in the label of the case'],
];

/** A phrase or question, the ideas that must be among the first five, and the intent it must be read as. */
type PhraseRow = [query: string, top5: string[], intent: SearchIntent | undefined, why: string];
const compare = (a: string, b: string): SearchIntent => ({ kind: 'compare', a, b });
const governance = (challenge: string): SearchIntent => ({ kind: 'governance', challenge });
const limits = (measure: string): SearchIntent => ({ kind: 'limits', measure });
const phraseRows: PhraseRow[] = [
  // English questions and phrases
  ['privacy measures', ['privacy-and-security'], governance('privacy-and-security'), 'a challenge and "measures"'],
  ['how to address bias', ['bias'], governance('bias'), 'a how-to question'],
  ['how can we govern misuse of models', ['model-misuse', 'staged-release'], governance('model-misuse'), 'govern'],
  ['homogenization vs emergence', ['homogenization', 'emergence'], compare('homogenization', 'emergence'), 'A vs B'],
  ['what is the difference between bias and toxicity', ['bias', 'toxicity'], compare('bias', 'toxicity'), 'difference'],
  [
    'alterity relation vs hermeneutic relation',
    ['alterity-relation', 'hermeneutic-relation'],
    compare('alterity-relation', 'hermeneutic-relation'),
    'two of Ihde’s relations',
  ],
  [
    'compare fine-tuning with data cleaning',
    ['fine-tuning', 'data-cleaning'],
    compare('fine-tuning', 'data-cleaning'),
    'compare A with B',
  ],
  ['what limits data cleaning', ['data-cleaning'], limits('data-cleaning'), 'a measure’s limits'],
  ['limitations of staged release', ['staged-release'], limits('staged-release'), 'limitations of'],
  ['what is the mirroring effect', ['mirroring-effect'], undefined, 'what is'],
  ['how does homogenization amplify bias', ['homogenization', 'bias'], undefined, 'two ideas and a verb'],
  ['energy consumption of training', ['energy-consumption', 'large-scale-data-training'], undefined, 'of'],
  ['how is toxicity measured', ['toxicity-scoring'], undefined, '"measured" is not a governance question'],
  ['why are general models hard to interpret', ['interpretability'], undefined, 'a why-question'],
  ['carbon footprint of large models', ['environmental-impact', 'case-strubell-carbon'], undefined, 'an alias'],
  ['what is human-model-world', ['human-model-data-world'], undefined, 'the paper’s formula, loosely'],
  ['long tail effect of governance', ['long-tail-effect'], undefined, 'a limitation'],
  ['adversarial attack panda', ['case-adversarial-panda', 'adversarial-threat'], undefined, 'a case'],
  ['data leakage in training data', ['data-leakage', 'personal-information-in-training-data'], undefined, 'in'],
  ['downstream fine-tuning measures', ['downstream-measures', 'fine-tuning'], undefined, 'measures by name'],
  ['what does the paper recommend', ['open-full-process-value-embedded'], undefined, 'a kind by its verb'],
  ['who reviews the ethics of a model', ['concentration-of-review-power'], undefined, 'who'],
  ['what are the core traits', ['core-traits'], undefined, 'plural'],
  // Chinese questions and phrases
  ['隐私的治理措施', ['privacy-and-security'], governance('privacy-and-security'), '挑战 + 治理措施'],
  ['如何应对模型滥用', ['model-misuse', 'staged-release'], governance('model-misuse'), '如何应对'],
  ['哪些措施应对偏见', ['bias'], governance('bias'), '哪些措施'],
  ['涌现性和同质性的区别', ['emergence', 'homogenization'], compare('emergence', 'homogenization'), 'A 和 B 的区别'],
  ['偏见和毒性有什么不同', ['bias', 'toxicity'], compare('bias', 'toxicity'), 'A 和 B 有什么不同'],
  [
    '它异关系和诠释关系的区别',
    ['alterity-relation', 'hermeneutic-relation'],
    compare('alterity-relation', 'hermeneutic-relation'),
    '两种关系',
  ],
  ['数据清洗有哪些局限', ['data-cleaning'], limits('data-cleaning'), '有哪些局限'],
  ['分阶段开放的局限', ['staged-release'], limits('staged-release'), '的局限'],
  ['什么是镜像效应', ['mirroring-effect'], undefined, '什么是'],
  ['价值敏感设计是什么', ['value-sensitive-design'], undefined, '是什么'],
  ['算力的环境影响', ['environmental-impact', 'compute'], undefined, '的'],
  ['伦理委员会的作用', ['ethics-committee'], undefined, '的作用'],
  ['同质性如何放大偏见', ['homogenization', 'bias'], undefined, '如何'],
  ['训练数据中的个人信息', ['personal-information-in-training-data'], undefined, '中的'],
  ['全球正义与代际正义', ['global-justice', 'intergenerational-justice'], undefined, '与'],
  ['对抗样本的例子', ['case-adversarial-panda'], undefined, 'a kind by name (例子)'],
  ['数据层面的伦理挑战', ['data', 'privacy-and-security'], undefined, 'a level and a kind'],
  // The paper's sections, by number and by heading words
  ['2.2.1', ['§2.2.1'], undefined, 'a section number'],
  ['§4.1', ['§4.1'], undefined, 'with §'],
  ['第3节', ['§3'], undefined, '第…节'],
  ['section 5', ['§5'], undefined, 'section N'],
  ['core traits', ['core-traits', '§2.1.1'], undefined, 'heading words'],
  ['算法层面', ['algorithm', '§2.2.1'], undefined, 'heading words in Chinese'],
  ['governance mechanisms', ['governance-mechanism', '§4.2'], undefined, 'heading words'],
  ['通用模型的伦理挑战有哪些', ['§2.2'], undefined, 'a heading as a question'],
];

describe('phrases and questions', () => {
  it('has at least 30 of them in each language', () => {
    const han = phraseRows.filter(([q]) => /\p{Script=Han}/u.test(q)).length;
    assert.ok(
      han >= 15 && phraseRows.length - han >= 15 && phraseRows.length >= 30,
      `${han} Chinese of ${phraseRows.length}`,
    );
  });
  for (const [query, top5, intent, why] of phraseRows) {
    it(`“${query}” has ${top5.join(', ')} in the top 5${intent ? ` and reads as ${intent.kind}` : ''} (${why})`, () => {
      for (const lang of ['en', 'zh'] as const) {
        const answer = searcher.answer(query, lang);
        const first = answer.hits.slice(0, 5).map((h) => h.id);
        for (const id of top5) assert.ok(first.includes(id), `${lang}: ${id} not in ${first.join(', ')}`);
        assert.deepEqual(answer.intent, intent, lang);
      }
    });
  }
});

describe('search ranking', () => {
  for (const [query, expected, within, why] of rows) {
    it(`“${query}” finds ${expected} ${within === 1 ? 'first' : 'in the top 3'} (${why})`, () => {
      for (const lang of ['en', 'zh'] as const) {
        const ids = searcher.search(query, lang).map((h) => h.id);
        const at = ids.indexOf(expected);
        assert.ok(at >= 0 && at < within, `${lang}: got ${ids.slice(0, 5).join(', ')}`);
      }
    });
  }

  it('a two-character Chinese query does not fuzzily match unrelated words', () => {
    const hits = searcher.search('隐私', 'zh').filter((h) => h.field !== 'body');
    for (const h of hits) {
      const r = core.records.find((x) => x.id === h.id);
      const text = [r?.labelZh, ...(r?.aliasesZh ?? []), r?.summaryZh].join(' ');
      assert.ok(text.includes('隐私'), `${h.id} matched without containing 隐私`);
    }
  });

  it('ranks a label match above a match only in the body', () => {
    const hits = searcher.search('toxicity', 'en');
    assert.equal(hits[0]?.id, 'toxicity');
    const firstBody = hits.findIndex((h) => h.field === 'body');
    assert.ok(firstBody === -1 || firstBody > 0);
  });

  it('finds a word that appears only in an explanation', () => {
    // "surroundings" is in the explanation of the background relation (technology that
    // recedes into one's surroundings), not in any label, alias or summary.
    const inLabels = core.records.filter((r) =>
      [r.labelEn, ...r.aliasesEn, r.summaryEn].join(' ').toLowerCase().includes('surroundings'),
    );
    assert.equal(inLabels.length, 0, 'pick a body-only word for this test');
    const hits = searcher.search('surroundings', 'en');
    assert.equal(hits[0]?.id, 'background-relation');
    assert.equal(hits[0]?.field, 'body');
  });

  it('lists every idea whose name, alias, summary or explanation has a word starting “bias”, names first', () => {
    // Written independently of the index: the words of each text, and the explanation
    // with its markup removed (a quotation's translation is part of the English text).
    const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/);
    const has = (text: string) => words(text).some((w) => w.startsWith('bias'));
    const prose = (mdx: string) =>
      [...mdx.matchAll(/translation="([^"]*)"/g)].map((m) => m[1]).join(' ') + mdx.replace(/<[^>]*>/g, ' ');
    const explanations = new Map(
      readContentFiles()
        .files.filter((f) => f.lang === 'en')
        .map((f) => [f.id, prose(f.source)]),
    );
    const named = new Set(core.records.filter((r) => has([r.labelEn, ...r.aliasesEn].join(' '))).map((r) => r.id));
    const expected = new Set(
      core.records
        .filter((r) => named.has(r.id) || has(r.summaryEn) || has(explanations.get(r.id) ?? ''))
        .map((r) => r.id),
    );
    const answer = searcher.answer('bias', 'en');
    assert.deepEqual(new Set(answer.hits.map((h) => h.id)), expected);
    assert.equal(answer.total, expected.size);
    assert.equal(answer.complete, expected.size);
    const firstOther = answer.hits.findIndex((h) => !named.has(h.id));
    assert.ok(
      answer.hits.slice(firstOther).every((h) => !named.has(h.id)),
      'ideas named “bias” come first',
    );
    const byKind: Record<string, number> = {};
    for (const h of answer.hits) byKind[h.kind] = (byKind[h.kind] ?? 0) + 1;
    assert.deepEqual(answer.kinds, byKind);
  });

  it('builds only the hits asked for, and counts them all', () => {
    const all = searcher.answer('model', 'en');
    const few = searcher.answer('model', 'en', { limit: 5 });
    assert.deepEqual(
      few.hits.map((h) => h.id),
      all.hits.slice(0, 5).map((h) => h.id),
    );
    assert.equal(few.total, all.hits.length);
    assert.deepEqual(few.kinds, all.kinds);
  });

  it('never ends at nothing: says what each word finds, and offers nearer words', () => {
    const none = searcher.answer('tocksicity', 'en');
    assert.equal(none.total, 0);
    assert.deepEqual(none.suggestions, ['toxicity']);
    const some = searcher.answer('privacy crocodile', 'en');
    assert.equal(some.complete, 0);
    assert.ok(some.total > 0);
    assert.deepEqual(
      some.perTerm.map((p) => [p.term, p.count > 0]),
      [
        ['privacy', true],
        ['crocodile', false],
      ],
    );
    assert.equal(some.perTerm[0]?.top[0], 'privacy-and-security');
    assert.ok(some.hits.every((h) => h.missing.includes('crocodile')));
    // A Chinese typo: a wrong character of the same sound.
    assert.ok(searcher.answer('偏件', 'zh').suggestions.includes('偏见'));
    assert.ok(searcher.answer('涌现姓', 'zh').suggestions.includes('涌现性'));
  });

  it('names a typo it read as another word', () => {
    assert.deepEqual(searcher.answer('privcy', 'en').corrections, [{ term: 'privcy', to: 'privacy' }]);
    assert.deepEqual(searcher.answer('privacy', 'en').corrections, []);
  });

  it('returns nothing for an empty or whitespace query', () => {
    assert.deepEqual(searcher.search('   ', 'en'), []);
  });
});
