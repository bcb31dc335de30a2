/**
 * What the palette offers for an answer, in the order the arrow keys go through it: the
 * answer to the question (a comparison, a challenge's governance, a measure's limits), the
 * best results grouped by kind, then "see all N results" — and, when no idea matches
 * every word, the nearest words, each word on its own, and ways to browse instead. Pure,
 * so the palette's component only draws it (palette-options.test.ts checks it).
 */
import type { searchEn } from '@/content/messages/search-strings';
import type { Lang } from '@/graph/schema';
import type { SearchAnswer, SearchHit, SearchIntent, Searcher } from '@/graph/search';
import type { SearchKind, SearchRecord } from '@/graph/search-index';
import { paths } from '../paths';
import { compareHref, governanceHref, resultHref, searchHref } from './search-links';

/** How many results the palette lists before "see all". */
export const PALETTE_HITS = 8;

export type PaletteOption =
  | { type: 'answer'; text: string; href: string }
  | { type: 'hit'; hit: SearchHit; record: SearchRecord; href: string }
  /** Searches for another query in the palette itself. */
  | { type: 'query'; text: string; query: string }
  | { type: 'link'; text: string; href: string };

type Strings = typeof searchEn;

function intentOption(
  intent: SearchIntent,
  s: Pick<Searcher, 'record' | 'core'>,
  lang: Lang,
  raw: string,
  t: Strings,
): PaletteOption | undefined {
  const label = (id: string) => {
    const r = s.record(id);
    return r ? (lang === 'en' ? r.labelEn : r.labelZh) : undefined;
  };
  if (intent.kind === 'compare') {
    const [a, b] = [label(intent.a), label(intent.b)];
    if (!a || !b) return undefined;
    // Until the comparison view exists, the search page shows the two ideas side by side.
    const href = s.core.pages.compare ? compareHref(lang, intent.a, intent.b) : searchHref(lang, raw);
    return { type: 'answer', text: t.compare(a, b), href };
  }
  if (intent.kind === 'governance') {
    const c = label(intent.challenge);
    const n = (s.core.governance[intent.challenge] ?? []).length;
    return c ? { type: 'answer', text: t.governance(c, n), href: governanceHref(lang, intent.challenge) } : undefined;
  }
  const m = label(intent.measure);
  const n = (s.core.limits[intent.measure] ?? []).length;
  return m ? { type: 'answer', text: t.limits(m, n), href: paths.node(lang, intent.measure) } : undefined;
}

/** The best hits, grouped by kind in the order of each kind's best hit (so the arrows follow what is shown). */
function groupedHits(answer: SearchAnswer, s: Pick<Searcher, 'record'>, lang: Lang): PaletteOption[] {
  const best = answer.hits.slice(0, PALETTE_HITS);
  const kinds: SearchKind[] = [];
  for (const h of best) if (!kinds.includes(h.kind)) kinds.push(h.kind);
  return kinds.flatMap((k) =>
    best.flatMap((hit): PaletteOption[] => {
      const record = hit.kind === k ? s.record(hit.id) : undefined;
      return record ? [{ type: 'hit', hit, record, href: resultHref(lang, record) }] : [];
    }),
  );
}

/** When no idea matches every word: nearer words, each word alone, and places to browse. */
function wayOn(answer: SearchAnswer, lang: Lang, t: Strings): PaletteOption[] {
  if (answer.complete > 0) return [];
  return [
    ...answer.suggestions.map((q): PaletteOption => ({ type: 'query', text: t.didYouMean(q), query: q })),
    ...(answer.terms.length > 1
      ? answer.perTerm.map((p): PaletteOption => ({ type: 'query', text: t.alone(p.term, p.count), query: p.term }))
      : []),
    { type: 'link', text: t.glossary, href: paths.glossary(lang) },
    { type: 'link', text: t.explorer, href: paths.explore(lang) },
  ];
}

export function paletteOptions(
  answer: SearchAnswer,
  s: Pick<Searcher, 'record' | 'core'>,
  lang: Lang,
  raw: string,
  t: Strings,
): PaletteOption[] {
  const intent = answer.intent ? intentOption(answer.intent, s, lang, raw, t) : undefined;
  return [
    ...(intent ? [intent] : []),
    ...groupedHits(answer, s, lang),
    ...(answer.total > 0 ? [{ type: 'link', text: t.seeAll(answer.total), href: searchHref(lang, raw) } as const] : []),
    ...wayOn(answer, lang, t),
  ];
}

/** Terms as a reader would list them: "privacy, crocodile" or 隐私、鳄鱼. */
export const listTerms = (terms: readonly string[], lang: Lang): string =>
  lang === 'zh' ? terms.map((x) => `“${x}”`).join('、') : terms.map((x) => `“${x}”`).join(', ');

/** The palette's status line for an answer. */
export function paletteStatus(answer: SearchAnswer, raw: string, lang: Lang, t: Strings): string {
  if (answer.total === 0) return t.noResults(raw.trim());
  if (answer.complete === 0) return t.noneMatchAll(listTerms(answer.terms, lang));
  const shown = Math.min(PALETTE_HITS, answer.total);
  return `${shown < answer.total ? t.showing(shown, answer.total) : `${t.count(answer.total)}.`} ${t.hint}`;
}
