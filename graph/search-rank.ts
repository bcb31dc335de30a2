/**
 * Ranking: the records a query's terms match, in order. Ideas that match every term come
 * first, then those that match the most; among equals the lower score (graph/search-match.ts:
 * a match in the label beats an alias, the summary, the kind and the explanation), then the
 * kind, then the id, so the order never depends on the order of the data.
 */
import type { Lang } from './schema';
import { isNodeKind, KIND_ORDER, type SearchKind } from './search-index';
import {
  FIELD_SCORE,
  FIELDS,
  matchAll,
  MAX_LINKS,
  type SearchField,
  type SearchIndex,
  type TermMatches,
} from './search-match';
import { hasHan, type QueryTerm } from './search-text';

export interface SearchHit {
  id: string;
  kind: SearchKind;
  /** Lower is better; compare only hits with the same number of terms matched. */
  score: number;
  /** The best place any of its terms matched: "body" means only in the explanation. */
  field: SearchField;
  /** Character ranges of the matched words in the page-language label, for highlighting. */
  labelRanges: readonly [number, number][];
  /** How many of the query's terms it matches. */
  matched: number;
  /** The terms it does not match (empty for a hit that matches every term). */
  missing: readonly string[];
}

export interface Ranked {
  terms: QueryTerm[];
  matches: TermMatches[];
  /** Chinese phrases that matched nothing as a whole and were searched word by word. */
  unmatchedPhrases: string[];
  /** The first `limit` hits, ranked. */
  hits: SearchHit[];
  /** How many records the query matches in all, how many match every term, and how many of each kind. */
  total: number;
  complete: number;
  kinds: Partial<Record<SearchKind, number>>;
}

const NONE: readonly never[] = Object.freeze([]);
/** Records an index may hold: their id rank is the low part of the sort key (see rank). */
export const ID_SPAN = 2 ** 20;
const LABEL = FIELDS.indexOf('label');
const LABEL_LEVEL = FIELDS.indexOf('pinyin');
const ALIAS = FIELDS.indexOf('alias');

