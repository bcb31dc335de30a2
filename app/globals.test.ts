/**
 * The colour tokens of globals.css: the dark theme is written twice (for "follow the
 * system" under a media query, and for an explicit choice under [data-theme='dark']),
 * so the two copies must stay identical; and every text colour must stay legible on
 * every background in both themes (WCAG AA), which axe can only check page by page.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const css = readFileSync(new URL('./globals.css', import.meta.url), 'utf8');

/** The `--name: #rrggbb` declarations of the first rule whose selector is `selector`. */
function tokens(selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  assert.ok(start >= 0, `globals.css has no rule "${selector}"`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
}

const light = tokens(':root');
const darkBySystem = tokens(":root:not([data-theme='light'])");
const darkByChoice = tokens(":root[data-theme='dark']");

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const BACKGROUNDS = ['--bg', '--bg-soft', '--card', '--quote-bg'];
const kindTokens = [...light.keys()].filter((k) => k.startsWith('--k-'));
/** Colours used for text, and the least contrast each needs against every background. */
const TEXT: [string, number][] = [
  ...['--fg', '--muted', '--link', '--inferred', '--accent', ...kindTokens].map((t): [string, number] => [t, 4.5]),
  // The focus ring and borders that mark state are not text: 3:1 (WCAG 1.4.11).
  ['--focus', 3],
];

describe('colour tokens', () => {
  it('defines the dark theme identically for the system preference and for the reader’s choice', () => {
    assert.ok(darkBySystem.size > 0);
    assert.deepEqual([...darkByChoice], [...darkBySystem]);
  });

  it('gives every light colour a dark counterpart', () => {
    assert.deepEqual([...darkBySystem.keys()].sort(), [...light.keys()].sort());
  });

  for (const [theme, palette] of [
    ['light', light],
    ['dark', darkBySystem],
  ] as const) {
    for (const [fg, min] of TEXT) {
      for (const bg of BACKGROUNDS) {
        it(`${theme}: ${fg} on ${bg} has a contrast of at least ${min}:1`, () => {
          const a = palette.get(fg);
          const b = palette.get(bg);
          assert.ok(a && b, `${theme} theme lacks ${a ? bg : fg}`);
          assert.ok(contrast(a, b) >= min, `${fg} ${a} on ${bg} ${b}: ${contrast(a, b).toFixed(2)}:1`);
        });
      }
    }
    it(`${theme}: --bg on --link (a selected switch, a step number) has a contrast of at least 4.5:1`, () => {
      const ratio = contrast(palette.get('--bg') ?? '', palette.get('--link') ?? '');
      assert.ok(ratio >= 4.5, `${ratio.toFixed(2)}:1`);
    });
  }
});
