/**
 * The explorer focused on a tour's ideas, for the end of a tour: the explorer shows one
 * focused idea and its neighbourhood, so this finds the idea of the tour whose
 * neighbourhood (at depth 1, 2 or 3, in the explorer's default view) holds as many of the
 * tour's ideas as possible while staying small. Pure, and run at build time.
 */
import { DEFAULT_STATE, MAX_DEPTH, serializeExplorerState } from './explore-state';
import type { ExplorerGraph } from './explorer-data';
import { NodeId } from './schema';
import { computeView, headless } from './view';

export interface TourFocus {
  focus: NodeId;
  depth: number;
  /** How many of the tour's ideas the view shows, of `total`. */
  covered: number;
  total: number;
  /** How many ideas the view shows in all. */
  shown: number;
  /** The explorer's query string for it: "?focus=…&depth=…". */
  query: string;
}

/**
 * The best focus for a set of ideas (see `fit`; on a tie, the smaller depth); undefined
 * when none of the ideas is in the explorer's default view.
 */
export function tourFocus(graph: ExplorerGraph, ideas: readonly string[]): TourFocus | undefined {
  const cy = headless(graph);
  const wanted = new Set(ideas);
  let best: TourFocus | undefined;
  for (const id of wanted) {
    const focus = NodeId.safeParse(id);
    if (!focus.success) continue;
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const state = { ...DEFAULT_STATE, focus: focus.data, depth };
      const view = computeView(graph, state, cy);
      if (view.focus === undefined) break;
      const covered = [...wanted].filter((w) => view.nodeIds.has(w)).length;
      const candidate: TourFocus = {
        focus: focus.data,
        depth,
        covered,
        total: wanted.size,
        shown: view.nodeIds.size,
        query: serializeExplorerState(state),
      };
      if (best === undefined || better(candidate, best)) best = candidate;
    }
  }
  return best;
}

/**
 * How well a view fits the tour: the share of the tour's ideas it shows times the share of
 * what it shows that belongs to the tour (recall × precision), so neither "everything"
 * nor "one idea alone" wins.
 */
export const fit = (f: Pick<TourFocus, 'covered' | 'total' | 'shown'>) => (f.covered * f.covered) / (f.total * f.shown);

const better = (a: TourFocus, b: TourFocus) => (fit(a) !== fit(b) ? fit(a) > fit(b) : a.depth < b.depth);
