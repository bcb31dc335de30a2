/**
 * The verbatim rule: a quote must appear in the paper exactly, ignoring only whitespace
 * (the paper's text has hard line breaks and spaces inside numbers such as "1 750 亿").
 * The same rule as ../shared/tools/check-quotes.mjs, applied to graph and MDX quotes alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SECTIONS, type Section } from './schema';

const squash = (s: string) => s.replace(/\s+/g, '');

export function makeQuoteChecker(paperText: string): (quote: string) => boolean {
  const paper = squash(paperText);
  return (quote) => paper.includes(squash(quote));
}

/** Where the paper is: `PAPER_PATH`, or the shared folder beside the checkout. */
export function findPaper(): string | undefined {
  const candidates = [process.env.PAPER_PATH, path.join(process.cwd(), '..', 'shared', 'source', 'paper.zh.txt')];
  return candidates.find((p): p is string => p !== undefined && p !== '' && fs.existsSync(p));
}

/** How many Han characters an unmarked passage may share, in one run, with the paper. */
export const COPY_MAX_HAN = 24;

const hanCount = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;

/**
 * Explanations are written in our own words: outside a <Quote>, no passage may repeat
 * the paper word for word for more than COPY_MAX_HAN Han characters. Returns the copied
 * runs that are too long. Markup and whitespace are ignored; quotations are cut out first.
 */
export function makeCopyFinder(paperText: string): (mdx: string) => string[] {
  const paper = squash(paperText);
  return (mdx) => {
    const prose = squash(mdx.replace(/<Quote\b[\s\S]*?<\/Quote>/g, '\u0000').replace(/<[^>]+>/g, ''));
    const runs: string[] = [];
    const seed = 8;
    let i = 0;
    while (i + seed <= prose.length) {
      if (!paper.includes(prose.slice(i, i + seed))) {
        i++;
        continue;
      }
      let j = i + seed;
      while (j < prose.length && paper.includes(prose.slice(i, j + 1))) j++;
      const run = prose.slice(i, j);
      if (hanCount(run) > COPY_MAX_HAN) runs.push(run);
      i = j;
    }
    return runs;
  };
}

/**
 * Where each of the paper's sections begins: the start of its printed heading (whitespace
 * aside), in the order of SECTIONS. A section runs to the next heading of any depth, so
 * "4" is only the short text before "4.1": a clause under the 4.2 heading is cited as 4.2.
 */
export const PAPER_HEADINGS: Readonly<Record<Section, string>> = {
  abstract: '摘要',
  '1': '1人工智能步入',
  '2': '2通用模型的特性及伦理挑战',
  '2.1': '2.1通用模型的特性',
  '2.1.1': '2.1.1核心特性',
  '2.1.2': '2.1.2衍生特性',
  '2.2': '2.2通用模型的伦理挑战',
  '2.2.1': '2.2.1算法层面',
  '2.2.2': '2.2.2数据层面',
  '2.2.3': '2.2.3算力层面',
  '3': '3通用模型的中介性',
  '4': '4治理措施及局限性',
  '4.1': '4.1治理技术',
  '4.2': '4.2治理机制',
  '5': '5展望',
};

/**
 * The sections a quote stands in. Returns a function from a quote to the sections where
 * it occurs (empty when it is not in the paper, or when the headings are not found, so
 * that the verbatim rule, not this one, reports it).
 */
export function makeSectionFinder(
  paperText: string,
  headings: Readonly<Record<Section, string>> = PAPER_HEADINGS,
): (quote: string) => Section[] {
  const paper = squash(paperText);
  const starts: { section: Section; at: number }[] = [];
  let from = 0;
  for (const section of SECTIONS) {
    const at = paper.indexOf(squash(headings[section]), from);
    if (at < 0) return () => [];
    starts.push({ section, at });
    from = at + 1;
  }
  const sectionAt = (i: number): Section => {
    let found: Section = SECTIONS[0];
    for (const s of starts) if (s.at <= i) found = s.section;
    return found;
  };
  return (quote) => {
    const q = squash(quote);
    const out = new Set<Section>();
    if (q === '') return [];
    for (let i = paper.indexOf(q); i !== -1; i = paper.indexOf(q, i + 1)) out.add(sectionAt(i));
    return [...out];
  };
}
