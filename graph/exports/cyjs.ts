/**
 * The graph as Cytoscape JSON (`.cyjs`): the `{ elements: { nodes, edges } }` shape that
 * Cytoscape.js takes and Cytoscape desktop imports (File › Import › Network from File).
 * Desktop reads `name` as a node's display name and `interaction` as an edge's type, and
 * turns every other `data` field into a table column, lists included.
 */
import type { Graph } from '../schema';
import { flatEdge, flatNode, type FlatEdge, type FlatNode } from './flat';
import { builtDate, dataFileUrl, type ExportMeta } from './meta';

export interface CyNodeData extends FlatNode {
  /** Cytoscape desktop's display name. */
  name: string;
  shared_name: string;
}

export interface CyEdgeData extends FlatEdge {
  /** Cytoscape desktop's edge type column. */
  interaction: string;
  name: string;
  shared_name: string;
}

export interface CyjsDocument {
  format_version: string;
  generated_by: string;
  target_cytoscapejs_version: string;
  data: {
    name: string;
    shared_name: string;
    version: string;
    built: string;
    built_date: string;
    source: string;
  };
  elements: {
    nodes: { data: CyNodeData }[];
    edges: { data: CyEdgeData }[];
  };
}

export function toCyjs(graph: Graph, meta: ExportMeta): CyjsDocument {
  return {
    // The header Cytoscape desktop writes itself; it checks `format_version` on import.
    format_version: '1.0',
    generated_by: 'framework-explorer',
    target_cytoscapejs_version: '~3',
    data: {
      name: meta.title.en,
      shared_name: meta.title.en,
      version: meta.version,
      built: meta.built,
      built_date: builtDate(meta),
      source: dataFileUrl(meta, 'graph.json'),
    },
    elements: {
      nodes: graph.nodes.map((n) => {
        const flat = flatNode(n, meta);
        return { data: { ...flat, name: flat.label_en, shared_name: flat.label_en } };
      }),
      edges: graph.edges.map((e) => {
        const flat = flatEdge(e);
        // Desktop names edges "source (interaction) target"; keeping that convention lets
        // its edge table line up with networks people build by hand.
        const name = `${flat.source} (${flat.kind}) ${flat.target}`;
        return { data: { ...flat, interaction: flat.kind, name, shared_name: name } };
      }),
    },
  };
}

export const cyjsText = (graph: Graph, meta: ExportMeta) => `${JSON.stringify(toCyjs(graph, meta), null, 2)}\n`;
