/**
 * Search across the framework in English, Chinese and pinyin — the query side, which runs
 * in the browser, in tests and in the benchmark (graph/search-build.ts builds the indexes).
 *
 * Two indexes are fetched: the core one (records with labels, aliases, summaries and
 * pinyin, plus a prebuilt fuse.js index of the English vocabulary) when the palette first
 * opens, and the words of every explanation after it.
 *
 * English: every query word must match a word of a label, alias or summary exactly, as
 * its start, or — for typos — through fuse.js over the vocabulary, confirmed by an edit
 * distance of one (two for long words). Fuzzy matching over words rather than whole
 * records keeps "chess" from matching "process" and keeps a query under a millisecond.
 * Chinese: fuse's defaults are poor for Chinese (a two-character query fuzzily matches
 * unrelated words), so Chinese matches exactly, as a substring; a longer Chinese query
 * that finds nothing exactly may match a label approximately, tightly. Pinyin: full
 * syllables (with or without spaces) and initials ("ys" for 隐私).
 */
import { distance } from 'fastest-levenshtein';
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { z } from 'zod';
import { NodeKind, type Lang } from './schema';

const SearchRecordSchema = z.object({
  id: z.string(),
  kind: NodeKind,
  labelEn: z.string(),
  labelZh: z.string(),
  aliasesEn: z.array(z.string()),
  aliasesZh: z.array(z.string()),
  summaryEn: z.string(),
  summaryZh: z.string(),
  pinyin: z.array(z.string()),
  initials: z.array(z.string()),
});

/**
 * One node as search sees it. `pinyin` holds the pinyin of the Chinese label and aliases,
 * syllables joined without spaces ("yinsianquan"); `initials` their first letters ("ysaq").
 */
export type SearchRecord = z.infer<typeof SearchRecordSchema>;

/** An entry of the English vocabulary: a word of some label or alias. */
export interface VocabWord {
  w: string;
}

type FuseIndexJson = ReturnType<FuseIndex<VocabWord>['toJSON']>;

/** The fetched index files are parsed, not trusted: a stale or broken file fails clearly. */
export const CoreIndexSchema = z.object({
  version: z.string(),
  records: z.array(SearchRecordSchema),
  /**
   * The vocabulary in buckets by first character, each with its prebuilt fuse.js index:
   * a typo is looked for only among words that start like the query word, which keeps
   * fuzzy matching fast however large the graph grows.
   */
  vocab: z.record(
    z.string(),
    z.object({
      words: z.array(z.string()),
      fuse: z.custom<FuseIndexJson>(
        (v) => typeof v === 'object' && v !== null && 'keys' in v && 'records' in v,
        'not a fuse.js index',
      ),
    }),
  ),
});
export type CoreIndex = z.infer<typeof CoreIndexSchema>;

/** Per node, the distinct words of its explanation in each language. */
export const BodyIndexSchema = z.record(z.string(), z.object({ en: z.array(z.string()), zh: z.array(z.string()) }));
export type BodyIndex = z.infer<typeof BodyIndexSchema>;

export const VOCAB_FUSE_OPTIONS: IFuseOptions<VocabWord> = {
  keys: ['w'],
  includeScore: true,
  threshold: 0.4,
  ignoreLocation: true,
  minMatchCharLength: 3,
};

const HAN = /\p{Script=Han}/u;
export const hasHan = (s: string) => HAN.test(s);
export const latinWords = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');

export interface SearchHit {
  id: string;
  kind: NodeKind;
  /** Lower is better. */
  score: number;
  /** Where it matched: the label, an alias, the summary, pinyin, or only the explanation. */
  field: 'label' | 'alias' | 'summary' | 'pinyin' | 'body';
  /** Character ranges of the match in the page-language label, for highlighting. */
  labelRanges: [number, number][];
}

export interface Searcher {
  readonly records: readonly SearchRecord[];
  search(query: string, lang: Lang, limit?: number): SearchHit[];
  addBody(body: BodyIndex): void;
}

/** Normalises a query: folds full-width forms and case, trims, collapses spaces. */
export function normaliseQuery(q: string): string {
  return q.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ').slice(0, 100);
}

