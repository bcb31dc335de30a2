/**
 * The quotation-share rule on a paper small enough to count by hand: which Han characters
 * the quotations cover, and the longest stretch they cover once neighbours are merged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatShare, measureQuoteShare, quoteShareProblems } from './quote-share';

// 20 Han characters in four clauses, with a line break inside a clause and Latin letters.
const paper = '甲乙丙丁戊，己庚辛\n壬癸。子丑 AI 寅卯辰；巳午未申酉。';

describe('measureQuoteShare', () => {
  const cases: { name: string; quotes: string[]; quotedHan: number; longest: string }[] = [
    { name: 'nothing quoted', quotes: [], quotedHan: 0, longest: '' },
    { name: 'one clause', quotes: ['甲乙丙丁戊'], quotedHan: 5, longest: '甲乙丙丁戊' },
    { name: 'whitespace aside', quotes: ['己庚辛 壬癸'], quotedHan: 5, longest: '己庚辛壬癸' },
    { name: 'overlapping quotes count once', quotes: ['甲乙丙', '乙丙丁'], quotedHan: 4, longest: '甲乙丙丁' },
    {
      name: 'quotes joined by punctuation alone are one stretch',
      quotes: ['甲乙丙丁戊', '己庚辛'],
      quotedHan: 8,
      longest: '甲乙丙丁戊，己庚辛',
    },
    {
      name: 'quotes joined by Latin letters alone are one stretch',
      quotes: ['子丑', '寅卯'],
      quotedHan: 4,
      longest: '子丑AI寅卯',
    },
    { name: 'an unquoted Han character separates stretches', quotes: ['甲乙', '丁戊'], quotedHan: 4, longest: '甲乙' },
    { name: 'a quote not in the paper counts for nothing', quotes: ['天地'], quotedHan: 0, longest: '' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const share = measureQuoteShare(paper, c.quotes);
      assert.equal(share.totalHan, 20);
      assert.equal(share.quotedHan, c.quotedHan);
      assert.equal(share.share, c.quotedHan / 20);
      assert.equal(share.longest, c.longest);
    });
  }

  it('counts every place a recurring clause appears, as the shared quote checker does', () => {
    const share = measureQuoteShare('甲乙丙。甲乙丁。', ['甲乙']);
    assert.equal(share.quotedHan, 4);
    assert.equal(share.distinct, 1);
  });

  it('formats the share as people read it', () => {
    assert.equal(formatShare(0.3849), '38.5 %');
  });
});

describe('quoteShareProblems (the rule npm run check applies)', () => {
  const limits = { share: 0.4, stretch: 6 };
  it('passes quotations under both limits', () => {
    assert.deepEqual(quoteShareProblems(paper, ['甲乙丙', '子丑'], limits).problems, []);
  });
  it('fails above the share, naming the figures and the fix', () => {
    const { problems } = quoteShareProblems(paper, ['甲乙丙丁戊', '己庚辛', '巳午未'], limits);
    const hit = problems.find((p) => p.field === 'quotation share');
    assert.match(
      hit?.message ?? '',
      /55\.0 % of the paper's Han characters \(11 of 20\), more than the 40\.0 % allowed/,
    );
    assert.match(hit?.fix ?? '', /shortest clause/);
  });
  it('fails on a merged stretch longer than allowed, even under the share', () => {
    const { problems } = quoteShareProblems(paper, ['甲乙丙丁戊', '己庚'], limits);
    assert.deepEqual(
      problems.map((p) => p.field),
      ['quoted stretch'],
    );
  });
});
