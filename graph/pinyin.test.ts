/**
 * The glossary's pinyin: polyphones read as the phrase around them asks (a table of the
 * glossary's terms that contain one), words written together, punctuation never spaced
 * inside, and Chinese terms sorted by pinyin rather than by code point.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pinyin } from 'pinyin-pro';
import { loadGraph } from './load';
import { PINYIN_CORRECTIONS, compareLabels, pinyinKey, sortByLabel, termPinyin } from './pinyin';

describe('polyphones in the glossary’s terms', () => {
  // Each term has a character with more than one reading; the reading here is the right one.
  const rows: [string, string][] = [
    ['只针对特定对象开放', 'zhǐ zhēnduì tèdìng duìxiàng kāifàng'],
    ['任务泛化', 'rènwù fànhuà'],
    ['长尾效应', 'chángwěi xiàoyìng'],
    ['重要领域', 'zhòngyào lǐngyù'],
    ['微调', 'wēitiáo'],
    ['数据层面', 'shùjù céngmiàn'],
    ['统计偏见', 'tǒngjì piānjiàn'],
    ['细小误差的下游影响', 'xìxiǎo wùchā de xiàyóu yǐngxiǎng'],
    ['模型强大的推理能力', 'móxíng qiángdà de tuīlǐ nénglì'],
    ['不加分辨地体现社会问题', 'bùjiā fēnbiàn de tǐxiàn shèhuì wèntí'],
    ['参数增加引起的行为质变', 'cānshù zēngjiā yǐnqǐ de xíngwéi zhìbiàn'],
    ['背景关系', 'bèijǐng guānxì'],
    ['知觉透明性', 'zhījué tòumíngxìng'],
    ['多角度评估潜在影响', 'duō jiǎodù pínggū qiánzài yǐngxiǎng'],
    ['政策战略', 'zhèngcè zhànlüè'],
    ['不确定性', 'bù quèdìngxìng'],
    ['“一荣俱荣，一损俱损”效应', '“yīróng jùróng, yīsǔn jùsǔn” xiàoyìng'],
    ['治理技术割裂零散', 'zhìlǐ jìshù gēliè língsǎn'],
  ];
  for (const [term, expected] of rows) it(`${term} → ${expected}`, () => assert.equal(termPinyin(term), expected));

  it('corrects only what pinyin-pro gets wrong: each correction differs from its default reading', () => {
    for (const [phrase, reading] of Object.entries(PINYIN_CORRECTIONS))
      assert.equal(pinyin(phrase, { toneSandhi: false }), reading, phrase);
  });
});

describe('pinyin as written text', () => {
  const rows: [string, string][] = [
    ['人-模型（数据）-世界', 'rén-móxíng (shùjù)-shìjiè'],
    ['毒性评分（Perspective API）', 'dúxìng píngfēn (Perspective API)'],
    ['开放式、全流程、价值嵌入的伦理规约机制', 'kāifàngshì, quánliúchéng, jiàzhí qiànrù de lúnlǐ guīyuē jīzhì'],
    ['伊德的人与技术的 4 种关系', 'Yīdé de rén yǔ jìshù de 4 zhǒng guānxì'],
    ['黑天鹅事件', "hēitiān'é shìjiàn"],
    ['涌现性', 'yǒngxiànxìng'],
  ];
  for (const [term, expected] of rows) it(`${term} → ${expected}`, () => assert.equal(termPinyin(term), expected));

  it('never spaces punctuation inside brackets or quotation marks, for every term of the glossary', () => {
    for (const n of loadGraph().graph.nodes) {
      const p = termPinyin(n.label.zh);
      assert.doesNotMatch(p, /[(“‘] | [)”’,:;]|（|）|，|、/u, `${n.label.zh} → ${p}`);
      assert.doesNotMatch(p, / {2}/, `${n.label.zh} → ${p}`);
    }
  });
});

describe('sorting Chinese terms', () => {
  it('sorts by pinyin, not by code point', () => {
    const terms = ['涌现性', '同质性', '偏见', '长尾效应', '毒性', '隐私安全', '重要领域'];
    assert.deepEqual([...terms].sort(compareLabels('zh')), [
      '长尾效应',
      '毒性',
      '偏见',
      '同质性',
      '隐私安全',
      '涌现性',
      '重要领域',
    ]);
    assert.notDeepEqual([...terms].sort(), [...terms].sort(compareLabels('zh')));
  });

  it('sorts by the reading the phrase asks for (重要 zhòng, not chóng)', () => {
    assert.ok(pinyinKey('重要领域').startsWith('zhong'));
    assert.ok(compareLabels('zh')('重要领域', '资源') < 0);
  });

  it('sorts English labels alphabetically, ignoring case and leading quotation marks', () => {
    const items = ['“Mirror” effect', 'bias', 'Emergence'].map((en) => ({ label: { en, zh: en } }));
    assert.deepEqual(
      sortByLabel(items, 'en').map((i) => i.label.en),
      ['bias', 'Emergence', '“Mirror” effect'],
    );
  });
});
