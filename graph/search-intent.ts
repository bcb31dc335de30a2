/**
 * What a question asks for, beyond the ideas it names. Three kinds of question get an
 * answer of their own above the results:
 *
 * - a comparison, "emergence vs homogenization", "difference between A and B",
 *   "涌现性和同质性的区别": the two ideas side by side;
 * - a challenge's governance, "privacy measures", "how is bias addressed", "隐私的治理措施":
 *   the measures that address it, or that nothing does;
 * - a measure's limits, "what limits data cleaning", "数据清洗的局限": its limitations and
 *   what the paper recommends in response.
 *
 * This module only reads the words; which ideas they name is the searcher's job.
 */
import type { QueryTerm } from './search-text';
import type { SearchKind } from './search-index';

export type IntentKind = 'governance' | 'limits';

/** Words that ask how a challenge is governed; those ending in "-" also as the start of a word. */
const GOVERNANCE_EN = [
  'measure',
  'measures',
  'countermeasure-',
  'governance',
  'govern',
  'governed',
  'governing',
  'address',
  'addressed',
  'addresses',
  'addressing',
  'mitigat-',
  'tackl-',
  'counter',
  'remedy',
  'remedies',
  'solution-',
  'solve',
  'fix',
  'fixes',
  'response',
  'responses',
  'respond',
  'handle',
  'handled',
  'regulat-',
  'prevent-',
];
const GOVERNANCE_ZH = ['措施', '治理', '应对', '对策', '办法', '解决', '怎么办', '管控', '防范', '规制', '监管'];
/** Words that ask for a measure's limits. */
const LIMITS_EN = ['limit-', 'weakness-', 'drawback-', 'shortcoming-', 'downside-', 'flaw-'];
const LIMITS_ZH = ['局限', '不足', '缺陷', '短板', '弊端', '缺点'];

const asks = (words: readonly string[], t: string) =>
  words.some((w) => (w.endsWith('-') ? t.startsWith(w.slice(0, -1)) : t === w));

/** True for a Chinese word that asks a question of its own (it stays a term by itself: 如何应对 · 模型滥用). */
export const isIntentWord = (w: string): boolean =>
  [...GOVERNANCE_ZH, ...LIMITS_ZH].some((x) => w === x || w === `${x}性`);

/** The intent a term carries, if it is one of the question words above. */
export function intentOf(term: QueryTerm): IntentKind | undefined {
  const t = term.text;
  if (term.script === 'latin') {
    if (asks(GOVERNANCE_EN, t)) return 'governance';
    if (asks(LIMITS_EN, t)) return 'limits';
    return undefined;
  }
  // A Chinese phrase asks when it is made only of such words (治理措施, 局限性).
  const only = (words: string[]) => term.parts.every((p) => words.some((w) => p === w || p === `${w}性`));
  if (only(GOVERNANCE_ZH)) return 'governance';
  if (only(LIMITS_ZH)) return 'limits';
  return undefined;
}

/** The kinds of idea an intent is about. */
export const INTENT_TARGET: Record<IntentKind, readonly SearchKind[]> = {
  governance: ['challenge'],
  limits: ['governance', 'recommendation'],
};

const SIDE = '(.+?)';
const AND_EN = '(?:and|&|vs\\.?|versus|with|to)';
const COMPARE_PATTERNS: RegExp[] = [
  // English
  new RegExp(
    `^(?:what(?: is|'s|s| are)? )?(?:the )?(?:main )?differences? (?:between|of) ${SIDE} ${AND_EN} ${SIDE}\\??$`,
  ),
  new RegExp(`^(?:how (?:does|do|is|are) )?${SIDE} (?:differ|different) from ${SIDE}\\??$`),
  new RegExp(`^(?:compare|contrast|comparing) ${SIDE} ${AND_EN} ${SIDE}\\??$`),
  new RegExp(`^${SIDE} (?:vs\\.?|versus|v\\.?|compared (?:to|with)|against) ${SIDE}\\??$`),
  new RegExp(`^${SIDE} (?:and|&) ${SIDE},? (?:differences?|compared|comparison|contrasted)\\??$`),
  // Chinese (NFKC has already made full-width ？ a plain ?)
  /^(?:比较|对比|区分|比一比)\s*(.+?)\s*(?:和|与|跟|同|及|、|vs\.?)\s*(.+?)(?:的(?:区别|不同|差异|异同))?\??$/,
  /^(.+?)\s*(?:和|与|跟|同|及|、|vs\.?|对比|相比|比较)\s*(.+?)(?:之间)?(?:的|有)?(?:什么|何|哪些)?(?:区别|不同|差异|异同|分别)(?:是什么|在哪里|在哪儿|有哪些|是|吗)?\??$/,
  /^(.+?)\s*(?:vs\.?|对比|相比于|相比)\s*(.+?)\??$/,
];

/** The two sides of a comparison, as written, or undefined when the query does not ask for one. */
export function compareSides(normalised: string): [string, string] | undefined {
  for (const re of COMPARE_PATTERNS) {
    const m = re.exec(normalised);
    const a = m?.[1]?.trim();
    const b = m?.[2]?.trim();
    if (a && b) return [a, b];
  }
  return undefined;
}
