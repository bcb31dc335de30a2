/**
 * How a query is read: filler words dropped in both languages, Chinese cut into words and
 * phrases, English word forms, section numbers.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareSides, intentOf } from './search-intent';
import {
  normaliseQuery,
  readQuery,
  sectionNumbers,
  segmentHan,
  wordForms,
  type QueryTerm,
  type ZhDictionary,
} from './search-text';

/** A small dictionary, as the index would have it from labels and explanations. */
const words = new Set([
  '隐私',
  '隐私安全',
  '治理',
  '措施',
  '涌现性',
  '涌现',
  '同质性',
  '同质',
  '性的',
  '数据',
  '清洗',
  '局限',
  '镜像效应',
  '有害',
  '内容',
  '参与',
  '中介性',
]);
const dict: ZhDictionary = { has: (w) => words.has(w), maxLength: 4 };
const read = (q: string) => readQuery(normaliseQuery(q), dict);
const texts = (q: string) => read(q).terms.map((t) => t.text);

describe('readQuery', () => {
  const rows: [query: string, terms: string[], why: string][] = [
    ['bias', ['bias'], 'one word'],
    ['What is the difference between emergence and homogenization?', ['emergence', 'homogenization'], 'a question'],
    ['privacy measures', ['privacy', 'measures'], 'no filler'],
    ['what limits data cleaning', ['limits', 'data', 'cleaning'], 'filler "what"'],
    ['the', ['the'], 'only filler: the word itself is searched'],
    ['  Foundation   MODEL ', ['foundation', 'model'], 'case and spaces'],
    ['ＢＩＡＳ', ['bias'], 'full-width letters'],
    ['隐私的治理措施', ['隐私', '治理措施'], 'Chinese: 的 separates, the words between stay a phrase'],
    ['涌现性和同质性的区别', ['涌现性', '同质性'], 'a longer word (同质性) wins over the body word 性的'],
    ['数据清洗有哪些局限', ['数据清洗', '局限'], '有哪些 is filler'],
    ['什么是镜像效应', ['镜像效应'], '什么是 is filler'],
    ['有害内容', ['有害内容'], '有 inside a word is not filler'],
    ['中介性', ['中介性'], '中 inside a word is not filler'],
    ['隐私 bias', ['隐私', 'bias'], 'mixed scripts'],
    ['bias bias', ['bias'], 'a repeated word counts once'],
    ['比较', ['比较'], 'only Chinese filler: searched as written'],
  ];
  for (const [query, terms, why] of rows) {
    it(`${JSON.stringify(query)} → ${terms.join(' · ')} (${why})`, () => assert.deepEqual(texts(query), terms));
  }

  it('names the filler words it dropped', () => {
    assert.deepEqual(read('what is the bias').dropped, ['what', 'is', 'the']);
    assert.deepEqual(read('隐私的治理措施').dropped, ['的']);
  });

  it('keeps the words of a Chinese phrase', () => {
    assert.deepEqual(read('隐私的治理措施').terms[1]?.parts, ['治理', '措施']);
  });
});

describe('segmentHan', () => {
  it('takes the longest word, and keeps characters that begin no word together', () => {
    assert.deepEqual(segmentHan('隐私安全鳄鱼', dict), ['隐私安全', '鳄鱼']);
    assert.deepEqual(segmentHan('鳄鱼的隐私', dict), ['鳄鱼', '的', '隐私']);
  });
});

describe('wordForms', () => {
  // Forms are looked up in the index (and as the start of longer words), so a form that is
  // no word ("cleane") costs nothing; what matters is that the right one is among them.
  const rows: [string, string[]][] = [
    ['measures', ['measure']],
    ['limits', ['limit']],
    ['studies', ['study']],
    ['cleaning', ['clean']],
    ['limited', ['limit']],
    ['approaches', ['approach']],
  ];
  for (const [w, forms] of rows)
    it(`${w} → ${forms.join(', ')}`, () => {
      for (const f of forms) assert.ok(wordForms(w).includes(f), `${wordForms(w).join(', ')}`);
    });
  for (const w of ['bias', 'process', 'consensus', 'data', 'analysis'])
    it(`${w} keeps its form`, () => assert.deepEqual(wordForms(w), []));
});

describe('sectionNumbers', () => {
  const rows: [string, string[]][] = [
    ['2.2.1', ['2.2.1']],
    ['§4.1', ['4.1']],
    ['section 3', ['3']],
    ['第3节', ['3']],
    ['第 2.1 节', ['2.1']],
    ['s2-2-1', ['2.2.1']],
    ['3', ['3']],
    ['top 3 risks', []],
    ['2-2', []],
    ['bias', []],
  ];
  for (const [q, numbers] of rows)
    it(`${JSON.stringify(q)} → ${numbers.join(', ') || 'none'}`, () =>
      assert.deepEqual(sectionNumbers(normaliseQuery(q)), numbers));
});

describe('compareSides', () => {
  const rows: [string, [string, string] | undefined][] = [
    ['emergence vs homogenization', ['emergence', 'homogenization']],
    ['emergence vs. homogenization', ['emergence', 'homogenization']],
    ['homogenization versus emergence', ['homogenization', 'emergence']],
    ['difference between bias and toxicity', ['bias', 'toxicity']],
    ["what's the difference between bias and toxicity?", ['bias', 'toxicity']],
    ['how does bias differ from toxicity', ['bias', 'toxicity']],
    ['compare fine-tuning with data cleaning', ['fine-tuning', 'data cleaning']],
    ['涌现性和同质性的区别', ['涌现性', '同质性']],
    ['涌现性与同质性有什么不同', ['涌现性', '同质性']],
    ['比较偏见和毒性', ['偏见', '毒性']],
    ['偏见 vs 毒性', ['偏见', '毒性']],
    ['privacy and security', undefined],
    ['隐私和安全', undefined],
    ['bias', undefined],
  ];
  for (const [q, sides] of rows)
    it(`${JSON.stringify(q)} → ${sides ? sides.join(' | ') : 'no comparison'}`, () =>
      assert.deepEqual(compareSides(normaliseQuery(q)), sides));
});

describe('intentOf', () => {
  const term = (text: string, parts = [text]): QueryTerm => ({
    text,
    script: /[a-z]/.test(text) ? 'latin' : 'han',
    parts,
  });
  const rows: [QueryTerm, string | undefined][] = [
    [term('measures'), 'governance'],
    [term('addressed'), 'governance'],
    [term('mitigate'), 'governance'],
    [term('governance'), 'governance'],
    [term('limits'), 'limits'],
    [term('limitations'), 'limits'],
    [term('drawbacks'), 'limits'],
    [term('治理措施', ['治理', '措施']), 'governance'],
    [term('应对'), 'governance'],
    [term('局限性'), 'limits'],
    [term('不足'), 'limits'],
    [term('bias'), undefined],
    [term('隐私'), undefined],
    [term('隐私治理', ['隐私', '治理']), undefined],
  ];
  for (const [t, intent] of rows) it(`${t.text} → ${intent ?? 'none'}`, () => assert.equal(intentOf(t), intent));
});
