/**
 * How much of the paper the site quotes, all quotations together: the graph's citations,
 * the explanations' and tours' <Quote>s and the relations page's formulas. We quote like
 * a scholar, not a reprint, so the union of everything quoted stays under a share of the
 * paper's Han characters, and no stretch of the paper is quoted at length when
 * neighbouring quotations are put together. Pure: the paper text and the quotes in, the
 * figures out.
 */

import type { Problem } from './problems';

/** At most this share of the paper's Han characters may be quoted, all quotations together. */
export const QUOTE_SHARE_MAX = 0.4;

/** No merged stretch of quoted text may be longer than this many characters (whitespace aside). */
export const QUOTE_STRETCH_MAX = 120;

export interface QuoteShare {
  /** Han characters of the paper inside at least one quotation. */
  quotedHan: number;
  /** Han characters of the paper. */
  totalHan: number;
  /** quotedHan / totalHan, 0 … 1. */
  share: number;
  /** The longest stretch of the paper that the quotations cover when merged, whitespace removed. */
  longest: string;
  /** Distinct quotations (whitespace aside) that were found in the paper. */
  distinct: number;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

/**
 * Marks every occurrence of every quotation in the paper (as the shared quote checker
 * does, so a short clause that recurs counts wherever it recurs), then merges the marked
 * stretches. Two quotations separated by nothing but punctuation, digits or Latin letters
 * count as one stretch: together they reproduce the paper just as one long quote would.
 * A quotation not found in the paper is ignored here (the verbatim rule reports it).
 */
export function measureQuoteShare(paperText: string, quotes: Iterable<string>): QuoteShare {
  const paper = squash(paperText);
  const covered = new Uint8Array(paper.length);
  const distinct = new Set<string>();
  for (const raw of quotes) {
    const q = squash(raw);
    if (q === '' || distinct.has(q)) continue;
    let found = false;
    for (let i = paper.indexOf(q); i !== -1; i = paper.indexOf(q, i + 1)) {
      covered.fill(1, i, i + q.length);
      found = true;
    }
    if (found) distinct.add(q);
  }

  let totalHan = 0;
  let quotedHan = 0;
  for (let i = 0; i < paper.length; i++) {
    if (!isHan(paper.charAt(i))) continue;
    totalHan++;
    quotedHan += covered[i] ?? 0;
  }

  // Stretches: covered runs, joined across gaps that hold no Han character.
  let longest = '';
  let start = -1;
  let end = -1;
  const close = () => {
    if (start >= 0 && end - start > longest.length) longest = paper.slice(start, end);
  };
  for (let i = 0; i < paper.length; i++) {
    if (covered[i] !== 1) continue;
    let j = i;
    while (j < paper.length && covered[j] === 1) j++;
    const gap = start >= 0 ? paper.slice(end, i) : '';
    if (start >= 0 && ![...gap].some(isHan)) end = j;
    else {
      close();
      start = i;
      end = j;
    }
    i = j - 1;
  }
  close();

  return { quotedHan, totalHan, share: totalHan === 0 ? 0 : quotedHan / totalHan, longest, distinct: distinct.size };
}

/** The share as people read it: "38.2 %". */
export const formatShare = (share: number) => `${(100 * share).toFixed(1)} %`;

/**
 * The rule `npm run check` applies: the measure, and a problem for each limit it passes.
 * Limits are parameters so that a test can apply them to a small fixture.
 */
export function quoteShareProblems(
  paperText: string,
  quotes: Iterable<string>,
  limits: { share: number; stretch: number } = { share: QUOTE_SHARE_MAX, stretch: QUOTE_STRETCH_MAX },
): { share: QuoteShare; problems: Problem[] } {
  const share = measureQuoteShare(paperText, quotes);
  const problems: Problem[] = [];
  const at = { file: '(all quotations)', id: '(the paper)' };
  if (share.share > limits.share)
    problems.push({
      ...at,
      field: 'quotation share',
      message: `together the quotations cover ${formatShare(share.share)} of the paper's Han characters (${share.quotedHan} of ${share.totalHan}), more than the ${formatShare(limits.share)} allowed`,
      fix: 'quote less: cut each quote to the shortest clause that carries its claim, or reuse the clause another citation of the same idea already quotes (npm run quotes lists the longest quotations)',
    });
  if (share.longest.length > limits.stretch)
    problems.push({
      ...at,
      field: 'quoted stretch',
      message: `neighbouring quotations together reproduce ${share.longest.length} characters of the paper in one stretch (at most ${limits.stretch}): "${share.longest.slice(0, 40)}…"`,
      fix: 'leave part of that stretch unquoted: shorten or drop one of the quotations that meet there',
    });
  return { share, problems };
}
