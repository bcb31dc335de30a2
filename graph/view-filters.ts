/**
 * What the explorer's filters let through, and the views that need no graph algorithm:
 * the opening view (each stage's main ideas, with what the reader opened) and "show
 * everything". They are computed here without cytoscape, so the explorer shows them
 * without loading it; a focus or a path needs breadth-first search or path finding, and
 * view.ts (with cytoscape) computes those — with the same filters, from this module.
 */
import { disclose, type Disclosure } from './disclosure';
import type { ExplorerState } from './explore-state';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-data';
import { isWithin } from './sections';
import { OPENING_IDS } from './stages';
import type { View } from './view';

/**
 * Whether an idea passes the filters. A level node follows the level filter too (hiding
 * "compute" hides its node); with a section chosen, only the ideas cited in it or in one of
 * its subsections pass.
 */
export function nodePasses(n: ExplorerNode, state: ExplorerState): boolean {
  if (!state.kinds.includes(n.kind)) return false;
  if (n.level !== undefined && !state.levels.includes(n.level)) return false;
  if (n.kind === 'level' && !state.levels.some((l) => l === n.id)) return false;
  const section = state.section;
  return section === undefined || (n.sections ?? []).some((s) => isWithin(s, section));
}

export const edgePasses = (e: ExplorerEdge, state: ExplorerState): boolean =>
  state.edges.includes(e.kind) && state.stance.includes(e.stance);

/** The opening ideas, with the detail the reader opened (graph/disclosure.ts). */
export function foldedDisclosure(graph: ExplorerGraph, state: ExplorerState): Disclosure {
  return disclose(graph, {
    base: OPENING_IDS,
    open: state.open,
    nodeOk: (n) => nodePasses(n, state),
    edgeOk: (e) => edgePasses(e, state),
  });
}

/** Whether the view needs graph algorithms: a shown focus, or a path asked for. */
export function needsAlgorithms(graph: ExplorerGraph, state: ExplorerState): boolean {
  if (state.from !== undefined && state.to !== undefined) return true;
  const focus = state.focus === undefined ? undefined : graph.nodes.find((n) => n.id === state.focus);
  return focus !== undefined && nodePasses(focus, state);
}

/** The view for a state that needs no graph algorithm (see needsAlgorithms). */
export function simpleView(graph: ExplorerGraph, state: ExplorerState): View {
  const folded = state.show === 'main' ? foldedDisclosure(graph, state) : undefined;
  const nodeIds = new Set(
    graph.nodes.filter((n) => nodePasses(n, state) && (!folded || folded.nodeIds.has(n.id))).map((n) => n.id),
  );
  const edgeIds = new Set(
    graph.edges.filter((e) => nodeIds.has(e.source) && nodeIds.has(e.target) && edgePasses(e, state)).map((e) => e.id),
  );
  return {
    nodeIds,
    edgeIds,
    focus: undefined,
    paths: undefined,
    pathNodeIds: new Set(),
    pathEdgeIds: new Set(),
    badges: folded?.badges ?? new Map(),
  };
}
