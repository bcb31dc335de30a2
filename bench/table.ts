/**
 * A plain-text table for the terminal. console.table would add an index column and quote
 * every string; figures read better left-aligned in padded columns. Cells may be wrapped
 * over several lines (`\n`), so long page names do not make the table too wide.
 */
export type Row = Record<string, string>;

/** Characters that take two columns in a terminal (CJK), so Chinese labels stay aligned. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
  return w;
}

const pad = (s: string, w: number): string => s + ' '.repeat(Math.max(0, w - width(s)));

export function formatTable(columns: readonly string[], rows: readonly Row[]): string {
  const cells = rows.map((r) => columns.map((c) => (r[c] ?? '').split('\n')));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((r) => Math.max(...(r[i] ?? ['']).map(width)))));
  const line = (parts: readonly string[]) => `│ ${parts.map((p, i) => pad(p, widths[i] ?? 0)).join(' │ ')} │`;
  const rule = (l: string, m: string, r: string) => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const body = cells.map((r) => {
    const height = Math.max(...r.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => line(r.map((c) => c[k] ?? ''))).join('\n');
  });
  return [
    rule('┌', '┬', '┐'),
    line(columns),
    rule('├', '┼', '┤'),
    body.join(`\n${rule('├', '┼', '┤')}\n`),
    rule('└', '┴', '┘'),
  ].join('\n');
}
