/**
 * The explorer's opening view, laid out at build time, once per language. The page draws
 * it from this placement as SVG while it is written (real text, readable before any
 * script runs), and the canvas starts from the same placement, with no layout to run in
 * the browser. (The drawing is made by the page's own component from the placement, so
 * the page carries the placement once rather than the drawing twice.)
 */
import type { ArgumentLayout } from './argument-layout';
import { pictureKey } from './argument-layout';
import { pictureOf } from './build-pictures';
import { DEFAULT_STATE } from './explore-state';
import { explorerGraph } from './explorer-data';
import type { GraphIndex } from './load';
import type { Lang } from './schema';
import type { Stage } from './stages';
import { simpleView } from './view-filters';

export interface OpeningPicture {
  layout: ArgumentLayout;
  /** The view it was drawn for. */
  key: string;
}

const cache = new Map<string, Promise<OpeningPicture>>();

export function openingPicture(
  index: GraphIndex,
  lang: Lang,
  stageTitles: Record<Stage, string>,
): Promise<OpeningPicture> {
  const cacheKey = JSON.stringify([lang, stageTitles]);
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const graph = explorerGraph(index);
  const view = simpleView(graph, DEFAULT_STATE);
  const made = pictureOf(graph, lang, stageTitles, {
    nodeIds: view.nodeIds,
    edgeIds: view.edgeIds,
    badges: view.badges,
  }).then(({ layout }) => ({
    layout,
    key: pictureKey(view.nodeIds, view.badges),
  }));
  cache.set(cacheKey, made);
  return made;
}
