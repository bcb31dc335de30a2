/**
 * Build-time half of search: the records (with pinyin, from pinyin-pro), the governance
 * links a question about measures or limits is answered from, and the words of every
 * explanation (Intl.Segmenter). Kept apart from graph/search.ts so the browser never
 * loads pinyin-pro.
 */
import { pinyin } from 'pinyin-pro';
import type { GraphIndex } from './load';
import type { Lang, Node, Section } from './schema';
import type { BodyIndex, CoreIndex, GovernanceEntry, LimitEntry, SearchRecord } from './search-index';
import { PAPER_SECTIONS, parentSection, sectionRecordId } from './search-sections';
import { hasHan } from './search-text';

function pinyinForms(text: string): { full: string; initials: string } {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }).filter(
    (s) => s.trim() !== '',
  );
  return { full: syllables.join(''), initials: syllables.map((s) => s[0] ?? '').join('') };
}

function pinyinOf(zhNames: readonly string[]): Pick<SearchRecord, 'pinyin' | 'initials'> {
  const forms = zhNames.map(pinyinForms);
  return { pinyin: forms.map((f) => f.full), initials: forms.map((f) => f.initials) };
}

/** An idea's links in the argument (not the derived "cited for" links of cited works). */
const linksOf = (index: GraphIndex, id: string) =>
  [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])].filter((e) => e.kind !== 'cited-for').length;

export function searchRecords(index: GraphIndex): SearchRecord[] {
  return index.graph.nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    labelEn: n.label.en,
    labelZh: n.label.zh,
    aliasesEn: n.aliases?.en ?? [],
    aliasesZh: n.aliases?.zh ?? [],
    summaryEn: n.summary.en,
    summaryZh: n.summary.zh,
    ...pinyinOf([n.label.zh, ...(n.aliases?.zh ?? [])]),
    links: linksOf(index, n.id),
  }));
}

const sectionName = (s: Section, lang: Lang) =>
  s === 'abstract' ? (lang === 'en' ? 'the abstract' : '摘要') : lang === 'en' ? `section ${s}` : `第 ${s} 节`;

/**
 * The paper's sections as records: the heading as label, and as summary where the section
 * sits in the paper (its parent's heading), so a result says what it is.
 */
export function sectionRecords(): SearchRecord[] {
  return PAPER_SECTIONS.map(({ section, heading }) => {
    const parent = PAPER_SECTIONS.find((p) => p.section === parentSection(section));
    const summaryEn =
      section === 'abstract'
        ? 'The abstract of the paper.'
        : parent
          ? `Section ${section} of the paper, in ${sectionName(parent.section, 'en')}, “${parent.heading.en}”.`
          : `Section ${section} of the paper.`;
    const summaryZh =
      section === 'abstract'
        ? '论文的摘要。'
        : parent
          ? `论文第 ${section} 节，属于${sectionName(parent.section, 'zh')}“${parent.heading.zh}”。`
          : `论文第 ${section} 节。`;
    return {
      id: sectionRecordId(section),
      kind: 'section',
      labelEn: heading.en,
      labelZh: heading.zh,
      aliasesEn: [],
      aliasesZh: [],
      summaryEn,
      summaryZh,
      ...pinyinOf([heading.zh]),
      section,
    };
  });
}

const isMeasure = (n: Node | undefined) => n?.kind === 'governance' || n?.kind === 'recommendation';

/**
 * What addresses a challenge: measures and recommendations with an `addresses` link to it,
 * or to a broader challenge it is part of (marked "via" that challenge). Empty: a gap.
 */
export function governanceEntries(index: GraphIndex, id: string): GovernanceEntry[] {
  const out = new Map<string, GovernanceEntry>();
  const seen = new Set<string>();
  const visit = (challenge: string, via: string | undefined) => {
    if (seen.has(challenge)) return;
    seen.add(challenge);
    for (const e of index.incoming.get(challenge) ?? []) {
      if (e.kind === 'addresses' && isMeasure(index.node.get(e.source)) && !out.has(e.source))
        out.set(
          e.source,
          via === undefined ? { id: e.source, stance: e.stance } : { id: e.source, stance: e.stance, via },
        );
    }
    for (const e of index.outgoing.get(challenge) ?? []) {
      if (e.kind === 'part-of' && index.node.get(e.target)?.kind === 'challenge') visit(e.target, e.target);
    }
  };
  visit(id, undefined);
  return [...out.values()];
}

/**
 * A measure's limitations: its own (`limited-by`), then those of the broader measures it is
 * part of (a limit of governance tools applies to data cleaning too), marked "via"
 * that measure. A limitation both own and inherited is listed as own.
 */
export function limitEntries(index: GraphIndex, id: string): LimitEntry[] {
  const out = new Map<string, LimitEntry>();
  const seen = new Set<string>();
  const visit = (measure: string, via: string | undefined) => {
    if (seen.has(measure)) return;
    seen.add(measure);
    for (const e of index.outgoing.get(measure) ?? []) {
      if (e.kind === 'limited-by' && !out.has(e.target))
        out.set(e.target, via === undefined ? { id: e.target } : { id: e.target, via });
    }
    for (const e of index.outgoing.get(measure) ?? []) {
      if (e.kind === 'part-of' && isMeasure(index.node.get(e.target))) visit(e.target, e.target);
    }
  };
  visit(id, undefined);
  return [...out.values()];
}

export function buildCoreIndex(index: GraphIndex, version: string, options: { pages: CoreIndex['pages'] }): CoreIndex {
  const nodes = index.graph.nodes;
  const governance: CoreIndex['governance'] = {};
  const limits: CoreIndex['limits'] = {};
  const responses: CoreIndex['responses'] = {};
  for (const n of nodes) {
    if (n.kind === 'challenge') governance[n.id] = governanceEntries(index, n.id);
    if (isMeasure(n)) limits[n.id] = limitEntries(index, n.id);
    if (n.kind === 'limitation')
      responses[n.id] = (index.incoming.get(n.id) ?? []).filter((e) => e.kind === 'responds-to').map((e) => e.source);
  }
  // Sections only when the paper page exists to link them to.
  const records = [...searchRecords(index), ...(options.pages.paper ? sectionRecords() : [])];
  return { version, records, governance, limits, responses, pages: options.pages };
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
