/** The theme's start-up script and the switch must agree on where the choice is stored. */
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';
import { THEME_STORAGE_KEY, parseThemeChoice } from './theme';
import { THEME_INIT_SCRIPT } from './theme-script';

/** Runs the start-up script against a stored value (or a storage that throws) and returns data-theme. */
function startUp(stored: string | null | Error): string | null {
  const attributes = new Map<string, string>();
  const window = {
    localStorage: {
      getItem(key: string) {
        if (stored instanceof Error) throw stored;
        return key === THEME_STORAGE_KEY ? stored : null;
      },
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  runInNewContext(THEME_INIT_SCRIPT, { window, document });
  return attributes.get('data-theme') ?? null;
}

describe('theme choice', () => {
  it('is applied by the start-up script from the key the switch writes', () => {
    assert.equal(startUp('dark'), 'dark');
    assert.equal(startUp('light'), 'light');
  });

  it('leaves the page to follow the system when nothing valid is stored or storage throws', () => {
    assert.equal(startUp(null), null);
    assert.equal(startUp('sepia'), null);
    assert.equal(startUp(new Error('SecurityError: storage is disabled')), null);
  });

  it('is a script that cannot close its own tag early', () => {
    assert.doesNotMatch(THEME_INIT_SCRIPT, /<\/script/i);
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