/** How far a typo may be: one edit, two for words of seven letters or more. */
const typoBudget = (w: string) => (w.length >= 7 ? 2 : 1);

const KIND_ORDER: NodeKind[] = [
  'trait',
  'challenge',
  'concept',
  'relation',
  'governance',
  'limitation',
  'recommendation',
  'level',
  'case',
  'source',
];
const kindRank = (k: NodeKind) => KIND_ORDER.indexOf(k);

export function createSearcher(core: CoreIndex, body?: BodyIndex): Searcher {
  const records = core.records;
  const buckets = new Map<string, Fuse<VocabWord>>();
  const bucket = (first: string) => {
    const b = core.vocab[first];
    if (!b) return undefined;
    let f = buckets.get(first);
    if (!f) {
      f = new Fuse(
        b.words.map((w) => ({ w })),
        VOCAB_FUSE_OPTIONS,
        Fuse.parseIndex<VocabWord>(b.fuse),
      );
      buckets.set(first, f);
    }
    return f;
  };
  const labelWords = records.map((r) => latinWords(r.labelEn));
  const aliasWords = records.map((r) => r.aliasesEn.map(latinWords));
  const summaryWords = records.map((r) => new Set(latinWords(r.summaryEn)));
  // Which records hold each English word (label, alias or summary; explanation words are
  // added with the body index), so a query only scores the records that can match.
  const holders = new Map<string, Set<number>>();
  const hold = (w: string, i: number) => {
    let set = holders.get(w);
    if (!set) holders.set(w, (set = new Set()));
    set.add(i);
  };
  records.forEach((r, i) => {
    for (const w of [...(labelWords[i] ?? []), ...(aliasWords[i] ?? []).flat(), ...(summaryWords[i] ?? [])]) hold(w, i);
  });
  let bodyEn: Set<string>[] = [];
  let bodyZh: string[] = [];
  const setBody = (b: BodyIndex) => {
    bodyEn = records.map((r) => new Set(b[r.id]?.en ?? []));
    bodyEn.forEach((words, i) => words.forEach((w) => hold(w, i)));
    // Joined once, so a Chinese query is one substring test per node.
    bodyZh = records.map((r) => (b[r.id]?.zh ?? []).join('|'));
  };
  if (body) setBody(body);
  let zhFuse: Fuse<SearchRecord> | undefined;

  /** The words of the vocabulary a query word stands for, and how many edits each costs. */
  const expand = (q: string): Map<string, number> => {
    const out = new Map<string, number>([[q, 0]]);
    const words = core.vocab[q[0] ?? '']?.words ?? [];
    if (q.length >= 3) for (const w of words) if (w.startsWith(q) && w !== q) out.set(w, 0);
    const known = words.includes(q) || out.size > 1;
    // Typos are looked for only when the word is not in the vocabulary as it stands.
    if (q.length >= 4 && !known) {
      for (const res of bucket(q[0] ?? '')?.search(q, { limit: 12 }) ?? []) {
        const d = distance(q, res.item.w);
        if (d > 0 && d <= typoBudget(q) && !out.has(res.item.w)) out.set(res.item.w, d);
      }
    }
    return out;
  };

  /** Edits needed for every query word to be found among `words`; undefined if some is not. */
  const cost = (expanded: Map<string, number>[], words: readonly string[]): number | undefined => {
    let total = 0;
    for (const e of expanded) {
      let best: number | undefined;
      for (const w of words) {
        const c = e.get(w);
        if (c !== undefined && (best === undefined || c < best)) best = c;
      }
      if (best === undefined) return undefined;
      total += best;
    }
    return total;
  };

  const rangesIn = (label: string, q: string): [number, number][] => {
    const at = label.toLowerCase().indexOf(q);
    return at >= 0 && q.length > 0 ? [[at, at + q.length - 1]] : [];
  };

  return {
    records,
    addBody: setBody,
    search(raw, lang, limit = 30) {
      const q = normaliseQuery(raw);
      if (q === '') return [];
      const hits = new Map<string, SearchHit>();
      const add = (i: number, score: number, field: SearchHit['field']) => {
        const r = records[i];
        if (!r) return;
        const prev = hits.get(r.id);
        if (prev && prev.score <= score) return;
        const label = lang === 'en' ? r.labelEn : r.labelZh;
        hits.set(r.id, { id: r.id, kind: r.kind, score, field, labelRanges: rangesIn(label, q) });
      };

      if (hasHan(q)) {
        records.forEach((r, i) => {
          const label = r.labelZh.toLowerCase();
          if (label === q) add(i, 0, 'label');
          else if (label.startsWith(q)) add(i, 0.05, 'label');
          else if (label.includes(q)) add(i, 0.1, 'label');
          else if (r.aliasesZh.some((a) => a.toLowerCase() === q)) add(i, 0.08, 'alias');
          else if (r.aliasesZh.some((a) => a.toLowerCase().includes(q))) add(i, 0.15, 'alias');
          else if (r.summaryZh.includes(q)) add(i, 0.4, 'summary');
          else if (bodyZh[i]?.includes(q)) add(i, 0.8, 'body');
        });
        // Only a longer query that found nothing exactly may match approximately, and tightly.
        if (hits.size === 0 && [...q].length >= 3) {
          zhFuse ??= new Fuse(records, {
            keys: ['labelZh', 'aliasesZh'],
            includeScore: true,
            ignoreLocation: true,
            threshold: 0.25,
          });
          for (const res of zhFuse.search(q, { limit: 10 })) add(res.refIndex, 0.3 + (res.score ?? 0), 'label');
        }
      } else {
        const qWords = latinWords(q);
        const expanded = qWords.map(expand);
        // Candidates: records that hold, for every query word, one of the words it stands for.
        let candidates: Set<number> | undefined;
        for (const e of expanded) {
          const any = new Set<number>();
          for (const w of e.keys()) holders.get(w)?.forEach((i) => any.add(i));
          candidates = candidates ? new Set([...candidates].filter((i) => any.has(i))) : any;
        }
        for (const i of candidates ?? []) {
          const r = records[i];
          if (!r) continue;
          const label = r.labelEn.toLowerCase();
          if (label === q || r.aliasesEn.some((a) => a.toLowerCase() === q)) {
            add(i, 0, 'label');
            continue;
          }
          const lw = labelWords[i] ?? [];
          const inLabel = cost(expanded, lw);
          if (inLabel !== undefined) {
            // Among label matches, the label closest in length to the query ranks first.
            const extra = Math.max(0, lw.length - qWords.length);
            add(i, label.startsWith(q) ? 0.05 : 0.1 + 0.03 * extra + 0.05 * inLabel, 'label');
            continue;
          }
          const inAlias = (aliasWords[i] ?? [])
            .map((aw) => cost(expanded, aw))
            .filter((c): c is number => c !== undefined);
          if (inAlias.length > 0) {
            add(i, 0.15 + 0.05 * Math.min(...inAlias), 'alias');
            continue;
          }
          const sw = summaryWords[i];
          if (sw && qWords.every((w) => sw.has(w))) {
            add(i, 0.5, 'summary');
            continue;
          }
          const bw = bodyEn[i];
          if (bw && qWords.every((w) => w.length >= 3 && bw.has(w))) add(i, 0.8, 'body');
        }
        const compact = q.replace(/[\s'’-]/g, '');
        if (/^[a-z]+$/.test(compact) && compact.length >= 2) {
          records.forEach((r, i) => {
            if (r.pinyin.some((p) => p === compact)) add(i, 0.02, 'pinyin');
            else if (compact.length >= 4 && r.pinyin.some((p) => p.startsWith(compact))) add(i, 0.2, 'pinyin');
            else if (compact.length <= 6 && r.initials.some((x) => x === compact)) add(i, 0.12, 'pinyin');
          });
        }
      }
      return [...hits.values()]
        .sort((a, b) => a.score - b.score || kindRank(a.kind) - kindRank(b.kind))
        .slice(0, limit);
    },
  };
}
