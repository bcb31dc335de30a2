/**
 * What the explorer shows for a state: the nodes and edges that pass the filters, the
 * neighbourhood of a focused node, and what the path finder finds between two nodes
 * (graph/argument-paths.ts). Graph algorithms are cytoscape's (breadth-first search, A*),
 * run headless here so that the same code serves the browser, the server and the tests.
 */
import cytoscape, { type Core } from 'cytoscape';
import { findArgumentPaths, pathElements, type PathFinding, type PathOptions } from './argument-paths';
import type { ExplorerState } from './explore-state';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-data';
import { edgePasses, foldedDisclosure, nodePasses } from './view-filters';

export type { PathFinding, PathStep } from './argument-paths';

export interface View {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
  /** The focused node, if it is visible. */
  focus: string | undefined;
  /**
   * What the path finder found from `from` to `to` through visible elements: argument
   * chains, or the connection when the paper draws none; `undefined` when no pair is asked.
   */
  paths: PathFinding | undefined;
  /** The nodes and edges of those chains or that connection, for the canvas to highlight (always shown). */
  pathNodeIds: Set<string>;
  pathEdgeIds: Set<string>;
  /** For each shown idea, how much folded detail hangs from it ("+N"); only when nothing is focused and not everything is shown. */
  badges: ReadonlyMap<string, number>;
}

export function headless(graph: ExplorerGraph): Core {
  return cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
}

export function computeView(graph: ExplorerGraph, state: ExplorerState, cy: Core = headless(graph)): View {
  // Looked up by cytoscape's ids, which are plain strings.
  const nodeById = new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n]));
  const edgeById = new Map<string, ExplorerEdge>(graph.edges.map((e) => [e.id, e]));
  const visibleNodes = cy.nodes().filter((n) => {
    const node = nodeById.get(n.id());
    return node !== undefined && nodePasses(node, state);
  });
  const visibleEdges = visibleNodes.edgesWith(visibleNodes).filter((e) => {
    const edge = edgeById.get(e.id());
    return edge !== undefined && edgePasses(edge, state);
  });
  const filtered = visibleNodes.union(visibleEdges);
  let shown = filtered;

  const focus =
    state.focus !== undefined && visibleNodes.getElementById(state.focus).nonempty() ? state.focus : undefined;
  // Without a focus: each stage's main ideas and what the reader opened, unless everything is asked for.
  const folded = focus === undefined && state.show === 'main' ? foldedDisclosure(graph, state) : undefined;
  if (folded) {
    const nodes = visibleNodes.filter((n) => folded.nodeIds.has(n.id()));
    shown = nodes.union(nodes.edgesWith(nodes).intersection(visibleEdges));
  }
  if (focus !== undefined) {
    const reached = cy.collection();
    shown.bfs({
      roots: shown.getElementById(focus),
      directed: false,
      visit: (v, _e, _u, _i, depth) => {
        if (depth > state.depth) return false;
        reached.merge(v);
        return undefined;
      },
    });
    shown = reached.union(reached.edgesWith(reached).intersection(visibleEdges));
  }

  let paths: PathFinding | undefined;
  if (state.from !== undefined && state.to !== undefined) {
    // Paths run through everything the filters allow, not only the focused neighbourhood.
    paths = pathFinding(graph, state, visibleNodes, visibleEdges);
  }
  const highlight = pathElements(paths);
  // The path is always drawn, even through nodes the focus would hide.
  if (highlight.nodeIds.size > 0) {
    const drawn = cy.collection();
    for (const id of [...highlight.nodeIds, ...highlight.edgeIds]) drawn.merge(cy.getElementById(id));
    shown = shown.union(drawn);
  }

  return {
    nodeIds: new Set(shown.nodes().map((n) => n.id())),
    edgeIds: new Set(shown.edges().map((e) => e.id())),
    focus,
    paths,
    pathNodeIds: highlight.nodeIds,
    pathEdgeIds: highlight.edgeIds,
    badges: folded?.badges ?? new Map(),
  };
}

interface Remembered {
  /** Findings by pair, switch and filters. */
  findings: Map<string, PathFinding>;
  /** One object per set of filters, so the path finder can keep its work for them. */
  visible: Map<string, NonNullable<PathOptions['visible']>>;
}
const remembered = new WeakMap<ExplorerGraph, Remembered>();
/** How many findings and filter sets are remembered per graph (the explorer asks again on every change of focus). */
const REMEMBERED = 32;

/** Forgets the oldest entries (a Map keeps insertion order). */
function trim<K, V>(map: Map<K, V>) {
  for (const old of map.keys()) {
    if (map.size <= REMEMBERED) break;
    map.delete(old);
  }
}

/**
 * The path finder's answer for a state, remembered: what it depends on is the pair, the
 * hubs switch and the filters, not the focus or layout, which change far more often.
 */
function pathFinding(
  graph: ExplorerGraph,
  state: ExplorerState,
  nodes: cytoscape.Collection,
  edges: cytoscape.Collection,
): PathFinding {
  let memo = remembered.get(graph);
  if (!memo) {
    memo = { findings: new Map(), visible: new Map() };
    remembered.set(graph, memo);
  }
  const filters = JSON.stringify([state.kinds, state.levels, state.edges, state.stance]);
  const key = JSON.stringify([state.from, state.to, state.hubs, filters]);
  const known = memo.findings.get(key);
  if (known) return known;
  let visible = memo.visible.get(filters);
  if (!visible) {
    visible = { nodeIds: new Set(nodes.map((n) => n.id())), edgeIds: new Set(edges.map((e) => e.id())) };
    memo.visible.set(filters, visible);
    trim(memo.visible);
  }
  const found = findArgumentPaths(graph, state.from ?? '', state.to ?? '', { hubs: state.hubs, visible });
  memo.findings.set(key, found);
  trim(memo.findings);
  return found;
}
