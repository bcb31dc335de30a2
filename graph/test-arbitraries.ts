/**
 * Shared fast-check arbitraries for the property tests of every URL-parameter parser (the
 * explorer's state, a tour's step, the search query, and any parser added later). A
 * parser reads whatever a link, a bookmark or a hand-edited address gives it, so these
 * generate what arrives in practice and what an attacker would try: arbitrary Unicode,
 * very long values, markup, broken `%` escapes, repeated and unknown parameters, and the
 * keys that break object-as-map code (`__proto__`, `constructor`).
 *
 * To test a new parser, in `graph/<parser>.property.test.ts`:
 *
 *   fc.assert(fc.property(hostileQuery(['view', 'lang'], fc.oneof(hostileText, validValue)), (q) => {
 *     const r = parseMyParams(q);             // never throws: fast-check reports the input if it does
 *     assert.ok(isValidResult(r));            // the parser's own invariants
 *     expectCleanPrototypes();
 *   }), PROPERTY_RUNS);
 *
 * and, with an arbitrary of valid states, that parse(serialize(state)) gives the state back.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';

/**
 * How many cases each property tries (enough to find the odd input, few enough for a
 * 2-core machine); a failure names the assertion that failed as well as the input.
 */
export const PROPERTY_RUNS = { numRuns: 300, includeErrorInReport: true } as const;

/** Values picked to break naive parsers and naive pages. */
export const NASTY_VALUES: readonly string[] = [
  '',
  ' ',
  '\t\n',
  '\u3000',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '%',
  '%%',
  '%2',
  '%zz',
  '%00',
  '%0A',
  '%C3%28',
  '%ED%A0%80',
  '%25',
  '%2C',
  '%26',
  '%3D',
  '%23',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'none',
  'NONE',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '00',
  '1e0',
  '0x1',
  '1.0',
  '+1',
  ' 1',
  '1 ',
  '２',
  '٣',
  '99999999999999999999',
  ',',
  ',,,',
  '😀',
  '涌现性',
  '\u202Eevil',
  '\u0000',
  '\uD800',
  '\uDFFF',
  'a\uD83D',
];

/** Keys that are not parameters of any parser, some of them dangerous in object-as-map code. */
export const NASTY_KEYS: readonly string[] = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  'Focus',
  'STEP',
  'q ',
  'q[]',
  'step[0]',
  '%',
  '<script>',
  '😀',
];

/** Fragments of percent-escapes, whole and broken, and the characters that delimit a query. */
const escapeJunk = fc
  .array(
    fc.constantFrom(
      '%',
      '%2',
      '%zz',
      '%E6%B6',
      '%E6%B6%8C',
      '%F0%9F%98%80',
      '%D8%00',
      '%2C',
      '&',
      '=',
      '?',
      '#',
      '+',
      ',',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/**
 * Very long values (up to about 80,000 UTF-16 units), made of repeats so they stay cheap
 * to generate. A short prefix shifts the repeats, so a cut at any length may fall inside
 * an emoji or another character of two UTF-16 units.
 */
export const longText: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ unit: 'grapheme-ascii', maxLength: 3 }),
    fc.oneof(
      fc.constantFrom('x', '😀', '𠀀', '涌', '<script>', ',trait', '%'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
    ),
    fc.integer({ min: 100, max: 20_000 }),
  )
  .map(([prefix, unit, times]) => prefix + unit.repeat(times));

/** Any value a parameter might carry. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NASTY_VALUES),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  escapeJunk,
  longText,
);

/**
 * A parameter name: mostly the parser's own (so repeats happen), else unknown or hostile,
 * or one of its own behind an extra "?" (`??step=2` names a parameter "?step").
 */
export const hostileKey = (keys: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...keys) },
    { weight: 1, arbitrary: fc.constantFrom(...keys).map((k) => `?${k}`) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_KEYS) },
    { weight: 1, arbitrary: hostileText },
  );

/** Name–value pairs in address order. */
export const hostileEntries = (
  keys: readonly string[],
  values: fc.Arbitrary<string> = hostileText,
): fc.Arbitrary<[string, string][]> => fc.array(fc.tuple(hostileKey(keys), values), { maxLength: 8 });

/**
 * Writes pairs as a query string the way it may reach a page: properly encoded (as a
 * link or a form would), or raw, as someone might type it, so a stray `&`, `=` or `%` in
 * a value makes new, broken or unknown parameters. With or without the leading `?`.
 */
export function toQuery(entries: readonly [string, string][], raw: boolean, mark: boolean): string {
  const body = raw ? entries.map(([k, v]) => `${k}=${v}`).join('&') : new URLSearchParams([...entries]).toString();
  return `${mark ? '?' : ''}${body}`;
}

/** A hostile query string for a parser whose parameters are `keys`. */
export const hostileQuery = (
  keys: readonly string[],
  values: fc.Arbitrary<string> = hostileText,
): fc.Arbitrary<string> =>
  fc
    .tuple(hostileEntries(keys, values), fc.boolean(), fc.boolean())
    .map(([entries, raw, mark]) => toQuery(entries, raw, mark));

/** The pairs a browser reads from a query string, decoded: what a parser actually sees. */
export const decodedEntries = (query: string): [string, string][] => [...new URLSearchParams(query)];

/** True when a string has no lone surrogate, so it shows on a page without a "�". */
export const isWellFormed = (s: string) => !/\p{Cs}/u.test(s);

const objectKeys = Object.getOwnPropertyNames(Object.prototype).join();
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).join();

/** Fails if parsing added anything to the built-in prototypes (prototype pollution). */
export function expectCleanPrototypes() {
  assert.equal(Object.getOwnPropertyNames(Object.prototype).join(), objectKeys, 'Object.prototype was changed');
  assert.equal(Object.getOwnPropertyNames(Array.prototype).join(), arrayKeys, 'Array.prototype was changed');
}
