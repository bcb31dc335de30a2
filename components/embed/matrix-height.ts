/**
 * The height to suggest for an embedded matrix: its rows are one line each (embed-matrix.tsx,
 * matrix.css), so the height follows from how many level groups and challenge rows the
 * chosen levels show. The figures are the CSS's, in pixels at the default font size, with
 * room for a course frame's own borders; e2e/matrix.spec.ts checks that the frame
 * needs no scrollbar at this height, 700 pixels wide.
 */
import { LEVELS } from '@/graph/vocabulary';
import type { Level } from '@/graph/schema';

/**
 * Per level group (`level` absent: challenges the paper gives no level): its challenge rows,
 * and the measures that reach one of them (the columns a filtered matrix keeps).
 */
export type MatrixRowCounts = readonly { level?: Level; rows: number; measures: readonly string[] }[];

const CHROME = 160; // frame padding, title bar, key (one line at full size), table border
const HEADER = 292; // family and measure heads, written vertically (fixed heights in matrix.css)
const EMPTY_HEADER = 24; // the heads when no measure reaches the levels shown
const GROUP = 28; // a level's heading row
const ROW = 30.5; // a challenge row
const SPARE = 36; // rounding of row heights across fonts and zoom levels

export function matrixEmbedHeight(levels: readonly Level[], counts: MatrixRowCounts): number {
  const all = LEVELS.every((l) => levels.includes(l));
  const shown = counts.filter((c) => (c.level ? levels.includes(c.level) : all));
  const rows = shown.reduce((n, c) => n + c.rows, 0);
  // Unfiltered, every measure is a column; filtered, only those reaching a row shown, and with none the heads are one line.
  const columns = all || shown.some((c) => c.measures.length > 0);
  return Math.ceil((CHROME + (columns ? HEADER : EMPTY_HEADER) + shown.length * GROUP + rows * ROW + SPARE) / 10) * 10;
}
