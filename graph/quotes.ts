/**
 * The verbatim rule: a quote must appear in the paper exactly, ignoring only whitespace
 * (the paper's text has hard line breaks and spaces inside numbers such as "1 750 亿").
 * The same rule as ../shared/tools/check-quotes.mjs, applied to graph and MDX quotes alike.
 */
import fs from 'node:fs';
import path from 'node:path';

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
