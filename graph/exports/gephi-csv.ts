/**
 * The graph as two CSV files in the layout of Gephi's spreadsheet import (File › Import
 * spreadsheet): a node table whose `Id` and `Label` columns Gephi recognises, and an edge
 * table with `Source`, `Target`, `Type` (Directed / Undirected) and `Label`. Every other
 * column becomes a node or edge attribute. Written with csv-stringify: UTF-8, RFC 4180
 * quoting, Chinese text as is. No byte-order mark, because Gephi would read it as part of
 * the first column's name.
 */
import type { Graph } from '../schema';
import { csvTable, type Column } from './csv';
import { flatEdge, flatNode, joinList, type FlatEdge, type FlatNode } from './flat';
import type { ExportMeta } from './meta';

/** Version and build date go in every row: CSV has no header block, and importers reject comment lines. */
const versionColumns = <T>(): Column<T>[] => [
  { header: 'data_version', value: (_, m) => m.version },
  { header: 'built', value: (_, m) => m.built },
];

export const GEPHI_NODE_COLUMNS: Column<FlatNode>[] = [
  { header: 'Id', value: (n) => n.id },
  { header: 'Label', value: (n) => n.label_en },
  { header: 'label_zh', value: (n) => n.label_zh },
  { header: 'kind', value: (n) => n.kind },
  { header: 'kind_name', value: (n) => n.kind_name },
  { header: 'summary_en', value: (n) => n.summary_en },
  { header: 'summary_zh', value: (n) => n.summary_zh },
  { header: 'aliases_en', value: (n) => joinList(n.aliases_en) },
  { header: 'aliases_zh', value: (n) => joinList(n.aliases_zh) },
  { header: 'level', value: (n) => n.level },
  { header: 'scope', value: (n) => n.scope },
  { header: 'marker', value: (n) => n.marker },
  { header: 'sections', value: (n) => joinList(n.sections) },
  { header: 'url_en', value: (n) => n.url_en },
  { header: 'url_zh', value: (n) => n.url_zh },
  ...versionColumns<FlatNode>(),
];

export const GEPHI_EDGE_COLUMNS: Column<FlatEdge>[] = [
  { header: 'Source', value: (e) => e.source },
  { header: 'Target', value: (e) => e.target },
  { header: 'Type', value: (e) => (e.directed ? 'Directed' : 'Undirected') },
  { header: 'Label', value: (e) => e.label_en },
  { header: 'Id', value: (e) => e.id },
  { header: 'kind', value: (e) => e.kind },
  { header: 'label_zh', value: (e) => e.label_zh },
  { header: 'stance', value: (e) => e.stance },
  { header: 'note_en', value: (e) => e.note_en },
  { header: 'note_zh', value: (e) => e.note_zh },
  { header: 'sections', value: (e) => joinList(e.sections) },
  ...versionColumns<FlatEdge>(),
];

export const gephiNodesCsv = (graph: Graph, meta: ExportMeta) =>
  csvTable(
    GEPHI_NODE_COLUMNS,
    graph.nodes.map((n) => flatNode(n, meta)),
    meta,
  );

export const gephiEdgesCsv = (graph: Graph, meta: ExportMeta) =>
  csvTable(GEPHI_EDGE_COLUMNS, graph.edges.map(flatEdge), meta);
