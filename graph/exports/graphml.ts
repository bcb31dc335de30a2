/**
 * The graph as GraphML, written with an XML builder (xmlbuilder2) so that escaping and
 * encoding are the library's job. Every attribute is declared once as a typed <key>;
 * Gephi, yEd, Cytoscape desktop, NetworkX and igraph all read these declarations.
 */
import { create } from 'xmlbuilder2';
import type { Graph } from '../schema';
import { flatEdge, flatNode, joinList, type FlatEdge, type FlatNode } from './flat';
import { builtDate, dataFileUrl, type ExportMeta } from './meta';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

type KeyType = 'string' | 'boolean';
type Target = 'graph' | 'node' | 'edge';

interface KeyDef<T> {
  for: Target;
  name: string;
  type: KeyType;
  value: (item: T) => string | undefined;
}

const text = (v: string) => (v === '' ? undefined : v);
const list = (v: string[]) => (v.length === 0 ? undefined : joinList(v));

/**
 * Node keys. `label` repeats the English label because Gephi shows the attribute named
 * "label" as a node's label; `label_en` and `label_zh` keep both languages side by side.
 */
const NODE_KEYS: KeyDef<FlatNode>[] = [
  { for: 'node', name: 'label', type: 'string', value: (n) => n.label_en },
  { for: 'node', name: 'kind', type: 'string', value: (n) => n.kind },
  { for: 'node', name: 'kind_name', type: 'string', value: (n) => n.kind_name },
  { for: 'node', name: 'label_en', type: 'string', value: (n) => n.label_en },
  { for: 'node', name: 'label_zh', type: 'string', value: (n) => n.label_zh },
  { for: 'node', name: 'summary_en', type: 'string', value: (n) => n.summary_en },
  { for: 'node', name: 'summary_zh', type: 'string', value: (n) => n.summary_zh },
  { for: 'node', name: 'aliases_en', type: 'string', value: (n) => list(n.aliases_en) },
  { for: 'node', name: 'aliases_zh', type: 'string', value: (n) => list(n.aliases_zh) },
  { for: 'node', name: 'level', type: 'string', value: (n) => text(n.level) },
  { for: 'node', name: 'scope', type: 'string', value: (n) => text(n.scope) },
  { for: 'node', name: 'marker', type: 'string', value: (n) => text(n.marker) },
  { for: 'node', name: 'sections', type: 'string', value: (n) => list(n.sections) },
  { for: 'node', name: 'url_en', type: 'string', value: (n) => n.url_en },
  { for: 'node', name: 'url_zh', type: 'string', value: (n) => n.url_zh },
];

const EDGE_KEYS: KeyDef<FlatEdge>[] = [
  { for: 'edge', name: 'label', type: 'string', value: (e) => e.label_en },
  { for: 'edge', name: 'kind', type: 'string', value: (e) => e.kind },
  { for: 'edge', name: 'label_en', type: 'string', value: (e) => e.label_en },
  { for: 'edge', name: 'label_zh', type: 'string', value: (e) => e.label_zh },
  { for: 'edge', name: 'stance', type: 'string', value: (e) => e.stance },
  { for: 'edge', name: 'directed', type: 'boolean', value: (e) => String(e.directed) },
  { for: 'edge', name: 'note_en', type: 'string', value: (e) => text(e.note_en) },
  { for: 'edge', name: 'note_zh', type: 'string', value: (e) => text(e.note_zh) },
  { for: 'edge', name: 'sections', type: 'string', value: (e) => list(e.sections) },
];

interface GraphInfo {
  title: string;
  title_zh: string;
  version: string;
  built: string;
  built_date: string;
  source: string;
}

const GRAPH_KEYS: KeyDef<GraphInfo>[] = [
  { for: 'graph', name: 'title', type: 'string', value: (g) => g.title },
  { for: 'graph', name: 'title_zh', type: 'string', value: (g) => g.title_zh },
  { for: 'graph', name: 'version', type: 'string', value: (g) => g.version },
  { for: 'graph', name: 'built', type: 'string', value: (g) => g.built },
  { for: 'graph', name: 'built_date', type: 'string', value: (g) => g.built_date },
  { for: 'graph', name: 'source', type: 'string', value: (g) => g.source },
];

/** Key ids are prefixed by what they are for: a node and an edge may both have a "kind". */
const keyId = (k: { for: Target; name: string }) => `${k.for[0]}_${k.name}`;

/** The attribute names declared for nodes and edges, for tests and documentation. */
export const GRAPHML_NODE_ATTRIBUTES = NODE_KEYS.map((k) => k.name);
export const GRAPHML_EDGE_ATTRIBUTES = EDGE_KEYS.map((k) => k.name);

export function toGraphml(graph: Graph, meta: ExportMeta): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`,
  });
  for (const k of [...GRAPH_KEYS, ...NODE_KEYS, ...EDGE_KEYS]) {
    root.ele('key', { id: keyId(k), for: k.for, 'attr.name': k.name, 'attr.type': k.type });
  }

  // Every edge states its direction, so the default only matters to a reader that ignores
  // the per-edge attribute; "undirected" is the default GraphML readers agree on best.
  const g = root.ele('graph', { id: 'framework', edgedefault: 'undirected' });
  const info: GraphInfo = {
    title: meta.title.en,
    title_zh: meta.title.zh,
    version: meta.version,
    built: meta.built,
    built_date: builtDate(meta),
    source: dataFileUrl(meta, 'graph.json'),
  };
  const addData = <T>(parent: typeof g, keys: KeyDef<T>[], item: T) => {
    for (const k of keys) {
      const v = k.value(item);
      if (v !== undefined) parent.ele('data', { key: keyId(k) }).txt(v);
    }
  };
  addData(g, GRAPH_KEYS, info);
  for (const n of graph.nodes) addData(g.ele('node', { id: n.id }), NODE_KEYS, flatNode(n, meta));
  for (const e of graph.edges) {
    const flat = flatEdge(e);
    const el = g.ele('edge', { id: e.id, source: e.source, target: e.target, directed: String(flat.directed) });
    addData(el, EDGE_KEYS, flat);
  }
  return `${root.end({ prettyPrint: true })}\n`;
}
