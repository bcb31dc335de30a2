/**
 * Search across the framework in English, Chinese and pinyin — the one engine behind the
 * palette, the search page and the explorer's highlight; it runs in the browser, in tests
 * and in the benchmark. graph/search-build.ts builds the two indexes it reads: the core one
 * (labels, aliases, summaries, pinyin, the governance links) and the words of every
 * explanation.
 *
 * A query is read as terms (graph/search-text.ts: the filler words of a question dropped in
 * both languages, Chinese cut into words and phrases). Each term is matched on its own
 * across labels, aliases, summaries, explanations, pinyin and kind names
 * (graph/search-match.ts):
 * - English: a word of the text exactly, as the start of a longer word ("limit" →
 *   "limitation"), in another form ("measures" → "measure"), or — only when none of those
 *   exists — as a typo of one or two letters (fastest-levenshtein over the words that start
 *   with the same letter, so "chess" never matches "process");
 * - Chinese: exactly, as a substring (a fuzzy match of two characters finds unrelated
 *   words); in explanations, every word of the term;
 * - pinyin: full syllables with or without spaces, and initials ("ys" for 隐私).
 * Ideas that match every term come first, then those that match the most
 * (graph/search-rank.ts).
 *
 * `answer()` adds what a question asks beyond the list (graph/search-intent.ts), what each
 * term finds alone, and the nearest words when a term matches nothing, so that a search
 * never ends at an empty page.
 */
import type { Lang } from './schema';
import type { BodyIndex, CoreIndex, GovernanceEntry, LimitEntry, SearchKind, SearchRecord } from './search-index';
import { compareSides, INTENT_TARGET, intentOf, isIntentWord } from './search-intent';
import { SearchIndex, type TermMatches } from './search-match';
import { ID_SPAN, named, rank, type Ranked, type SearchHit } from './search-rank';
import { normaliseQuery, readQuery, sectionNumbers, type QueryTerm, type ReadQuery } from './search-text';

export * from './search-index';
export { hasHan, latinWords, normaliseQuery } from './search-text';
export { FIELDS, type SearchField } from './search-match';
export type { SearchHit } from './search-rank';

export type SearchIntent =
  | { kind: 'compare'; a: string; b: string }
  | { kind: 'governance'; challenge: string }
  | { kind: 'limits'; measure: string };

export interface TermSummary {
  term: string;
  /** How many ideas the term alone finds. */
  count: number;
  /** The best of them, at most three ids. */
  top: string[];
}

export interface SearchAnswer {
  /** The query as searched (normalised). */
  query: string;
  /** The terms searched for, after filler words were dropped. */
  terms: string[];
  /** The filler words left out. */
  dropped: string[];
  /** The question words the intent answers ("measures" in "privacy measures"), left out of the terms. */
  asked: string[];
  /** The results, ranked (the first `limit` of them; all when no limit is given). */
  hits: SearchHit[];
  /** How many results there are in all; the first `complete` of them match every term. */
  total: number;
  complete: number;
  /** How many results of each kind, over all of them. */
  kinds: Partial<Record<SearchKind, number>>;
  /** Per term, what it finds alone. */
  perTerm: TermSummary[];
  /** Terms that matched only as a typo of another word, and that word. */
  corrections: { term: string; to: string }[];
  /** Whole queries worth trying instead, nearest first, when a term matches nothing or no idea matches all. */
  suggestions: string[];
  /** What the question asks for beyond the list, when the ideas it names are found. */
  intent?: SearchIntent;
}

export interface Searcher {
  readonly records: readonly SearchRecord[];
  /** The governance links and the pages search may link to (see CoreIndexSchema). */
  readonly core: Pick<CoreIndex, 'governance' | 'limits' | 'responses' | 'pages'>;
  /** True once the explanations' words are in the index. */
  readonly hasBody: boolean;
  record(id: string): SearchRecord | undefined;
  /** The ranked results alone, at most `limit` (the explorer's highlight): `answer(query, lang, { limit }).hits`. */
  search(query: string, lang: Lang, limit?: number): SearchHit[];
  /** Everything the palette and the search page show for a query; `limit` cuts `hits` only. */
  answer(query: string, lang: Lang, options?: { limit?: number }): SearchAnswer;
  addBody(body: BodyIndex): void;
}

/** The query with its section numbers taken out ("section 2.2.1 bias" → "bias"). */
const withoutSectionNumbers = (q: string, numbers: readonly string[]) =>
  numbers.length === 0
    ? q
    : q
        .replace(/§|\bsec(?:tion)?\b\.?|第|[节章]/g, ' ')
        .replace(/\bs?\d(?:[.-]\d){0,2}\b/g, ' ')
        .trim();

/** A query of Latin words that, joined, is pinyin the index knows ("yin si" → yinsi) is one term. */
function pinyinWhole(ix: SearchIndex, q: string): ReadQuery | undefined {
  if (!/^[a-z]+(?: [a-z]+)+$/.test(q)) return undefined;
  const joined = q.replace(/ /g, '');
  return ix.knowsPinyin(joined)
    ? { terms: [{ text: joined, script: 'latin', parts: [joined] }], dropped: [] }
    : undefined;
}

const readPhrase = (ix: SearchIndex, text: string) => readQuery(normaliseQuery(text), ix.dict, isIntentWord).terms;

function findIntent(
  ix: SearchIndex,
  q: string,
  terms: readonly QueryTerm[],
  cache: Map<string, TermMatches>,
): SearchIntent | undefined {
  const sides = compareSides(q);
  if (sides) {
    const a = named(ix, readPhrase(ix, sides[0]), undefined, cache);
    const b = named(ix, readPhrase(ix, sides[1]), undefined, cache);
    if (a && b && a !== b) return { kind: 'compare', a, b };
  }
  const asks = terms.map((t) => intentOf(t));
  const kind = asks.find((k) => k !== undefined);
  const rest = terms.filter((_, k) => asks[k] === undefined);
  if (!kind || rest.length === 0) return undefined;
  const target = named(ix, rest, INTENT_TARGET[kind], cache);
  if (!target) return undefined;
  return kind === 'governance' ? { kind, challenge: target } : { kind, measure: target };
}

