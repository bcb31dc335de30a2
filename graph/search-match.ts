/**
 * The index the searcher builds from the records (and from the explanations' words when
 * they arrive), and how one term is matched against it. graph/search.ts ranks the records
 * that the terms of a query match.
 *
 * Matches of a term are kept in typed arrays as long as the records (a score per record,
 * Infinity where it does not match): at 10,000 ideas a common word matches thousands of
 * them, and one array write each is what keeps a query within a few milliseconds.
 */
import { distance } from 'fastest-levenshtein';
import type { BodyIndex, SearchKind, SearchRecord } from './search-index';
import { kindRank } from './search-index';
import {
  FILLER_EN,
  hasHan,
  latinWords,
  segmentHan,
  typoBudget,
  wordForms,
  type QueryTerm,
  type ZhDictionary,
} from './search-text';

/** Where a term matched, best first. */
export const FIELDS = ['label', 'pinyin', 'alias', 'summary', 'kind', 'body'] as const;
export type SearchField = (typeof FIELDS)[number];
const F = { label: 0, pinyin: 1, alias: 2, summary: 3, kind: 4, body: 5 } as const satisfies Record<
  SearchField,
  number
>;
/** What a match in each field scores (lower is better), by FIELDS index. */
export const FIELD_SCORE: readonly number[] = [0.1, 0.12, 0.15, 0.5, 0.55, 0.8];
/** Links beyond this many add nothing to an idea's rank (it fits the sort key, see search-rank.ts). */
export const MAX_LINKS = 1023;
/** Fields as stored in the English postings (three bits of each entry). */
const POSTING_FIELD: readonly number[] = [F.label, F.alias, F.summary, F.body];

/** Kind names a reader may search for ("cases", "措施"), by the kind they stand for. */
const KIND_NAMES: readonly [SearchKind, readonly string[]][] = [
  ['trait', ['trait', 'traits', 'characteristic', 'characteristics', '特性', '特征']],
  ['level', ['level', 'levels', '层面']],
  ['challenge', ['challenge', 'challenges', 'risk', 'risks', '挑战', '伦理挑战', '风险']],
  ['concept', ['concept', 'concepts', '概念']],
  ['relation', ['relation', 'relations', '关系']],
  ['governance', ['measure', 'measures', 'governance', '措施', '治理', '治理措施']],
  ['limitation', ['limitation', 'limitations', 'limits', '局限', '局限性']],
  ['recommendation', ['recommendation', 'recommendations', 'proposal', 'proposals', '建议']],
  ['case', ['case', 'cases', 'example', 'examples', '案例', '例子']],
  ['source', ['source', 'sources', 'reference', 'references', '文献', '参考文献']],
  ['section', ['section', 'sections', 'chapter', '章节', '节']],
];
const KIND_WORDS: readonly [string, SearchKind][] = KIND_NAMES.flatMap(([kind, words]) =>
  words.map((w): [string, SearchKind] => [w, kind]),
);

/** The matches of one term: per record, the best score, its field and the word that matched. */
export class TermMatches {
  readonly score: Float64Array;
  readonly field: Uint8Array;
  /** Index into `words` of the word that matched. */
  readonly word: Uint16Array;
  readonly words: string[] = [];
  /** The records matched, in the order first found. */
  readonly list: number[] = [];
  /** True when the term matched only as a typo of the index's words. */
  typo = false;

  constructor(n: number) {
    this.score = new Float64Array(n).fill(Infinity);
    this.field = new Uint8Array(n);
    this.word = new Uint16Array(n);
  }

  get size(): number {
    return this.list.length;
  }

  has(i: number): boolean {
    return (this.score[i] ?? Infinity) < Infinity;
  }

  /** The number of a word, for `keep`. */
  wordId(w: string): number {
    const at = this.words.indexOf(w);
    if (at >= 0) return at;
    this.words.push(w);
    return this.words.length - 1;
  }

  /** Keeps the better of two matches of the term in one record. */
  keep(i: number, score: number, field: number, word: number) {
    const prev = this.score[i] ?? Infinity;
    if (score >= prev) return;
    if (prev === Infinity) this.list.push(i);
    this.score[i] = score;
    this.field[i] = field;
    this.word[i] = word;
  }

  wordOf(i: number): string {
    return this.words[this.word[i] ?? 0] ?? '';
  }
}

