/**
 * The floor: a bare cytoscape page drawing the same graph with the same layout options
 * and no application code around it.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ExplorerGraph } from '../graph/explorer-data';
import { FCOSE_OPTIONS } from '../graph/force-layout';

declare global {
  interface Window {
    __BENCH_GRAPH__: ExplorerGraph;
    __BENCH_RESULT__?: { firstRender: number; layout: number };
  }
}

cytoscape.use(fcose);
const graph = window.__BENCH_GRAPH__;
const start = performance.now();
let firstRender = 0;
const cy = cytoscape({
  container: document.getElementById('root'),
  elements: [
    // Preset starting positions, as the explorer has, so both pages paint before laying out.
    ...graph.nodes.map((n, i) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.label.en },
      position: { x: (i % 40) * 40, y: Math.floor(i / 40) * 40 },
    })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ],
  style: [
    {
      selector: 'node',
      style: { label: 'data(label)', width: 18, height: 18, 'font-size': 11, 'min-zoomed-font-size': 13 },
    },
    // The explorer's own choice for large graphs (straight edges) and for small ones (curves with arrows).
    graph.nodes.length > 400
      ? { selector: 'edge', style: { width: 1.2, 'curve-style': 'haystack' } }
      : { selector: 'edge', style: { width: 1.2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
  ],
  layout: { name: 'preset' },
});
cy.one('render', () => {
  firstRender = performance.now() - start;
  // Then the same force-directed layout, after the first frame.
  window.setTimeout(() => cy.layout(FCOSE_OPTIONS).run(), 50);
});
cy.one('layoutstop', () => {
  requestAnimationFrame(() => {
    window.__BENCH_RESULT__ = {
      firstRender: firstRender || performance.now() - start,
      layout: performance.now() - start,
    };
  });
});
