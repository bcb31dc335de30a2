/**
 * The floor: a bare cytoscape page drawing the same graph with the same layout options
 * and no application code around it.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ExplorerGraph } from '../graph/explorer-data';
import { FCOSE_OPTIONS } from '../components/explorer/layouts';

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
    ...graph.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, label: n.label.en } })),
    ...graph.edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
  ],
  style: [
    { selector: 'node', style: { label: 'data(label)', width: 18, height: 18, 'font-size': 11, 'min-zoomed-font-size': 13 } },
    { selector: 'edge', style: { width: 1.2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle' } },
  ],
  layout: { name: 'preset' },
});
cy.one('render', () => {
  firstRender = performance.now() - start;
});
cy.one('layoutstop', () => {
  requestAnimationFrame(() => {
    window.__BENCH_RESULT__ = { firstRender: firstRender || performance.now() - start, layout: performance.now() - start };
  });
});
cy.layout(FCOSE_OPTIONS).run();
