/** The text table: columns padded to their widest cell, multi-line cells kept in line. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatTable } from './table';

describe('formatTable', () => {
  it('pads columns and spreads multi-line cells over lines', () => {
    const text = formatTable(
      ['a', 'b'],
      [
        { a: 'one', b: 'x\nyy' },
        { a: '隐私', b: '' },
      ],
    );
    assert.equal(
      text,
      [
        '┌──────┬────┐',
        '│ a    │ b  │',
        '├──────┼────┤',
        '│ one  │ x  │',
        '│      │ yy │',
        '├──────┼────┤',
        '│ 隐私 │    │',
        '└──────┴────┘',
      ].join('\n'),
    );
  });
});
