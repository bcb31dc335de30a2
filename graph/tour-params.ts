/**
 * The tour player's URL contract: `?step=N` is a 1-based step number, so every step has
 * a link and back/forward work. Parsing never throws; a value that names no step is
 * reported (the page shows a note) and the first step is shown. Other parameters are left
 * alone: a tour link may carry a courseware's own tracking parameters.
 */
import { excerpt } from './excerpt';

/** The longest piece of a bad `step` value shown back to the reader. */
export const MAX_BAD_STEP = 40;

export interface ParsedStep {
  step: number;
  /** The `step` value that was not understood, shortened; undefined when there was none. */
  bad: string | undefined;
}

/** Reads `?step=` as a 1-based step number; anything else is reported and step 1 is shown. */
export function parseStep(search: string, total: number): ParsedStep {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null) return { step: 1, bad: undefined };
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= total
    ? { step: n, bad: undefined }
    : { step: 1, bad: excerpt(raw, MAX_BAD_STEP) };
}
