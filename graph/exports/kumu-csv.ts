/**
 * The graph as Kumu's two import sheets: elements (`Label, Type, Description, Tags`) and
 * connections (`From, To, Type`). Kumu joins a connection to its elements by label, so
 * labels must be unique; the exporter refuses a graph where two nodes share an English
 * label rather than write a file that Kumu would silently wire wrongly.
 */
import type { Graph } from '../schema';
import { flatEdge, flatNode, joinList, type FlatEdge, type FlatNode } from './flat';
import { csvTable, type Column } from './csv';
import type { ExportMeta } from './meta';

/** Kumu separates the values of a multi-value field (such as Tags) with "|". */
const kumuList = (values: readonly string[]) => values.filter((v) => v !== '').join('|');

export const KUMU_ELEMENT_COLUMNS: Column<FlatNode>[] = [
  { header: 'Label', value: (n) => n.label_en },
  { header: 'Type', value: (n) => n.kind_name },
  { header: 'Description', value: (n) => n.summary_en },
  { header: 'Tags', value: (n) => kumuList([n.level, n.scope]) },
  { header: 'Label (zh)', value: (n) => n.label_zh },
  { header: 'Description (zh)', value: (n) => n.summary_zh },
  { header: 'Aliases', value: (n) => kumuList([...n.aliases_en, ...n.aliases_zh]) },
  { header: 'Marker', value: (n) => n.marker },
  { header: 'Sections', value: (n) => joinList(n.sections) },
  { header: 'Framework ID', value: (n) => n.id },
  { header: 'URL', value: (n) => n.url_en },
  { header: 'Data version', value: (_, m) => m.version },
  { header: 'Build date', value: (_, m) => m.built },
];

/** Connections name their ends by label, so the columns need the node table to look labels up. */
const connectionColumns = (labelOf: ReadonlyMap<string, string>): Column<FlatEdge>[] => {
  const label = (id: string) => {
    const l = labelOf.get(id);
    if (l === undefined) throw new Error(`kumu export: edge end "${id}" is not a node of the graph`);
    return l;
  };
  return [
    { header: 'From', value: (e) => label(e.source) },
    { header: 'To', value: (e) => label(e.target) },
    { header: 'Type', value: (e) => e.label_en },
    { header: 'Direction', value: (e) => (e.directed ? 'directed' : 'undirected') },
    { header: 'Description', value: (e) => e.note_en },
    { header: 'Tags', value: (e) => kumuList([e.stance]) },
    { header: 'Type (zh)', value: (e) => e.label_zh },
    { header: 'Description (zh)', value: (e) => e.note_zh },
    { header: 'Framework ID', value: (e) => e.id },
    { header: 'Data version', value: (_, m) => m.version },
    { header: 'Build date', value: (_, m) => m.built },
  ];
};

/** English labels that more than one node uses; Kumu would merge those nodes. */
export function duplicateLabels(graph: Graph): string[] {
  const seen = new Map<string, number>();
  for (const n of graph.nodes) seen.set(n.label.en, (seen.get(n.label.en) ?? 0) + 1);
  return [...seen].filter(([, count]) => count > 1).map(([label]) => label);
}

function assertUniqueLabels(graph: Graph) {
  const dupes = duplicateLabels(graph);
  if (dupes.length > 0) {
    throw new Error(
      `kumu export: Kumu matches connections to elements by label, but these English labels are used by more than one node: ${dupes.map((d) => `"${d}"`).join(', ')}. Give each node a distinct label.en in graph/data/*.yaml.`,
    );
  }
}

export function kumuElementsCsv(graph: Graph, meta: ExportMeta): string {
  assertUniqueLabels(graph);
  return csvTable(
    KUMU_ELEMENT_COLUMNS,
    graph.nodes.map((n) => flatNode(n, meta)),
    meta,
  );
}

export function kumuConnectionsCsv(graph: Graph, meta: ExportMeta): string {
  assertUniqueLabels(graph);
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label.en]));
  return csvTable(connectionColumns(labelOf), graph.edges.map(flatEdge), meta);
}
