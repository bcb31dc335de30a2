import type { Lang } from '@/graph/schema';

/**
 * Punctuation that joins interface text in each language. Chinese uses full-width marks
 * with no spaces around them ("图例：", "（编者推断）"); composing "label: " or " (note)" in
 * a component would put half-width marks into Chinese text.
 */
export const PUNCTUATION = {
  en: { colon: ': ', open: ' (', close: ')', comma: ', ', list: ', ' },
  // 、 (the enumeration comma) separates the items of a list of names.
  zh: { colon: '：', open: '（', close: '）', comma: '，', list: '、' },
} as const satisfies Record<Lang, Record<string, string>>;

/** "Formula: " / "公式：". */
export const withColon = (lang: Lang, label: string): string => `${label}${PUNCTUATION[lang].colon}`;

/** " (editorial)" / "（编者推断）", with the space English puts before it. */
export const inParentheses = (lang: Lang, text: string): string =>
  `${PUNCTUATION[lang].open}${text}${PUNCTUATION[lang].close}`;
