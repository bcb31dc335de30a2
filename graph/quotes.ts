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
