/**
 * What the embed page carries inside itself. A course platform may frame it in a sandbox
 * with an opaque origin, where nothing can be read from storage and every request to this
 * site is cross-origin: so the graph, the tours' outline and the matrix are all in the
 * page (only a tour step's text is fetched, from a file served to any origin).
 */
import { loadTours } from '@/content/tours';
import type { PresetLayout } from '@/graph/force-layout';
import { explorerGraph, openingLayout, type ExplorerGraph } from '@/graph/explorer-data';
import { loadGraph } from '@/graph/load';
import { policyMatrix, type MatrixRow } from '@/graph/queries';
import type { GovernanceScope, Level, Localized, NodeId, Stance } from '@/graph/schema';

export interface EmbedTour {
  id: string;
  title: Localized;
  steps: { title: Localized; nodes: NodeId[] }[];
}

export interface EmbedMatrixRow {
  id: NodeId;
  depth: number;
  cells: Record<string, Stance>;
}

export interface EmbedMatrix {
  columns: { id: NodeId; scope: GovernanceScope }[];
  groups: { level: Level; rows: EmbedMatrixRow[] }[];
  /** Challenges the paper places at no level, shown after the levels whatever the level filter. */
  unplaced: EmbedMatrixRow[];
  gaps: NodeId[];
}

export interface EmbedData {
  graph: ExplorerGraph;
  tours: EmbedTour[];
  matrix: EmbedMatrix;
  /** The whole graph's opening view, laid out at build time. */
  preset: PresetLayout;
}

const embedRow = (r: MatrixRow): EmbedMatrixRow => ({
  id: r.node.id,
  depth: r.depth,
  cells: Object.fromEntries([...r.cells].map(([measure, edge]) => [measure, edge.stance])),
});

export function embedData(): EmbedData {
  const index = loadGraph();
  const m = policyMatrix(index);
  return {
    graph: explorerGraph(index),
    preset: openingLayout(index),
    tours: loadTours().map((t) => ({
      id: t.id,
      title: t.title,
      steps: t.steps.map((s) => ({ title: s.title, nodes: s.nodes })),
    })),
    matrix: {
      columns: m.columns.map((c) => ({ id: c.node.id, scope: c.scope })),
      groups: m.rows.map((g) => ({ level: g.level, rows: g.rows.map(embedRow) })),
      unplaced: m.unplaced.map(embedRow),
      gaps: m.gaps.map((n) => n.id),
    },
  };
}
