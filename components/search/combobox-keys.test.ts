import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { comboboxKey, opensSearch, type KeyPress } from './combobox-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('opensSearch', () => {
  const rows: [KeyPress, boolean, boolean, string][] = [
    [press('k', { ctrlKey: true }), false, true, 'Ctrl+K'],
    [press('K', { metaKey: true }), true, true, '⌘K, even while typing in a field'],
    [press('/'), false, true, '/ on the page'],
    [press('/'), true, false, '/ typed in a field is a character'],
    [press('/', { ctrlKey: true }), false, false, 'Ctrl+/ is something else'],
    [press('k'), false, false, 'k alone'],
    [press('k', { ctrlKey: true, altKey: true }), false, false, 'Ctrl+Alt+K'],
  ];
  for (const [e, typing, opens, why] of rows)
    it(`${why}: ${opens ? 'opens' : 'does not open'}`, () => {
      assert.equal(opensSearch(e, typing), opens);
    });
});

describe('comboboxKey', () => {
  const rows: [string, number, number, ReturnType<typeof comboboxKey>][] = [
    ['ArrowDown', 0, 3, { type: 'move', to: 1 }],
    ['ArrowDown', 2, 3, { type: 'move', to: 0 }],
    ['ArrowUp', 0, 3, { type: 'move', to: 2 }],
    ['ArrowUp', 1, 3, { type: 'move', to: 0 }],
    ['ArrowDown', 0, 0, { type: 'none' }],
    ['Enter', 1, 3, { type: 'choose' }],
    ['Enter', 0, 0, { type: 'none' }],
    ['Escape', 0, 0, { type: 'close' }],
    ['a', 0, 3, { type: 'none' }],
  ];
  for (const [key, active, count, action] of rows)
    it(`${key} at ${active} of ${count} → ${action.type}`, () =>
      assert.deepEqual(comboboxKey(key, active, count), action));
});
