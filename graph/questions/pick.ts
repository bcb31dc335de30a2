/**
 * Small pure helpers the question generator and the bank share: a stable order for
 * options and distractors (the same on every build, so a reader's saved answers and an
 * exported quiz keep meaning the same thing), label forms for options, and figure matching.
 */
import type { Localized } from '../schema';

/** FNV-1a, 32 bits: a stable, well-spread hash of a string. */
export function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** `items` in an order fixed by `seed`: shuffled, but the same for the same seed. */
export function stableShuffle<T>(items: readonly T[], seed: string, key: (t: T) => string): T[] {
  return [...items]
    .map((item) => ({ item, h: hash(`${seed}\u0000${key(item)}`) }))
    .sort((a, b) => a.h - b.h || key(a.item).localeCompare(key(b.item)))
    .map((x) => x.item);
}

/**
 * A label as an option or inside a question: without the kind prefix some case labels
 * carry ("Case: the traffic light") and without a closing parenthesis that names the
 * answer ("Eyeglasses (embodiment)").
 */
export function plainLabel(label: Localized): Localized {
  const en = label.en.replace(/^Case:\s*/i, '').replace(/\s*\([^()]*\)$/, '');
  const zh = label.zh.replace(/^案例：/, '').replace(/（[^（）]*）$/, '');
  return { en: en.charAt(0).toUpperCase() + en.slice(1), zh };
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Whether `quote` prints `figure`, whitespace aside, as a whole number: "3" is not in
 * "30" nor in "0.3", "60%" is not "60", "2" is not in "2022".
 */
export function printsFigure(quote: string, figure: string): boolean {
  const q = squash(quote);
  const f = squash(figure);
  if (f.length === 0) return false;
  for (let at = q.indexOf(f); at >= 0; at = q.indexOf(f, at + 1)) {
    const before = q.charAt(at - 1);
    const after = q.charAt(at + f.length);
    const numberStart = /^[0-9.]/.test(f);
    const numberEnd = /[0-9.]$/.test(f);
    if (numberStart && /[0-9.]/.test(before)) continue;
    if (numberEnd && /[0-9.%]/.test(after)) continue;
    return true;
  }
  return false;
}

/** The same figure or formula, whitespace aside: two such options would be one. */
export const sameText = (a: string, b: string) => squash(a) === squash(b);

/** Whether `quote` contains `text`, whitespace aside (quotes are verbatim up to whitespace). */
export const quoteContains = (quote: string, text: string) => squash(quote).includes(squash(text));

/**
 * A rough magnitude of a printed figure, to offer the nearest other figures as wrong
 * options ("1.1 亿" → 1.1e8, "90 万—300 万美元" → 9e5, "万亿" → 1e12, "两个" → 2).
 */
export function magnitude(printed: string): number {
  const s = squash(printed);
  const m = /([0-9]+(?:\.[0-9]+)?)(万亿|亿|万)?/.exec(s);
  if (!m && /^两/.test(s)) return 2;
  if (!m) return s.includes('万亿') ? 1e12 : s.includes('亿') ? 1e8 : s.includes('万') ? 1e4 : 1;
  const unit = m[2] === '万亿' ? 1e12 : m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1;
  return Number(m[1]) * unit;
}
