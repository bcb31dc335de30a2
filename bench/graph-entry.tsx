/**
 * Benchmark page for the explorer's canvas: renders GraphCanvas with the graph in
 * window.__BENCH_GRAPH__ and records when cytoscape first renders and when the layout
 * stops, on window.__BENCH_RESULT__.
 */
import type { Core } from 'cytoscape';
import { createRoot } from 'react-dom/client';
import { GraphCanvas } from '../components/explorer/graph-canvas';
import type { ExplorerGraph } from '../graph/explorer-data';

declare global {
  interface Window {
    __BENCH_GRAPH__: ExplorerGraph;
    __BENCH_RESULT__?: { firstRender: number; layout: number };
  }
}

const graph = window.__BENCH_GRAPH__;
const start = performance.now();
let firstRender = 0;
const view = {
  nodeIds: new Set(graph.nodes.map((n) => n.id)),
  edgeIds: new Set(graph.edges.map((e) => e.id)),
  focus: undefined,
};
const onReady = (cy: Core) => {
  // The first render that shows the graph (not the empty canvas before its elements arrive).
  const onRender = () => {
    if (cy.nodes().empty()) return;
    cy.off('render', onRender);
    firstRender = performance.now() - start;
  };
  cy.on('render', onRender);
  // Large graphs get a quick grid first; the layout that counts is the force-directed one.
  cy.on('layoutstop', (evt) => {
    // cytoscape's event types leave the layout untyped; it is the layout that stopped.
    const layout = evt.layout as { options: { name: string } };
    if (layout.options.name !== 'fcose') return;
    requestAnimationFrame(() => {
      window.__BENCH_RESULT__ = {
        firstRender: firstRender || performance.now() - start,
        layout: performance.now() - start,
      };
    });
  });
};
const root = document.getElementById('root');
if (root) createRoot(root).render(<GraphCanvas graph={graph} view={view} layout="force" lang="en" onReady={onReady} />);
