/**
 * npm run quotes: where the quotations stand against the quotation-share rule. Prints the
 * share, the longest merged stretch, and the longest quotations and most-quoted stretches,
 * so an author knows what to shorten first. A report only: `npm run check` enforces.
 */
import fs from 'node:fs';
import { findPaper } from '../graph/quotes';
import { formatShare, measureQuoteShare } from '../graph/quote-share';
import { allQuotations } from './quotations';

const paperPath = findPaper();
if (paperPath === undefined) {
  console.error('the paper (../shared/source/paper.zh.txt or PAPER_PATH) was not found');
  process.exit(1);
}
const paper = fs.readFileSync(paperPath, 'utf8');
const quotations = allQuotations();
const share = measureQuoteShare(
  paper,
  quotations.map((q) => q.text),
);
const squash = (s: string) => s.replace(/\s+/g, '');
const top = Number(process.argv[2] ?? 25);

console.log(
  `${quotations.length} quotations (${share.distinct} distinct) cover ${share.quotedHan} of ${share.totalHan} Han characters: ${formatShare(share.share)}`,
);
console.log(`longest merged stretch: ${share.longest.length} characters: ${share.longest}`);

const byText = new Map<string, string[]>();
for (const q of quotations) {
  const key = squash(q.text);
  byText.set(key, [...(byText.get(key) ?? []), q.where]);
}
console.log(`\nlongest quotations:`);
for (const [text, where] of [...byText.entries()].sort((a, b) => b[0].length - a[0].length).slice(0, top)) {
  console.log(
    `${text.length}\t${where.length}×\t${text}\n\t\t${where.slice(0, 6).join(', ')}${where.length > 6 ? ' …' : ''}`,
  );
}
