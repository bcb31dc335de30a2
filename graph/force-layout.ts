/**
 * The explorer's opening picture, laid out at build time. Running the force-directed
 * layout (fcose) in the reader's browser is the one long task of opening the explorer;
 * for the view everyone starts from, the build runs the same layout headless (cytoscape
 * runs in Node too) and ships the positions, so the canvas draws its final picture at
 * once. Any other view is laid out in the browser as before.
 */
import cytoscape, { type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ExplorerGraph } from './explorer-data';

cytoscape.use(fcose);

/**
 * The force-directed layout (fcose) as the explorer runs it, in the browser and here at
 * build time. Shared with the benchmark's bare cytoscape page, so the floor it measures
 * is the same work.
 */
export const FCOSE_OPTIONS = {
  name: 'fcose',
  quality: 'default',
  randomize: true,
  animate: false,
  fit: true,
  padding: 30,
  nodeSeparation: 90,
  idealEdgeLength: 90,
  nodeRepulsion: 6500,
} as LayoutOptions;

export interface PresetLayout {
  /** The visible node ids, sorted and comma-joined: the view these positions are for. */
  key: string;
  positions: Record<string, { x: number; y: number }>;
}

export const layoutKey = (ids: Iterable<string>) => [...ids].sort().join(',');

/** fcose over the given nodes and the edges among them, with the canvas's node size. */
export function presetForceLayout(graph: ExplorerGraph, ids: ReadonlySet<string>): PresetLayout {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 18, height: 18 } }],
    elements: [
      ...graph.nodes.filter((n) => ids.has(n.id)).map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
      ...graph.edges
        .filter((e) => ids.has(e.source) && ids.has(e.target))
        .map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
  });
  cy.layout({ ...FCOSE_OPTIONS, animate: false, fit: false } as LayoutOptions).run();
  const positions: PresetLayout['positions'] = {};
  cy.nodes().forEach((n) => {
    const p = n.position();
    positions[n.id()] = { x: Math.round(p.x), y: Math.round(p.y) };
  });
  cy.destroy();
  return { key: layoutKey(ids), positions };
}
