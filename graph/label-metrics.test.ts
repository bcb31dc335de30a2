/** Label widths and line breaks: what the layout leaves room for must hold the label. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isWide, textWidth, wrapLabel } from './label-metrics';

describe('textWidth', () => {
  const cases: [string, string, number, number][] = [
    // text, why, at least, at most (px at 13 px)
    ['Bias', 'four Latin letters, DejaVu widths', 4 * 0.55 * 13, 4 * 0.7 * 13],
    ['偏见', 'Han characters are one em each', 2 * 13, 2 * 13 * 1.1],
    ['（人-技术）', 'full-width brackets are one em', 2 * 13 + 2 * 0.6 * 13, 8 * 13],
    ['', 'nothing takes no room', 0, 0],
  ];
  for (const [text, why, min, max] of cases)
    it(`${JSON.stringify(text)}: ${why}`, () => {
      const w = textWidth(text, 13);
      assert.ok(w >= min && w <= max, `${w} not in [${min}, ${max}]`);
    });
  it('bold is wider', () => assert.ok(textWidth('Algorithm level', 13, true) > textWidth('Algorithm level', 13)));
  it('scales with the font size', () =>
    assert.ok(Math.abs(textWidth('Emergence', 26) - textWidth('Emergence', 13) * 2) <= 1));
});

describe('isWide', () => {
  for (const [ch, wide] of [
    ['偏', true],
    ['，', true],
    ['（', true],
    ['a', false],
    ['—', true],
    ['é', false],
  ] as const)
    it(`${ch} ${wide ? 'is' : 'is not'} one em wide`, () => assert.equal(isWide(ch), wide));
});

describe('wrapLabel', () => {
  const cases: { text: string; max: number; lines: string[] }[] = [
    { text: 'Bias', max: 100, lines: ['Bias'] },
    // Each line as long as fits: the first line's own width is the limit.
    {
      text: 'Large-scale data training',
      max: textWidth('Large-scale data', 13),
      lines: ['Large-scale data', 'training'],
    },
    { text: 'Lack of systematicity', max: textWidth('Lack of', 13), lines: ['Lack of', 'systematicity'] },
    // Chinese breaks between characters, never before closing punctuation.
    { text: '众包评审缺乏规范性依据', max: textWidth('众包评审缺乏', 13), lines: ['众包评审缺乏', '规范性依据'] },
    { text: '人-模型（数据）-世界', max: textWidth('（数据）-', 13), lines: ['人-模型', '（数据）-', '世界'] },
    // A word longer than a line gets a line of its own instead of being cut.
    { text: 'Interpretability', max: 40, lines: ['Interpretability'] },
  ];
  for (const c of cases)
    it(`${c.text} in ${c.max} px`, () => assert.deepEqual(wrapLabel(c.text, c.max, 13, 5), c.lines));
  it('every line fits, unless it is one word', () => {
    for (const text of [
      'Open, full-process, value-embedded ethical mechanism',
      '开放式、全流程、价值嵌入的伦理规约机制',
    ])
      for (const line of wrapLabel(text, 118, 13, 6))
        assert.ok(textWidth(line, 13) <= 118 || !/[\s\u3000-\u9fff]/.test(line), line);
  });
  it('ends a label cut short with an ellipsis', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 40, 13, 2);
    assert.equal(lines.length, 2);
    assert.match(lines[1] ?? '', /…$/);
  });
});
