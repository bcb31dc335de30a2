/**
 * Citations name the section their quote stands in: the innermost heading above it. A
 * miniature paper with every heading, and quotes from the text under each.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PAPER_HEADINGS, makeSectionFinder } from './quotes';
import { SECTIONS, type Section } from './schema';

// Each section's heading followed by one sentence that names the section.
const paper = SECTIONS.map((s) => `${PAPER_HEADINGS[s]}\n这是${s}节的正文。`).join('\n') + '\n重复之句。';
const sectionsOf = makeSectionFinder(paper);

describe('makeSectionFinder', () => {
  const cases: { quote: string; expect: Section[] }[] = [
    { quote: '这是abstract节的正文', expect: ['abstract'] },
    { quote: '这是 2.2.1 节的正文', expect: ['2.2.1'] },
    // §4 is only the text before the 4.1 heading; a clause under 4.2 is §4.2, not §4.
    { quote: '这是4节的正文', expect: ['4'] },
    { quote: '这是4.2节的正文', expect: ['4.2'] },
    { quote: '这是5节的正文', expect: ['5'] },
    { quote: '不在论文中', expect: [] },
  ];
  for (const c of cases) {
    it(`places "${c.quote}" in ${c.expect.join(', ') || 'no section'}`, () => {
      assert.deepEqual(sectionsOf(c.quote), c.expect);
    });
  }

  it('gives every section a quote that recurs in several', () => {
    const twice = makeSectionFinder(
      paper.replace('这是1节的正文。', '这是1节的正文。同一句。').replace('这是3节的正文。', '同一句。'),
    );
    assert.deepEqual(twice('同一句'), ['1', '3']);
  });

  it('finds no section when the headings are not in the text (another paper)', () => {
    assert.deepEqual(makeSectionFinder('没有标题的文字。')('没有标题'), []);
  });
});
