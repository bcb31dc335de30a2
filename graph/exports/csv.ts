/**
 * CSV writing shared by the Gephi and Kumu tables: a column is a header and a way to read
 * its cell from an item, and csv-stringify does the quoting (RFC 4180), so commas, quotes
 * and line breaks inside summaries can never break a row.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportMeta } from './meta';

export interface Column<T> {
  header: string;
  value: (item: T, meta: ExportMeta) => string;
}

/** A header line, then one row per item, lines ending in "\n". */
export function csvTable<T>(columns: readonly Column<T>[], items: readonly T[], meta: ExportMeta): string {
  return stringify(
    items.map((item) => columns.map((c) => c.value(item, meta))),
    { header: true, columns: columns.map((c) => c.header), record_delimiter: 'unix' },
  );
}
