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
import { policyMatrix } from '@/graph/queries';
import type { MeasureFamily } from '@/graph/coverage';
import type { Level, Localized, NodeId, Stance } from '@/graph/schema';

export interface EmbedTour {
  id: string;
  title: Localized;
  steps: { title: Localized; nodes: NodeId[] }[];
}

/** A mark of the embedded matrix: the link's stance, and the broader challenge it goes through, if any. */
export interface EmbedMark {
  stance: Stance;
  via?: NodeId;
}

export interface EmbedMatrix {
  columns: { id: NodeId; scope: MeasureFamily }[];
  /** `level` is absent for challenges the paper gives no level. */
  groups: {
    level?: Level;
    rows: { id: NodeId; depth: number; cells: Record<string, EmbedMark>; gap: boolean; broader: NodeId[] }[];
  }[];
}

export interface EmbedData {
  graph: ExplorerGraph;
  tours: EmbedTour[];
  matrix: EmbedMatrix;
  /** The whole graph's opening view, laid out at build time. */
  preset: PresetLayout;
}

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
      groups: m.rows.map((g) => ({
        ...(g.level ? { level: g.level } : {}),
        rows: g.rows.map((r) => ({
          id: r.node.id,
          depth: r.depth,
          cells: Object.fromEntries(
            [...r.reaches].map(([measure, reach]) => [
              measure,
              { stance: reach.edge.stance, ...(reach.via ? { via: reach.via.id } : {}) },
            ]),
          ),
          gap: r.gap,
          broader: r.broader.map((b) => b.id),
        })),
      })),
    },
  };
}