/** A sorted list of words with the entries that start with a prefix. */
function withPrefix(sorted: readonly string[], prefix: string, limit = 400): string[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && out.length < limit; i++) {
    const w = sorted[i] ?? '';
    if (!w.startsWith(prefix)) break;
    out.push(w);
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The entries of a character index under the rarest character of a text (the fewest to check). */
function rarest<T>(index: ReadonlyMap<string, T[]>, text: string): T[] {
  let best: T[] | undefined;
  for (const c of new Set(text)) {
    const list = index.get(c) ?? [];
    if (!best || list.length < best.length) best = list;
  }
  return best ?? [];
}

/** Everything built from the records once, and from the explanations when they arrive. */
export class SearchIndex {
  readonly records: readonly SearchRecord[];
  readonly byId = new Map<string, number>();
  /** English word → entries `record * 8 + field` (POSTING_FIELD). */
  readonly en = new Map<string, number[]>();
  enSorted: string[] = [];
  enByFirst = new Map<string, string[]>();
  readonly labelWords: string[][];
  readonly labelLower: string[];
  /** Label and aliases without filler words, joined: "privacy security" for "Privacy and security". */
  readonly phraseKeys: string[][];
  readonly pinyinFull = new Map<string, number[]>();
  readonly pinyinInitials = new Map<string, number[]>();
  readonly pinyinSorted: string[];
  readonly byKind = new Map<SearchKind, number[]>();
  readonly sections = new Map<string, number>();
  /** Per record, its links (capped), its kind's rank and its id's place in id order: the sort's tie-breaks. */
  readonly links: Uint16Array;
  readonly kindRank: Uint8Array;
  readonly idRank: Uint32Array;
  /** The record at each place in id order (the inverse of idRank). */
  readonly byIdRank: Uint32Array;
  /** Han character → the records whose Chinese label, aliases or summary hold it. */
  readonly zhChars = new Map<string, number[]>();
  /**
   * Per record, its Chinese label, aliases and summary in one string (label, then \u0001 and
   * each alias, then \u0002 and the summary), so one search finds a term and where it is.
   */
  readonly zhText: string[];
  readonly zhAliasAt: Uint16Array;
  readonly zhSummaryAt: Uint16Array;
  /** Chinese word of an explanation → the records whose explanation has it. */
  readonly zhBody = new Map<string, number[]>();
  /** Han character → the words of the explanations that hold it. */
  zhBodyChars = new Map<string, string[]>();
  /**
   * Word of the explanations → the records whose explanation has it or a longer word that
   * contains it (偏见 → also the records that say 性别偏见), computed once when the
   * explanations arrive, so a Chinese term costs one lookup however many ideas there are.
   */
  zhBodyHolders = new Map<string, Uint32Array>();
  /** Labels, aliases and explanation words: what a Chinese query is cut into. */
  readonly zhDict = new Set<string>();
  zhDictMax = 1;
  hasBody = false;

  constructor(records: readonly SearchRecord[]) {
    this.records = records;
    this.labelWords = records.map((r) => latinWords(r.labelEn));
    this.labelLower = records.map((r) => r.labelEn.toLowerCase());
    this.phraseKeys = records.map((r) =>
      [r.labelEn, ...r.aliasesEn].map((t) =>
        latinWords(t)
          .filter((w) => !FILLER_EN.has(w))
          .join(' '),
      ),
    );
    this.links = Uint16Array.from(records, (r) => Math.min(MAX_LINKS, r.links ?? 0));
    this.kindRank = Uint8Array.from(records, (r) => kindRank(r.kind));
    this.zhText = records.map((r) => `${r.labelZh}\u0001${r.aliasesZh.join('\u0001')}\u0002${r.summaryZh}`);
    this.zhAliasAt = Uint16Array.from(records, (r) => r.labelZh.length);
    this.zhSummaryAt = Uint16Array.from(records, (r, i) => this.zhText[i]?.indexOf('\u0002') ?? 0);
    this.idRank = new Uint32Array(records.length);
    this.byIdRank = Uint32Array.from(
      [...records.keys()].sort((a, b) => ((records[a]?.id ?? '') < (records[b]?.id ?? '') ? -1 : 1)),
    );
    this.byIdRank.forEach((i, rank) => (this.idRank[i] = rank));
    records.forEach((r, i) => {
      this.byId.set(r.id, i);
      pushTo(this.byKind, r.kind, i);
      if (r.section) this.sections.set(r.section, i);
      this.addWords(this.labelWords[i] ?? [], i, 0);
      for (const a of r.aliasesEn) this.addWords(latinWords(a), i, 1);
      this.addWords(latinWords(r.summaryEn), i, 2);
      r.pinyin.forEach((p) => pushTo(this.pinyinFull, p, i));
      r.initials.forEach((p) => pushTo(this.pinyinInitials, p, i));
      // Ideas' names are words; a section's heading is a phrase to be read word by word.
      if (r.kind !== 'section') for (const w of [r.labelZh, ...r.aliasesZh]) this.addZhWord(w);
      for (const c of new Set([r.labelZh, ...r.aliasesZh, r.summaryZh].join('')))
        if (hasHan(c)) pushTo(this.zhChars, c, i);
    });
    this.pinyinSorted = [...this.pinyinFull.keys()].sort();
    this.sortVocabulary();
  }

  private addWords(words: readonly string[], i: number, field: number) {
    for (const w of new Set(words)) pushTo(this.en, w, i * 8 + field);
  }

  /** A word of two characters or more: single characters are too common to cut a query by. */
  private addZhWord(w: string) {
    if (!hasHan(w) || w.length < 2 || w.length > 12) return;
    this.zhDict.add(w);
    this.zhDictMax = Math.max(this.zhDictMax, w.length);
  }

  private sortVocabulary() {
    this.enSorted = [...this.en.keys()].sort();
    this.enByFirst = new Map();
    for (const w of this.enSorted) if (w.length >= 3) pushTo(this.enByFirst, w[0] ?? '', w);
  }

  addBody(body: BodyIndex) {
    this.records.forEach((r, i) => {
      const b = body[r.id];
      if (!b) return;
      this.addWords(b.en, i, 3);
      for (const w of new Set(b.zh)) {
        pushTo(this.zhBody, w, i);
        this.addZhWord(w);
      }
    });
    this.zhBodyChars = new Map();
    for (const w of this.zhBody.keys()) for (const c of new Set(w)) pushTo(this.zhBodyChars, c, w);
    this.zhBodyHolders = this.containedHolders();
    this.sortVocabulary();
    this.hasBody = true;
  }

  private containedHolders(): Map<string, Uint32Array> {
    const holders = new Map<string, Set<number>>();
    for (const [word, records] of this.zhBody) {
      const chars = [...word];
      // Every word of two characters or more inside this one (and the word itself).
      const inside = new Set<string>([word]);
      for (let a = 0; a < chars.length; a++)
        for (let b = a + 2; b <= chars.length; b++) inside.add(chars.slice(a, b).join(''));
      for (const sub of inside) {
        if (!this.zhBody.has(sub)) continue;
        let set = holders.get(sub);
        if (!set) holders.set(sub, (set = new Set()));
        for (const i of records) set.add(i);
      }
    }
    return new Map([...holders].map(([w, set]) => [w, Uint32Array.from(set)]));
  }

  get dict(): ZhDictionary {
    const set = this.zhDict;
    return { has: (w) => set.has(w), maxLength: this.zhDictMax };
  }

  /** True for the full pinyin of a label or alias, or the start of one (four letters or more). */
  knowsPinyin(p: string): boolean {
    return this.pinyinFull.has(p) || (p.length >= 4 && withPrefix(this.pinyinSorted, p, 1).length > 0);
  }

  /**
   * Chinese names near a term that matches nothing (偏件 → 偏见, 涌现姓 → 涌现性): labels and
   * aliases of ideas within a few character edits, nearest first. For "did you mean" only:
   * results never match approximately in Chinese.
   */
  zhNear(text: string): string[] {
    const max = Math.max(1, Math.floor([...text].length / 2));
    const scored: { w: string; d: number; links: number }[] = [];
    const seen = new Set<string>();
    this.records.forEach((r, i) => {
      if (r.kind === 'section') return;
      for (const w of [r.labelZh, ...r.aliasesZh]) {
        if (seen.has(w) || Math.abs(w.length - text.length) > max) continue;
        seen.add(w);
        const d = distance(text, w);
        if (d <= max) scored.push({ w, d, links: this.links[i] ?? 0 });
      }
    });
    scored.sort((a, b) => a.d - b.d || b.links - a.links || (a.w < b.w ? -1 : 1));
    return scored.slice(0, 3).map((s) => s.w);
  }

  /** The nearest English words the index knows, for a term that matches nothing. */
  nearEn(t: string): string[] {
    const scored: { w: string; d: number; n: number }[] = [];
    const max = t.length >= 7 ? 3 : 2;
    // Words that start like the term, or with its second letter (a first letter typed in excess or missed).
    const pool = new Set([...(this.enByFirst.get(t[0] ?? '') ?? []), ...(this.enByFirst.get(t[1] ?? '') ?? [])]);
    for (const w of pool) {
      if (Math.abs(w.length - t.length) > max) continue;
      const d = distance(t, w);
      if (d <= max) scored.push({ w, d, n: this.en.get(w)?.length ?? 0 });
    }
    scored.sort((a, b) => a.d - b.d || b.n - a.n || (a.w < b.w ? -1 : 1));
    return scored.slice(0, 3).map((s) => s.w);
  }
}

/** The English words a query word stands for, and what each costs. */
function expandLatin(ix: SearchIndex, t: string): { words: Map<string, number>; typo: boolean } {
  const words = new Map<string, number>();
  const add = (w: string, cost: number) => {
    const prev = words.get(w);
    if (prev === undefined || cost < prev) words.set(w, cost);
  };
  if (ix.en.has(t)) add(t, 0);
  if (t.length >= 3 && !/^\d+$/.test(t)) for (const w of withPrefix(ix.enSorted, t)) add(w, 0.02);
  for (const f of wordForms(t)) {
    if (ix.en.has(f)) add(f, 0.01);
    for (const w of withPrefix(ix.enSorted, f)) add(w, 0.03);
  }
  if (words.size > 0 || t.length < 4) return { words, typo: false };
  const budget = typoBudget(t);
  for (const w of ix.enByFirst.get(t[0] ?? '') ?? []) {
    if (Math.abs(w.length - t.length) > budget) continue;
    const d = distance(t, w);
    if (d > 0 && d <= budget) add(w, 0.05 * d);
  }
  return { words, typo: true };
}

/** Kind names a term names: exactly, or — for an English term of five letters or more — as their start ("recommend"). */
function kindsNamed(words: readonly string[]): Map<SearchKind, string> {
  const out = new Map<SearchKind, string>();
  for (const w of words) {
    for (const [name, kind] of KIND_WORDS) {
      if (name === w || (/^[a-z]{5,}$/.test(w) && name.startsWith(w))) out.set(kind, w);
    }
  }
  return out;
}

function matchKinds(ix: SearchIndex, out: TermMatches, words: readonly string[]) {
  for (const [kind, w] of kindsNamed(words)) {
    const id = out.wordId(w);
    for (const i of ix.byKind.get(kind) ?? []) out.keep(i, FIELD_SCORE[F.kind] ?? 1, F.kind, id);
  }
}

function matchPinyin(ix: SearchIndex, out: TermMatches, t: string) {
  if (!/^[a-z]{2,}$/.test(t)) return;
  const id = out.wordId(t);
  for (const i of ix.pinyinFull.get(t) ?? []) out.keep(i, 0.02, F.pinyin, id);
  if (t.length >= 4)
    for (const p of withPrefix(ix.pinyinSorted, t))
      for (const i of ix.pinyinFull.get(p) ?? []) out.keep(i, 0.2, F.pinyin, id);
  if (t.length <= 6) for (const i of ix.pinyinInitials.get(t) ?? []) out.keep(i, 0.12, F.pinyin, id);
}

function matchLatin(ix: SearchIndex, t: string): TermMatches {
  const out = new TermMatches(ix.records.length);
  const { words, typo } = expandLatin(ix, t);
  for (const [w, cost] of words) {
    const id = out.wordId(w);
    for (const p of ix.en.get(w) ?? []) {
      const field = POSTING_FIELD[p & 7] ?? F.body;
      out.keep(p >> 3, (FIELD_SCORE[field] ?? 1) + cost, field, id);
    }
  }
  out.typo = typo && out.size > 0;
  matchKinds(ix, out, [t, ...wordForms(t)]);
  matchPinyin(ix, out, t);
  return out;
}

/** Marks, in a fresh array, the records whose explanation has a Chinese word or a word containing it (偏见 in 性别偏见). */
function zhBodyHolders(ix: SearchIndex, part: string): Uint8Array | undefined {
  const marks = new Uint8Array(ix.records.length);
  let any = false;
  const mark = (records: Iterable<number>) => {
    for (const i of records) marks[i] = 1;
    any = true;
  };
  const known = ix.zhBodyHolders.get(part);
  if (known) mark(known);
  else if ([...part].length === 1) {
    // A single character counts only as a word of its own, not inside any word that has it.
    const own = ix.zhBody.get(part);
    if (own) mark(own);
  } else
    for (const w of rarest(ix.zhBodyChars, part)) {
      if (!w.includes(part)) continue;
      mark(ix.zhBody.get(w) ?? []);
    }
  if (any) return marks;
  if ([...part].length < 3) return undefined;
  // Longer than any word of the explanations (隐私安全 is written 隐私 · 安全): every word of it.
  const pieces = segmentHan(part, { has: (w) => ix.zhBody.has(w), maxLength: 6 });
  return pieces.length < 2 ? undefined : holdersOfAll(ix, pieces);
}

/** The records whose explanation has every one of the words. */
function holdersOfAll(ix: SearchIndex, parts: readonly string[]): Uint8Array | undefined {
  let all: Uint8Array | undefined;
  for (const p of parts) {
    const h = zhBodyHolders(ix, p);
    if (!h) return undefined;
    if (!all) all = h;
    else for (let i = 0; i < all.length; i++) all[i] = (all[i] ?? 0) & (h[i] ?? 0);
  }
  return all;
}

function matchHan(ix: SearchIndex, term: QueryTerm): TermMatches {
  const out = new TermMatches(ix.records.length);
  const t = term.text;
  const id = out.wordId(t);
  for (const i of rarest(ix.zhChars, t)) {
    // The first place the term is in the record's text tells the best field it is in.
    const at = ix.zhText[i]?.indexOf(t) ?? -1;
    if (at < 0) continue;
    const field = at < (ix.zhAliasAt[i] ?? 0) ? F.label : at < (ix.zhSummaryAt[i] ?? 0) ? F.alias : F.summary;
    out.keep(i, FIELD_SCORE[field] ?? 1, field, id);
  }
  matchKinds(ix, out, [t]);
  const body = holdersOfAll(ix, term.parts);
  if (body) for (let i = 0; i < body.length; i++) if (body[i]) out.keep(i, FIELD_SCORE[F.body] ?? 1, F.body, id);
  return out;
}

export function matchTerm(ix: SearchIndex, term: QueryTerm): TermMatches {
  return term.script === 'han' ? matchHan(ix, term) : matchLatin(ix, term.text);
}

/**
 * The terms of a query with their matches. A Chinese phrase that matches nothing as a
 * whole is searched word by word (偏见治理 → 偏见 · 治理): the reader joined words the index
 * never sees together.
 */
export function matchAll(
  ix: SearchIndex,
  read: readonly QueryTerm[],
  cache: Map<string, TermMatches> = new Map(),
): { terms: QueryTerm[]; matches: TermMatches[]; unmatchedPhrases: string[] } {
  const terms: QueryTerm[] = [];
  const matches: TermMatches[] = [];
  const unmatchedPhrases: string[] = [];
  // One query may match the same term more than once (the list, then "A vs B"'s sides).
  const match = (t: QueryTerm) => {
    const key = `${t.script}:${t.parts.join('|')}`;
    let m = cache.get(key);
    if (!m) cache.set(key, (m = matchTerm(ix, t)));
    return m;
  };
  const add = (t: QueryTerm, m: TermMatches) => {
    if (terms.some((x) => x.text === t.text)) return;
    terms.push(t);
    matches.push(m);
  };
  for (const t of read) {
    const m = match(t);
    if (t.script !== 'han' || t.parts.length < 2 || m.size > 0) add(t, m);
    else {
      unmatchedPhrases.push(t.text);
      for (const p of t.parts) {
        const word: QueryTerm = { text: p, script: 'han', parts: [p] };
        add(word, match(word));
      }
    }
  }
  return { terms, matches, unmatchedPhrases };
}