/** Where the matched words sit in the label shown, for <mark>. */
export function labelRanges(label: string, words: readonly string[]): [number, number][] {
  const lower = label.toLowerCase();
  const ranges: [number, number][] = [];
  for (const w of words) {
    if (w === '') continue;
    const latin = !hasHan(w);
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + w.length)) {
      const before = lower[at - 1];
      // English words are marked where a word starts, never inside one ("bias" in "unbiased" is left alone).
      if (latin && before !== undefined && /[a-z0-9]/.test(before)) continue;
      ranges.push([at, at + w.length - 1]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** What a query's terms have in common, computed once per query, not per record. */
interface QueryKeys {
  count: number;
  /** The terms joined as a label would read them: "privacy security", "隐私安全"; undefined for mixed scripts. */
  latin: string | undefined;
  han: string | undefined;
  hanLength: number;
}

function queryKeys(terms: readonly QueryTerm[]): QueryKeys {
  return {
    count: terms.length,
    latin: terms.every((t) => t.script === 'latin') ? terms.map((t) => t.text).join(' ') : undefined,
    han: terms.every((t) => t.script === 'han') ? terms.map((t) => t.text).join('') : undefined,
    hanLength: terms.reduce((n, t) => n + t.text.length, 0),
  };
}

/**
 * The score of a record that matches every term: the whole query as its label or an alias
 * (0), as the start of its label (0.05), every term in its label (0.1 and a little for each
 * other word of the label, and for typos), else the average of its terms' scores.
 */
/** How much longer a label is than the query: of two labels that hold it, the closer ranks first. */
function extraLength(ix: SearchIndex, i: number, keys: QueryKeys): number {
  return keys.latin !== undefined
    ? Math.max(0, (ix.labelWords[i]?.length ?? 0) - keys.count)
    : Math.max(0, (ix.records[i]?.labelZh.length ?? 0) - keys.hanLength) / 3;
}

/**
 * The score of a record that matches every term: the whole query as its label or an alias
 * (0), as the start of its label (0.05 and a little for each other word), every term in its
 * label (0.1 and a little for each other word of the label, and for typos), else the
 * average of its terms' scores.
 */
function completeScore(ix: SearchIndex, i: number, keys: QueryKeys, sum: number, cost: number, worst: number): number {
  const r = ix.records[i];
  if (!r) return 1;
  if (keys.latin !== undefined) {
    if (ix.phraseKeys[i]?.includes(keys.latin)) return 0;
    if (ix.labelLower[i]?.startsWith(keys.latin)) return 0.05 + Math.min(0.04, 0.005 * extraLength(ix, i, keys));
  }
  if (keys.han !== undefined) {
    if (r.labelZh === keys.han || r.aliasesZh.includes(keys.han)) return 0;
    if (r.labelZh.startsWith(keys.han)) return 0.05 + Math.min(0.04, 0.005 * extraLength(ix, i, keys));
  }
  if (worst <= LABEL_LEVEL) return 0.1 + 0.03 * extraLength(ix, i, keys) + cost;
  return sum / keys.count;
}

/** Per record, what its terms' matches add up to. */
interface Tally {
  count: Uint8Array;
  sum: Float64Array;
  /** What typos and word forms cost on top of the fields' scores. */
  cost: Float64Array;
  worst: Uint8Array;
  best: Uint8Array;
  /** Set where some term matched the label or an alias (only those labels get <mark>s). */
  named: Uint8Array;
  candidates: number[];
}

function tally(n: number, matches: readonly TermMatches[]): Tally {
  const t: Tally = {
    count: new Uint8Array(n),
    sum: new Float64Array(n),
    cost: new Float64Array(n),
    worst: new Uint8Array(n),
    best: new Uint8Array(n).fill(FIELDS.length),
    named: new Uint8Array(n),
    candidates: [],
  };
  for (const m of matches) {
    for (const i of m.list) {
      if (t.count[i] === 0) t.candidates.push(i);
      t.count[i] = (t.count[i] ?? 0) + 1;
      const field = m.field[i] ?? 0;
      const score = m.score[i] ?? 1;
      t.sum[i] = (t.sum[i] ?? 0) + score;
      t.cost[i] = (t.cost[i] ?? 0) + score - (FIELD_SCORE[field] ?? 0);
      t.worst[i] = Math.max(t.worst[i] ?? 0, field);
      t.best[i] = Math.min(t.best[i] ?? 0, field);
      if (field === LABEL || field === ALIAS) t.named[i] = 1;
    }
  }
  return t;
}

/** The words that matched a record's label or an alias, for highlighting. */
function namedWords(matches: readonly TermMatches[], i: number): string[] {
  const words: string[] = [];
  for (const m of matches) {
    const f = m.field[i];
    if (m.has(i) && (f === LABEL || f === ALIAS)) words.push(m.wordOf(i));
  }
  return words;
}

/**
 * Ranks what the terms match. `pinned` records (sections named by number, the two ideas of
 * "A vs B", the challenge of "privacy measures") come first as matching everything; only the first `limit` hits are built (the palette shows a few of
 * thousands), while the totals count them all.
 */
export function rank(
  ix: SearchIndex,
  read: readonly QueryTerm[],
  lang: Lang,
  {
    pinned = [],
    limit = Infinity,
    cache,
  }: { pinned?: readonly number[]; limit?: number; cache?: Map<string, TermMatches> } = {},
): Ranked {
  const { terms, matches, unmatchedPhrases } = matchAll(ix, read, cache);
  const t = tally(ix.records.length, matches);
  for (const i of pinned) if (t.count[i] === 0) t.candidates.push(i);
  const pin = new Set(pinned);
  const keys = queryKeys(terms);
  const score = new Float64Array(ix.records.length);
  // One number per candidate that sorts as the ranking does — fewer terms missing, lower
  // score, more links, kind, id — so the engine's numeric sort orders thousands of hits at
  // once. 4 + 15 + 10 + 4 + 20 bits: every key is an integer below 2^53, exact in a double.
  const order = new Float64Array(t.candidates.length);
  const perKind = new Uint32Array(KIND_ORDER.length);
  let complete = 0;
  for (let k = 0; k < t.candidates.length; k++) {
    const i = t.candidates[k] ?? 0;
    const c = pin.has(i) ? terms.length : (t.count[i] ?? 1);
    const s = pin.has(i)
      ? 0
      : c === terms.length
        ? completeScore(ix, i, keys, t.sum[i] ?? 0, t.cost[i] ?? 0, t.worst[i] ?? 0)
        : (t.sum[i] ?? 0) / c;
    score[i] = s;
    if (c === terms.length) complete++;
    const kr = ix.kindRank[i] ?? 0;
    perKind[kr] = (perKind[kr] ?? 0) + 1;
    const missing = Math.min(15, terms.length - c);
    const quantised = Math.min(32_767, Math.round(s * 10_000));
    const prominence = MAX_LINKS - (ix.links[i] ?? 0);
    order[k] =
      (((missing * 32_768 + quantised) * (MAX_LINKS + 1) + prominence) * 16 + kr) * ID_SPAN + (ix.idRank[i] ?? 0);
  }
  order.sort();
  const kinds: Partial<Record<SearchKind, number>> = {};
  KIND_ORDER.forEach((kind, k) => {
    if (perKind[k]) kinds[kind] = perKind[k];
  });
  // The terms a partial hit misses: one array per combination, not one per hit.
  const missingSets = new Map<string, readonly string[]>();
  const missingOf = (i: number): readonly string[] => {
    const key = matches.map((m) => (m.has(i) ? '1' : '0')).join('');
    let list = missingSets.get(key);
    if (!list) missingSets.set(key, (list = terms.filter((_, k) => !matches[k]?.has(i)).map((x) => x.text)));
    return list;
  };
  const built = Math.min(order.length, limit);
  const hits = new Array<SearchHit>(built);
  for (let k = 0; k < built; k++) {
    const i = ix.byIdRank[(order[k] ?? 0) % ID_SPAN] ?? 0;
    const r = ix.records[i];
    const label = r ? (lang === 'en' ? r.labelEn : r.labelZh) : '';
    const full = pin.has(i) || (t.count[i] ?? 0) === terms.length;
    const matchedNothing = (t.count[i] ?? 0) === 0;
    hits[k] = {
      id: r?.id ?? '',
      kind: r?.kind ?? 'concept',
      score: score[i] ?? 1,
      field: matchedNothing ? 'label' : (FIELDS[t.best[i] ?? 0] ?? 'body'),
      labelRanges: t.named[i]
        ? labelRanges(label, namedWords(matches, i))
        : matchedNothing && r?.kind === 'section'
          ? [[0, label.length - 1]]
          : NONE,
      matched: full ? terms.length : (t.count[i] ?? 0),
      missing: full ? NONE : missingOf(i),
    };
  }
  return { terms, matches, unmatchedPhrases, hits, total: order.length, complete, kinds };
}

/** True when a sorts before b, comparing their numbers in order. */
function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if ((a[k] ?? 0) !== (b[k] ?? 0)) return (a[k] ?? 0) < (b[k] ?? 0);
  return false;
}

/**
 * The idea some terms name: the best-ranked one (of the given kinds) whose label, an alias
 * or its pinyin holds every term. Used to read "A vs B" and "privacy measures".
 */
export function named(
  ix: SearchIndex,
  read: readonly QueryTerm[],
  kinds?: readonly SearchKind[],
  cache?: Map<string, TermMatches>,
): string | undefined {
  const { terms, matches } = matchAll(ix, read, cache);
  if (terms.length === 0) return undefined;
  const keys = queryKeys(terms);
  const fewest = matches.reduce((a, b) => (a.size <= b.size ? a : b));
  let best: { i: number; key: [number, number, number, number] } | undefined;
  for (const i of fewest.list) {
    const r = ix.records[i];
    if (!r || !isNodeKind(r.kind) || (kinds && !kinds.includes(r.kind))) continue;
    let sum = 0;
    let cost = 0;
    let worst = 0;
    for (const m of matches) {
      worst = Math.max(worst, m.has(i) ? (m.field[i] ?? ALIAS + 1) : ALIAS + 1);
      if (worst > ALIAS) break;
      const sc = m.score[i] ?? 1;
      sum += sc;
      cost += sc - (FIELD_SCORE[m.field[i] ?? 0] ?? 0);
    }
    if (worst > ALIAS) continue;
    const key: [number, number, number, number] = [
      Math.round(completeScore(ix, i, keys, sum, cost, worst) * 10_000),
      -(ix.links[i] ?? 0),
      ix.kindRank[i] ?? 0,
      ix.idRank[i] ?? 0,
    ];
    if (!best || lexLess(key, best.key)) best = { i, key };
  }
  return best === undefined ? undefined : ix.records[best.i]?.id;
}
