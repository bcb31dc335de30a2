/**
 * Build-time half of search: the records (with pinyin, from pinyin-pro) and the prebuilt
 * fuse.js index, and the words of every explanation (Intl.Segmenter). Kept apart from
 * graph/search.ts so the browser never loads pinyin-pro.
 */
import Fuse from 'fuse.js';
import { pinyin } from 'pinyin-pro';
import type { GraphIndex } from './load';
import type { Lang } from './schema';
import { hasHan, latinWords, type BodyIndex, type CoreIndex, type SearchRecord, type VocabWord } from './search';

function pinyinForms(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter(
    (s) => s.trim() !== '',
  );
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}

export function searchRecords(index: GraphIndex): SearchRecord[] {
  return index.graph.nodes.map((n) => {
    const zhNames = [n.label.zh, ...(n.aliases?.zh ?? [])];
    const forms = zhNames.map(pinyinForms);
    return {
      id: n.id,
      kind: n.kind,
      labelEn: n.label.en,
      labelZh: n.label.zh,
      aliasesEn: n.aliases?.en ?? [],
      aliasesZh: n.aliases?.zh ?? [],
      summaryEn: n.summary.en,
      summaryZh: n.summary.zh,
      pinyin: forms.map((f) => f.full),
      initials: forms.map((f) => f.initials),
    };
  });
}

export function buildCoreIndex(records: SearchRecord[], version: string): CoreIndex {
  // The English vocabulary of labels and aliases, bucketed by first character, each bucket
  // with a prebuilt fuse.js index for typo matching (see graph/search.ts).
  const words = [...new Set(records.flatMap((r) => [r.labelEn, ...r.aliasesEn].flatMap(latinWords)))]
    .filter((w) => w.length >= 3)
    .sort();
  const vocab: CoreIndex['vocab'] = {};
  for (const first of new Set(words.map((w) => w[0] ?? ''))) {
    const inBucket = words.filter((w) => w[0] === first);
    vocab[first] = {
      words: inBucket,
      fuse: Fuse.createIndex<VocabWord>(
        ['w'],
        inBucket.map((w) => ({ w })),
      ).toJSON(),
    };
  }
  return { version, records, vocab };
}

/** The words of an explanation: MDX markup removed, then Intl.Segmenter's word segments. */
export function bodyWords(mdx: string, lang: Lang): string[] {
  const text = mdx
    .replace(/<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/g, (_m, attrs: string, inner: string) => {
      const translation = /translation="([^"]*)"/.exec(attrs)?.[1] ?? '';
      return ` ${inner} ${translation} `;
    })
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>[\]()]/g, ' ');
  const segmenter = new Intl.Segmenter(lang === 'zh' ? 'zh' : 'en', { granularity: 'word' });
  const words = new Set<string>();
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    const w = s.segment.toLowerCase();
    if (lang === 'en' && (w.length < 3 || hasHan(w))) continue;
    if (lang === 'zh' && !hasHan(w)) continue;
    words.add(w);
  }
  return [...words];
}

export function buildBodyIndex(files: readonly { id: string; lang: Lang; source: string }[]): BodyIndex {
  const out: BodyIndex = {};
  for (const f of files) {
    const entry = (out[f.id] ??= { en: [], zh: [] });
    entry[f.lang] = bodyWords(f.source, f.lang);
  }
  return out;
}

/** Pinyin of a Chinese text with tone marks, syllables separated by spaces (for display). */
export function displayPinyin(text: string): string {
  return pinyin(text, { nonZh: 'consecutive', v: true });
}

/** Pinyin without tones, for sorting. */
export function sortPinyin(text: string): string {
  return pinyinForms(text).full;
}
