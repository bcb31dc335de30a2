/**
 * The quiz exports round-trip: what GIFT, Moodle XML, QTI 1.2 and QTI 2.1 readers that
 * are not ours (gift-pegjs, fast-xml-parser, fflate) get back is the questions, options,
 * right answers, categories and feedback we wrote — also for text full of each format's
 * special characters. The real bank is checked the same way in content/questions.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { QuestionBank, type Question } from '../questions/schema';
import { answerSheet } from './answer-sheet';
import { escapeGift, toGift } from './gift';
import { toMoodleXml, type MoodleWords } from './moodle-xml';
import { qti12Package } from './qti12';
import { QUIZ_FORMATS, differences, readGift, roundTrip } from './quiz-roundtrip';
import { quizItems, type QuizContext } from './quiz';
import { TEST_META } from './testing';

export const TEST_WORDS: MoodleWords = {
  bank: 'Framework: explorer / test',
  section: (s) => `Section ${s}`,
  readMore: 'Read more',
  topics: {
    level: 'Levels',
    example: 'Examples',
    formula: 'Formulas',
    figure: 'Figures',
    family: 'Groups',
    limitation: 'Limitations',
    argument: 'Argument',
  },
  levels: { algorithm: 'Algorithm level', data: 'Data level', compute: 'Compute level' },
  tour: (t) => `Tour · ${t}`,
  right: 'Right.',
  wrong: 'Not quite.',
};

const AWKWARD = 'Braces {x}, tilde ~, equals =, hash #, colon: and a back\\slash & <b>tags</b> "quoted"';
const citation = { from: 'bias', section: '2.2.2' as const, quote: '偏见可以理解为一种态度或行为上的倾向：{}~=#' };

/** A tiny bank whose text tries to break every format. */
export const AWKWARD_BANK: Question[] = QuestionBank.parse({
  version: '0.0.1',
  questions: [
    {
      id: 'level.bias.forward',
      origin: 'derived',
      topic: 'level',
      type: 'choice',
      stem: { en: `${AWKWARD}?`, zh: '“偏见”出现在哪个层面？{～}' },
      options: [
        { text: { en: 'Algorithm level', zh: '算法层面' }, ref: 'algorithm' },
        { text: { en: `Data level ${AWKWARD}`, zh: '数据层面：＝#' }, ref: 'data' },
        { text: { en: 'Compute level', zh: '算力层面' }, ref: 'compute' },
      ],
      answer: 1,
      explanation: { en: `Because ${AWKWARD}.`, zh: '因为：{}~=#\\' },
      evidence: { nodes: ['bias', 'data'], edges: ['bias--arises-at--data'], citation, link: 'bias' },
      fact: { kind: 'level', key: 'bias', way: 'forward' },
      tours: ['traits-to-risks'],
      levels: ['data'],
      nodes: ['bias', 'data'],
    },
    {
      id: 'traits-to-risks.name-it',
      origin: 'authored',
      topic: 'argument',
      type: 'short',
      stem: { en: 'What replaces human–technology–world: {name}?', zh: '什么取代了“人-技术-世界”？' },
      answers: { en: ['human–model(data)–world', 'a=b #1'], zh: ['人-模型（数据）-世界'] },
      explanation: { en: 'A model mediates.', zh: '模型成为中介。' },
      evidence: { nodes: ['bias'], edges: [], citation, link: 'bias' },
      tours: ['traits-to-risks'],
      levels: [],
      nodes: ['bias'],
    },
  ],
}).questions;

const ctx = (lang: 'en' | 'zh'): QuizContext => ({
  lang,
  words: TEST_WORDS,
  meta: TEST_META,
  label: (id) => (id === 'bias' ? { en: 'Bias & co', zh: '偏见' } : undefined),
  tourTitle: (id) => (id === 'traits-to-risks' ? { en: 'From traits to risks', zh: '从特性到风险' } : undefined),
});

