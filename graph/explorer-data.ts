/**
 * The compact, serialisable graph the explorer ships to the browser: what drawing,
 * filtering, focusing and path-finding need, and nothing more (no explanations or quotes).
 */
import type { GraphIndex } from './load';
import type { EdgeKind, Level, Localized, NodeKind, Stance } from './schema';

export interface ExplorerNode {
  id: string;
  kind: NodeKind;
  label: Localized;
  summary: Localized;
  level?: Level;
}

export interface ExplorerEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  stance: Stance;
}

export interface ExplorerGraph {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
}

export function explorerGraph(index: GraphIndex): ExplorerGraph {
  return {
    nodes: index.graph.nodes.map(({ id, kind, label, summary, level }) => ({
      id,
      kind,
      label: { en: label.en, zh: label.zh },
      summary: { en: summary.en, zh: summary.zh },
      ...(level ? { level } : {}),
    })),
    edges: index.graph.edges.map(({ id, source, target, kind, stance }) => ({ id, source, target, kind, stance })),
  };
}
