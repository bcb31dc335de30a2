/** Quoting a piece of an address back to the reader never cuts a character in half. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerpt } from './excerpt';

describe('excerpt', () => {
  const rows: [text: string, max: number, expected: string][] = [
    ['', 5, ''],
    ['focus', 60, 'focus'],
    ['abcdef', 3, 'abc'],
    ['a😀b', 2, 'a'],
    ['😀😀', 3, '😀'],
    ['😀😀', 4, '😀😀'],
    ['涌现性𠀀', 4, '涌现性'],
  ];
  for (const [text, max, expected] of rows) {
    it(`cuts ${JSON.stringify(text)} to at most ${max} units as ${JSON.stringify(expected)}`, () =>
      assert.equal(excerpt(text, max), expected));
  }
});