/** The ideas an intent is about, listed first. */
const intentIdeas = (intent: SearchIntent | undefined): string[] =>
  !intent
    ? []
    : intent.kind === 'compare'
      ? [intent.a, intent.b]
      : intent.kind === 'governance'
        ? [intent.challenge]
        : [intent.measure];

/** For each term that matches nothing, the query with that term replaced by a near word the index knows. */
function suggestionsFor(ix: SearchIndex, ranked: Ranked, read: readonly QueryTerm[]): string[] {
  const { terms, matches } = ranked;
  const out: string[] = [];
  const offer = (q: string) => {
    if (!out.includes(q)) out.push(q);
  };
  // A Chinese phrase that matched nothing as a whole (涌现姓, a typo of 涌现性): labels like it.
  for (const phrase of ranked.unmatchedPhrases)
    for (const w of ix.zhNear(phrase)) offer(read.map((t) => (t.text === phrase ? w : t.text)).join(' '));
  terms.forEach((term, k) => {
    if ((matches[k]?.size ?? 0) > 0) return;
    const near = term.script === 'han' ? ix.zhNear(term.text) : ix.nearEn(term.text);
    for (const w of near) offer(terms.map((t, j) => (j === k ? w : t.text)).join(' '));
  });
  return out.slice(0, 3);
}

/** The best `k` records of a term's matches, by one pass (a common word can match thousands). */
function bestOf(m: TermMatches, k: number): number[] {
  const best: number[] = [];
  const sc = (i: number) => m.score[i] ?? Infinity;
  for (const i of m.list) {
    if (best.length === k && sc(i) >= sc(best[k - 1] ?? 0)) continue;
    best.push(i);
    best.sort((a, b) => sc(a) - sc(b) || a - b);
    if (best.length > k) best.pop();
  }
  return best;
}

function corrections(ranked: Ranked): { term: string; to: string }[] {
  return ranked.terms.flatMap((t, k) => {
    const m = ranked.matches[k];
    const best = m?.typo ? bestOf(m, 1)[0] : undefined;
    return m && best !== undefined ? [{ term: t.text, to: m.wordOf(best) }] : [];
  });
}

function perTerm(ix: SearchIndex, ranked: Ranked): TermSummary[] {
  return ranked.terms.map((t, k) => {
    const m = ranked.matches[k];
    const top = m ? bestOf(m, 3).flatMap((i) => ix.records[i]?.id ?? []) : [];
    return { term: t.text, count: m?.size ?? 0, top };
  });
}

export function createSearcher(core: CoreIndex, body?: BodyIndex): Searcher {
  if (core.records.length >= ID_SPAN) throw new Error(`search: an index holds at most ${ID_SPAN - 1} records`);
  const ix = new SearchIndex(core.records);
  if (body) ix.addBody(body);

  const run = (raw: string, lang: Lang, limit: number) => {
    const q = normaliseQuery(raw);
    const numbers = sectionNumbers(q);
    const read = pinyinWhole(ix, q) ?? readQuery(withoutSectionNumbers(q, numbers), ix.dict, isIntentWord);
    // Terms matched once per query, whether for the list or for reading the question.
    const cache = new Map<string, TermMatches>();
    const intent = q === '' ? undefined : findIntent(ix, q, read.terms, cache);
    // A question the intent answers ("privacy measures") lists what its idea is found by;
    // its question words are answered above the list, not required of every result.
    const answered = intent && intent.kind !== 'compare';
    const terms = answered ? read.terms.filter((t) => intentOf(t) === undefined) : read.terms;
    const asked = answered ? read.terms.filter((t) => intentOf(t) !== undefined).map((t) => t.text) : [];
    const pinned = [
      ...numbers.flatMap((n) => ix.sections.get(n) ?? []),
      ...intentIdeas(intent).flatMap((id) => ix.byId.get(id) ?? []),
    ];
    return { q, read, intent, asked, ranked: rank(ix, terms, lang, { pinned, limit, cache }) };
  };

  return {
    records: core.records,
    core,
    get hasBody() {
      return ix.hasBody;
    },
    record: (id) => {
      const i = ix.byId.get(id);
      return i === undefined ? undefined : core.records[i];
    },
    addBody: (b) => ix.addBody(b),
    search: (raw, lang, limit = 30) => run(raw, lang, limit).ranked.hits,
    answer(raw, lang, { limit = Infinity } = {}) {
      const { q, read, intent, asked, ranked } = run(raw, lang, limit);
      const stuck = ranked.complete === 0 || ranked.matches.some((m) => m.size === 0);
      return {
        query: q,
        terms: ranked.terms.map((t) => t.text),
        dropped: read.dropped,
        asked,
        hits: ranked.hits,
        total: ranked.total,
        complete: ranked.complete,
        kinds: ranked.kinds,
        perTerm: perTerm(ix, ranked),
        corrections: corrections(ranked),
        suggestions: stuck ? suggestionsFor(ix, ranked, read.terms) : [],
        intent,
      };
    },
  };
}

/** A challenge's governance, from the core index (see GovernanceEntrySchema). */
export const governanceOf = (s: Searcher, id: string): readonly GovernanceEntry[] => s.core.governance[id] ?? [];
/** A measure's limitations, from the core index. */
export const limitsOf = (s: Searcher, id: string): readonly LimitEntry[] => s.core.limits[id] ?? [];
