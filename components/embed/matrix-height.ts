/**
 * The height to suggest for an embedded matrix: its rows are one line each (embed-matrix.tsx,
 * matrix.css), so the height follows from how many level groups and challenge rows the
 * chosen levels show. The figures are the CSS's, in pixels at the default font size, with
 * room for a course frame's own borders; e2e/matrix-embed.spec.ts checks that the frame
 * needs no scrollbar at this height, 700 pixels wide.
 */
import { LEVELS, type Level } from '@/graph/schema';

/** Challenge rows per level group (`level` absent: challenges the paper gives no level). */
export type MatrixRowCounts = readonly { level?: Level; rows: number }[];

const CHROME = 130; // frame padding, title bar, key, table border
const HEADER = 250; // family and measure heads, written vertically
const GROUP = 29; // a level's heading row
const ROW = 31; // a challenge row
const SPARE = 24;

export function matrixEmbedHeight(levels: readonly Level[], counts: MatrixRowCounts): number {
  const all = LEVELS.every((l) => levels.includes(l));
  const shown = counts.filter((c) => (c.level ? levels.includes(c.level) : all));
  const rows = shown.reduce((n, c) => n + c.rows, 0);
  return Math.ceil((CHROME + HEADER + shown.length * GROUP + rows * ROW + SPARE) / 10) * 10;
}