describe('quiz exports round-trip', () => {
  for (const lang of ['en', 'zh'] as const) {
    for (const scope of [{ kind: 'all' as const }, { kind: 'tour' as const, id: 'traits-to-risks' }]) {
      const items = quizItems(AWKWARD_BANK, scope, ctx(lang));
      const read = roundTrip(items, lang, TEST_WORDS);
      for (const format of QUIZ_FORMATS)
        it(`${format}, ${lang}, ${scope.kind}: the same questions, answers, categories and feedback`, () =>
          assert.deepEqual(differences(items, read[format], format, TEST_WORDS), []));
    }
  }

  it('puts derived questions under their level and authored ones under their tour in the whole bank', () => {
    const items = quizItems(AWKWARD_BANK, { kind: 'all' }, ctx('en'));
    assert.deepEqual(
      items.map((i) => i.category),
      [
        ['Framework: explorer / test', 'Data level'],
        ['Framework: explorer / test', 'Tour · From traits to risks'],
      ],
    );
  });

  it('accepts short answers in both languages, this one first', () => {
    const [, zh] = quizItems(AWKWARD_BANK, { kind: 'all' }, ctx('zh'));
    assert.deepEqual(zh?.answers, ['人-模型（数据）-世界', 'human–model(data)–world', 'a=b #1']);
  });
});

describe('GIFT escaping', () => {
  const rows: [string, string][] = [
    ['a~b', 'a\\~b'],
    ['x = y', 'x \\= y'],
    ['#1', '\\#1'],
    ['{a}', '\\{a\\}'],
    ['a: b', 'a\\: b'],
    ['c:\\d', 'c\\:\\\\d'],
    ['line\nbreak', 'line break'],
  ];
  for (const [raw, escaped] of rows) it(JSON.stringify(raw), () => assert.equal(escapeGift(raw), escaped));

  it('writes a category line per category and an [id:] comment per question', () => {
    const gift = toGift(quizItems(AWKWARD_BANK, { kind: 'all' }, ctx('en')), TEST_WORDS, ['header']);
    assert.match(gift, /^\/\/ header/);
    assert.equal(gift.match(/^\$CATEGORY: \$course\$\/top\/Framework: explorer \/\/ test\//gm)?.length, 2);
    assert.deepEqual(
      readGift(gift).map((q) => q.id),
      ['level.bias.forward', 'traits-to-risks.name-it'],
    );
  });
});

describe('Moodle XML', () => {
  it('escapes markup once, so Moodle shows the text as written', () => {
    const xml = toMoodleXml(quizItems(AWKWARD_BANK, { kind: 'all' }, ctx('en')), TEST_WORDS, 'c -- d');
    assert.ok(
      xml.includes('&lt;b&gt;tags&lt;/b&gt;'.replace(/&/g, '&amp;')),
      'tags in text are HTML-escaped inside XML',
    );
    assert.ok(!xml.includes('<b>'));
    assert.ok(!xml.includes('c -- d'), 'a comment never holds "--"');
  });
});

describe('QTI 1.2', () => {
  it('makes an assessment per category, each listed in the manifest', () => {
    const zip = qti12Package(
      'pkg',
      'Title',
      quizItems(AWKWARD_BANK, { kind: 'all' }, ctx('en')),
      TEST_WORDS,
      new Date(0),
    );
    const files = Object.keys(unzipSync(zip)).sort();
    assert.deepEqual(files, ['imsmanifest.xml', 'pkg-1/pkg-1.xml', 'pkg-2/pkg-2.xml']);
    const manifest = strFromU8(unzipSync(zip)['imsmanifest.xml'] ?? new Uint8Array());
    assert.equal(manifest.match(/type="imsqti_xmlv1p2"/g)?.length, 2);
  });
});

describe('answer sheet', () => {
  const html = answerSheet(
    quizItems(AWKWARD_BANK, { kind: 'all' }, ctx('en')),
    'en',
    TEST_WORDS,
    {
      title: 'Quiz <1>',
      intro: 'Answer.',
      name: 'Name',
      date: 'Date',
      answerLine: 'Your answer',
      key: 'Answer key',
      keyIntro: 'Right answers.',
      accepted: 'Accepted',
      source: 'From',
    },
    'https://example.edu',
  );
  it('lists the questions, then the key with each right option by its letter', () => {
    assert.ok(html.indexOf('<ol class="questions">') < html.indexOf('<section class="key"'));
    assert.match(html, /<strong>B<\/strong> — Data level/);
    assert.match(html, /<strong>Accepted:<\/strong> human–model\(data\)–world/);
  });
  it('escapes every text and starts the key on a new page when printed', () => {
    assert.ok(html.includes('Quiz &lt;1&gt;') && !html.includes('<b>tags'));
    assert.match(html, /\.key\{break-before:page/);
  });
});
