/**
 * The compact, serialisable graph the explorer ships to the browser: what drawing,
 * filtering, focusing and path-finding need, and nothing more (no explanations or quotes).
 */
import type { GraphIndex } from './load';
import type { Edge, EdgeKind, Lang, Node, NodeId, Section } from './schema';

/**
 * What the explorer's canvas and lists need of a node: its published shape, trimmed, and
 * the sections of the paper it is cited in (for the section filter).
 */
export type ExplorerNode = Pick<Node, 'id' | 'kind' | 'label' | 'summary' | 'level'> & { sections?: Section[] };

/** What the explorer needs of an edge. */
export type ExplorerEdge = Pick<Edge, 'id' | 'source' | 'target' | 'kind' | 'stance'>;

export interface ExplorerGraph {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
}

const compact = new WeakMap<GraphIndex, ExplorerGraph>();

/** Built once per graph: every node page and tour takes its local graph from it. */
export function explorerGraph(index: GraphIndex): ExplorerGraph {
  const cached = compact.get(index);
  if (cached) return cached;
  const graph: ExplorerGraph = {
    nodes: index.graph.nodes.map(({ id, kind, label, summary, level, citations }) => ({
      id,
      kind,
      label: { en: label.en, zh: label.zh },
      summary: { en: summary.en, zh: summary.zh },
      ...(level ? { level } : {}),
      sections: [...new Set(citations.map((c) => c.section))],
    })),
    edges: index.graph.edges.map(({ id, source, target, kind, stance }) => ({ id, source, target, kind, stance })),
  };
  compact.set(index, graph);
  return graph;
}

/**
 * A node and its direct neighbours, for the small graph on each node page. Citation
 * links are left out except on a cited work's own page, where they are all it has.
 */
export function localGraph(index: GraphIndex, id: NodeId): ExplorerGraph {
  const keep = (kind: EdgeKind) => kind !== 'cited-for' || index.node.get(id)?.kind === 'source';
  const edges = [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])].filter((e) => keep(e.kind));
  const ids = new Set([id, ...edges.flatMap((e) => [e.source, e.target])]);
  const edgeIds = new Set(edges.map((e) => e.id));
  const full = explorerGraph(index);
  return {
    nodes: full.nodes.filter((n) => ids.has(n.id)),
    edges: full.edges.filter((e) => edgeIds.has(e.id)),
  };
}

/**
 * The explorer's graph for a page in one language: summaries in that language only (the
 * page shows no other; the other is left empty), labels in both (cards name an idea in
 * both languages). A smaller page for every reader.
 */
export function explorerGraphFor(index: GraphIndex, lang: Lang): ExplorerGraph {
  const full = explorerGraph(index);
  return {
    nodes: full.nodes.map((n) => ({
      ...n,
      summary: lang === 'en' ? { en: n.summary.en, zh: '' } : { en: '', zh: n.summary.zh },
    })),
    edges: full.edges,
  };
}

/**
 * A graph as a small picture of it needs it (a node page's local graph, a tour's graph):
 * ideas with their kind and labels, and the links; no summaries (left empty) or sections,
 * which the picture never shows and the page would otherwise carry for its script.
 */
export function pictureGraph(graph: ExplorerGraph): ExplorerGraph {
  return {
    nodes: graph.nodes.map(({ id, kind, label, level }) => ({
      id,
      kind,
      label,
      summary: { en: '', zh: '' },
      ...(level ? { level } : {}),
    })),
    edges: graph.edges,
  };
}
