/**
 * What the explorer shows for a state: the nodes and edges that pass the filters, the
 * neighbourhood of a focused node, and the shortest path between two nodes. Graph
 * algorithms are cytoscape's (breadth-first search, A*), run headless here so that the
 * same code serves the browser, the server and the tests.
 */
import cytoscape, { type Core } from 'cytoscape';
import type { ExplorerState } from './explore-state';
import type { ExplorerEdge, ExplorerGraph, ExplorerNode } from './explorer-data';
import { edgePasses, foldedDisclosure, nodePasses } from './view-filters';

export interface PathStep {
  /** The edge taken, and whether it was walked along its direction or against it. */
  edge: ExplorerEdge;
  forward: boolean;
  from: ExplorerNode;
  to: ExplorerNode;
}

export interface View {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
  /** The focused node, if it is visible. */
  focus: string | undefined;
  /** The path from `from` to `to` through visible elements; `undefined` when none is asked, `null` when none exists. */
  path: PathStep[] | null | undefined;
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

  let path: PathStep[] | null | undefined;
  if (state.from !== undefined && state.to !== undefined) {
    // Paths run through everything the filters allow, not only the focused neighbourhood.
    path = shortestPath(filtered, state.from, state.to, nodeById, edgeById);
    if (path) {
      // The path is always drawn, even through nodes the focus would hide.
      for (const step of path)
        shown = shown.union(cy.getElementById(step.edge.id)).union(cy.getElementById(step.to.id));
    }
  }

  return {
    nodeIds: new Set(shown.nodes().map((n) => n.id())),
    edgeIds: new Set(shown.edges().map((e) => e.id())),
    focus,
    path,
    badges: folded?.badges ?? new Map(),
  };
}

function shortestPath(
  eles: cytoscape.Collection,
  from: string,
  to: string,
  nodeById: Map<string, ExplorerNode>,
  edgeById: Map<string, ExplorerEdge>,
): PathStep[] | null {
  const root = eles.getElementById(from);
  const goal = eles.getElementById(to);
  if (root.empty() || goal.empty()) return null;
  if (from === to) return [];
  const result = eles.aStar({ root, goal, directed: false });
  if (!result.found) return null;
  const steps: PathStep[] = [];
  const nodes = result.path.nodes();
  const edges = result.path.edges();
  for (let i = 0; i < edges.length; i++) {
    const edge = edgeById.get(edges[i]?.id() ?? '');
    const a = nodeById.get(nodes[i]?.id() ?? '');
    const b = nodeById.get(nodes[i + 1]?.id() ?? '');
    if (!edge || !a || !b) return null;
    steps.push({ edge, forward: edge.source === a.id, from: a, to: b });
  }
  return steps;
}
