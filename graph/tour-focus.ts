/**
 * The explorer focused on a tour's ideas, for the end of a tour: the explorer shows one
 * focused idea and its neighbourhood, so this finds the idea of the tour whose
 * neighbourhood (at depth 1, 2 or 3, in the explorer's default view) holds as many of the
 * tour's ideas as possible while staying small. Pure, and run at build time: one
 * breadth-first search (cytoscape's) per idea of the tour, over the default view.
 */
import { DEFAULT_STATE, MAX_DEPTH, serializeExplorerState } from './explore-state';
import type { ExplorerGraph } from './explorer-data';
import type cytoscape from 'cytoscape';
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
 * How well a view fits the tour: the share of the tour's ideas it shows times the share of
 * what it shows that belongs to the tour (recall × precision), so neither "everything"
 * nor "one idea alone" wins.
 */
export const fit = (f: Pick<TourFocus, 'covered' | 'total' | 'shown'>) => (f.covered * f.covered) / (f.total * f.shown);

const better = (a: TourFocus, b: TourFocus) => (fit(a) !== fit(b) ? fit(a) > fit(b) : a.depth < b.depth);

/** The distance of every node within MAX_DEPTH of `root`, through the default view (as the explorer's focus walks it). */
function distances(view: cytoscape.Collection, root: string): Map<string, number> {
  const out = new Map<string, number>();
  view.bfs({
    roots: view.getElementById(root),
    directed: false,
    visit: (v, _e, _u, _i, depth) => {
      if (depth > MAX_DEPTH) return false;
      out.set(v.id(), depth);
      return undefined;
    },
  });
  return out;
}

/**
 * The best focus for a set of ideas (see `fit`; on a tie, the smaller depth); undefined
 * when none of the ideas is in the explorer's default view.
 */
export function tourFocus(graph: ExplorerGraph, ideas: readonly string[]): TourFocus | undefined {
  // Both languages' pages of a tour ask the same question of the same graph: answer it once.
  const key = [...new Set(ideas)].sort().join(' ');
  const known = answers.get(graph) ?? new Map<string, TourFocus | undefined>();
  answers.set(graph, known);
  if (!known.has(key)) known.set(key, search(graph, ideas));
  return known.get(key);
}

const answers = new WeakMap<ExplorerGraph, Map<string, TourFocus | undefined>>();

function search(graph: ExplorerGraph, ideas: readonly string[]): TourFocus | undefined {
  const cy = headless(graph);
  // A focus walks everything the default filters let through (the opening view's folding applies only without one).
  const base = computeView(graph, { ...DEFAULT_STATE, show: 'all' }, cy);
  const view = cy.elements().filter((el) => (el.isNode() ? base.nodeIds : base.edgeIds).has(el.id()));
  const wanted = new Set(ideas);
  let best: TourFocus | undefined;
  for (const id of wanted) {
    const focus = NodeId.safeParse(id);
    if (!focus.success || !base.nodeIds.has(id)) continue;
    const dist = [...distances(view, id)];
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const within = dist.filter(([, d]) => d <= depth);
      const candidate: TourFocus = {
        focus: focus.data,
        depth,
        covered: within.filter(([n]) => wanted.has(n)).length,
        total: wanted.size,
        shown: within.length,
        query: serializeExplorerState({ ...DEFAULT_STATE, focus: focus.data, depth }),
      };
      if (best === undefined || better(candidate, best)) best = candidate;
    }
  }
  return best;
}
