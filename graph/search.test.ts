/**
 * Ranking: real queries a reader would type, and the idea that must come first (or in the
 * top three). Runs on the real graph and explanations, so a content change that breaks
 * search shows up here.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContentFiles } from '../content/load';
import { loadGraph } from './load';
import { createSearcher } from './search';
import { buildBodyIndex, buildCoreIndex, searchRecords } from './search-build';

const index = loadGraph();
const core = buildCoreIndex(searchRecords(index), index.graph.version);
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

  it('returns nothing for an empty or whitespace query', () => {
    assert.deepEqual(searcher.search('   ', 'en'), []);
  });
});
