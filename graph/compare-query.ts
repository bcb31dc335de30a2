/**
 * The compare page's address: `?a=…&b=…`, read without throwing, and where the two ideas'
 * cards are. Kept apart from graph/compare.ts so the page reads its address without
 * loading the card schema (zod) before a comparison is asked for.
 */
import { excerpt } from './excerpt';

/** The anchor of a pre-rendered comparison on the compare page: "emergence--homogenization". */
export const pairAnchor = (a: string, b: string) => `${a}--${b}`;

/** The address of one idea's card. */
export const cardPath = (lang: 'en' | 'zh', id: string) => `/compare/${lang}/${id}.json`;

export interface CompareProblem {
  param: 'a' | 'b';
  /** The value as given, shortened; empty when the parameter is missing. */
  value: string;
  reason: 'unknown' | 'missing' | 'same';
}

export interface CompareQuery {
  a: string | undefined;
  b: string | undefined;
  problems: CompareProblem[];
}

/**
 * Reads `?a=…&b=…`: each must name an idea (`ids`), and two different ones. Never throws;
 * what cannot be used is dropped and reported, so the page can say so. An empty query is
 * no problem (the page just offers the choice); one idea alone asks for the other.
 */
export function parseCompareQuery(search: string, ids: ReadonlySet<string>): CompareQuery {
  const params = new URLSearchParams(search);
  const problems: CompareProblem[] = [];
  const read = (param: 'a' | 'b') => {
    const raw = params.get(param);
    if (raw === null || raw.trim() === '') return undefined;
    const value = raw.trim();
    if (ids.has(value)) return value;
    problems.push({ param, value: excerpt(value, 60), reason: 'unknown' });
    return undefined;
  };
  const a = read('a');
  let b = read('b');
  const given = (p: 'a' | 'b') => (params.get(p) ?? '').trim() !== '';
  if (a !== undefined && a === b) {
    problems.push({ param: 'b', value: b, reason: 'same' });
    b = undefined;
  } else if (given('a') !== given('b')) {
    const missing = given('a') ? 'b' : 'a';
    problems.push({ param: missing, value: '', reason: 'missing' });
  }
  return { a, b, problems };
}
