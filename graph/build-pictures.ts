/**
 * Argument layouts computed at build time, for the graph views whose ideas are known when
 * the page is written: the explorer's opening view, each node page's local graph, each
 * tour's graph. The page ships the placement; the canvas draws it without running a
 * layout in the reader's browser. Build-time only: it loads ELK whole.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { argumentPicture, type ArgumentPicture } from './argument-drawing';
import { pictureKey, type ArgumentLayout } from './argument-layout';
import type { ExplorerGraph } from './explorer-data';
import type { Lang } from './schema';
import type { Stage } from './stages';

/** A placement and the view it was made for (graph/argument-layout.ts pictureKey). */
export interface Preset {
  key: string;
  layout: ArgumentLayout;
}

const elk = new ELK();

export function pictureOf(
  graph: ExplorerGraph,
  lang: Lang,
  stageTitles: Record<Stage, string>,
  options: {
    nodeIds?: ReadonlySet<string>;
    edgeIds?: ReadonlySet<string>;
    badges?: ReadonlyMap<string, number>;
    sentence?: (from: string, verb: string, to: string, inferred: boolean) => string;
  } = {},
): Promise<ArgumentPicture> {
  const nodeIds = options.nodeIds ?? new Set<string>(graph.nodes.map((n) => n.id));
  const edgeIds = options.edgeIds ?? new Set<string>(graph.edges.map((e) => e.id));
  return argumentPicture(
    {
      graph,
      nodeIds,
      edgeIds,
      lang,
      stageTitles,
      ...(options.badges ? { badges: options.badges } : {}),
      ...(options.sentence ? { sentence: options.sentence } : {}),
    },
    elk,
  );
}

/** The placement of a whole (small) graph, for a node page's or a tour's canvas. */
export async function presetOf(graph: ExplorerGraph, lang: Lang, stageTitles: Record<Stage, string>): Promise<Preset> {
  const { layout } = await pictureOf(graph, lang, stageTitles);
  return {
    key: pictureKey(
      graph.nodes.map((n) => n.id),
      new Map(),
    ),
    layout,
  };
}
