/**
 * What the embed page carries inside itself. A course platform may frame it in a sandbox
 * with an opaque origin, where nothing can be read from storage and every request to this
 * site is cross-origin: so the graph, the tours' outline and the matrix are all in the
 * page (only a tour step's text is fetched, from a file served to any origin).
 */
import { exploreStrings, numberedStages } from '@/content/messages/explore-strings';
import { loadTours } from '@/content/tours';
import { presetOf, type Preset } from '@/graph/build-pictures';
import { explorerGraph, type ExplorerGraph } from '@/graph/explorer-data';
import { openingPicture } from '@/graph/opening-picture';
import { loadGraph } from '@/graph/load';
import { policyMatrix } from '@/graph/queries';
import type { MeasureFamily } from '@/graph/coverage';
import { LANGS } from '@/graph/vocabulary';
import type { Lang, Level, Localized, NodeId, Stance } from '@/graph/schema';

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
  /** The explorer's opening view in each language, laid out at build time (the drawing stays on the site). */
  openings: Record<Lang, { key: string; layout: Preset['layout'] }>;
  /** Each tour's graph in each language, laid out at build time. */
  tourPresets: Record<string, Record<Lang, Preset>>;
}

async function byLang<T>(make: (lang: Lang) => Promise<T>): Promise<Record<Lang, T>> {
  const [en, zh] = await Promise.all(LANGS.map(make));
  if (en === undefined || zh === undefined) throw new Error('a language is missing');
  return { en, zh };
}

export async function embedData(): Promise<EmbedData> {
  const index = loadGraph();
  const m = policyMatrix(index);
  const graph = explorerGraph(index);
  const openings = await byLang(async (lang) => {
    const t = exploreStrings(lang);
    const o = await openingPicture(index, lang, numberedStages(t));
    return { key: o.key, layout: o.layout };
  });
  const tourPresets: EmbedData['tourPresets'] = {};
  for (const tour of loadTours()) {
    const ids = new Set<string>(tour.steps.flatMap((s) => s.nodes));
    const sub = {
      nodes: graph.nodes.filter((n) => ids.has(n.id)),
      edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
    };
    tourPresets[tour.id] = await byLang((lang) => presetOf(sub, lang, numberedStages(exploreStrings(lang))));
  }
  return {
    graph,
    openings,
    tourPresets,
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
