/** The theme's start-up script and the switch must agree on where the choice is stored. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { THEME_STORAGE_KEY, parseThemeChoice } from './theme';

describe('theme choice', () => {
  it('is read by public/theme-init.js under the key the switch writes', () => {
    const script = readFileSync(new URL('../public/theme-init.js', import.meta.url), 'utf8');
    assert.match(script, new RegExp(`getItem\\('${THEME_STORAGE_KEY}'\\)`));
  });

  for (const [stored, choice] of [
    ['light', 'light'],
    ['dark', 'dark'],
    [null, 'system'],
    ['system', 'system'],
    ['sepia', 'system'],
    ['', 'system'],
  ] as const) {
    it(`reads ${JSON.stringify(stored)} as ${choice}`, () => {
      assert.equal(parseThemeChoice(stored), choice);
    });
  }
});
