import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inParentheses, withColon } from './punctuation';
import { halfWidthMarks } from './zh-punctuation';

describe('punctuation joining interface text', () => {
  it('writes English with half-width marks and spaces', () => {
    assert.equal(withColon('en', 'Formula'), 'Formula: ');
    assert.equal(`Bias${inParentheses('en', 'editorial')}`, 'Bias (editorial)');
  });
  it('writes Chinese with full-width marks the punctuation check accepts', () => {
    const text = `${withColon('zh', '公式')}人-技术-世界 偏见${inParentheses('zh', '编者推断')}`;
    assert.equal(text, '公式：人-技术-世界 偏见（编者推断）');
    assert.deepEqual(halfWidthMarks(text), []);
  });
});
