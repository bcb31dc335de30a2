/**
 * The rows a reader sees in the measures table, as CSV (RFC 4180, written by
 * csv-stringify, the project's CSV library): one row per measure, with its challenges and
 * their stances, levels and limitations in the page's language, and the address of its page.
 * A byte-order mark tells spreadsheet programs the file is UTF-8, so Chinese opens intact.
 */
import { stringify } from 'csv-stringify/sync';
import type { measuresEn } from '@/content/messages/measures-strings';
import type { TableLink, TableRow } from '@/graph/measures-table';

export interface MeasureRowData extends TableRow {
  label: string;
  familyName: string;
  links: (TableLink & { label: string; levelName: string })[];
  limitations: { id: string; label: string; inheritedFrom?: string }[];
}

export function measuresCsv(
  rows: readonly MeasureRowData[],
  s: typeof measuresEn,
  pageUrl: (id: string) => string,
): string {
  const c = s.csvColumns;
  const sep = '; ';
  return stringify(
    rows.map((r) => [
      r.id,
      r.label,
      r.familyName,
      r.links.map((l) => s.withNote(l.label, l.stance === 'stated' ? s.statedShort : s.inferredShort)).join(sep),
      [...new Set(r.links.map((l) => l.levelName))].join(sep),
      r.limitations
        .map((l) => (l.inheritedFrom ? s.withNote(l.label, s.inherited(l.inheritedFrom)) : l.label))
        .join(sep),
      pageUrl(r.id),
    ]),
    {
      header: true,
      columns: [c.id, c.measure, c.family, c.addresses, c.levels, c.limitations, c.page],
      record_delimiter: 'unix',
      bom: true,
    },
  );
}
