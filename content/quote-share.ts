/**
 * How much of the paper the site quotes, as `npm run data` measured it (graph/quote-share.ts),
 * for the sources page. Absent when the site was built without the paper at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const QUOTE_SHARE_FILE = path.join(process.cwd(), '.generated', 'quote-share.json');

export const QuoteShareFigure = z.strictObject({
  /** Share of the paper's Han characters inside at least one quotation, 0 … 1. */
  share: z.number().min(0).max(1),
  /** The longest stretch of the paper the quotations cover together, in characters. */
  longest: z.number().int().min(0),
  /** The most the rule allows, 0 … 1. */
  max: z.number().min(0).max(1),
});
export type QuoteShareFigure = z.infer<typeof QuoteShareFigure>;

export function loadQuoteShare(file: string = QUOTE_SHARE_FILE): QuoteShareFigure | undefined {
  if (!fs.existsSync(file)) return undefined;
  return QuoteShareFigure.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}
