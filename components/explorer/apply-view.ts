/**
 * Shows a view on the canvas by classes alone (never rebuilding the graph): what is
 * hidden, focused, on a path, matched by a search, highlighted for a tour step, and —
 * while the reader points at an idea — that idea with its neighbours, the rest faded.
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { neighbourhood } from '@/graph/highlight';

export interface CanvasView {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
  focus: string | undefined;
  /** The links and ideas of paths to draw strongly. */
  pathEdges?: ReadonlySet<string>;
  pathNodes?: ReadonlySet<string>;
}

export interface Emphasis {
  /** Ideas matching the highlight search, outlined. */
  matches?: ReadonlySet<string> | undefined;
  /** Ideas of a tour's current step: the rest is faded. */
  highlight?: ReadonlySet<string> | undefined;
  /** The idea pointed at (hover, keyboard, tap): it and its neighbours stay, the rest fades. */
  preview?: string | undefined;
}

const CLASSES = 'hidden focus neighbour path faded match step active';

export function applyView(cy: Core, view: CanvasView, emphasis: Emphasis): void {
  cy.batch(() => {
    cy.elements().not('.band').removeClass(CLASSES);
    cy.nodes()
      .not('.band')
      .forEach((n: NodeSingular) => {
        const id = n.id();
        if (!view.nodeIds.has(id)) n.addClass('hidden');
        if (view.pathNodes?.has(id)) n.addClass('path');
        if (emphasis.matches?.has(id)) n.addClass('match');
      });
    cy.edges().forEach((e: EdgeSingular) => {
      if (!view.edgeIds.has(e.id())) e.addClass('hidden');
      if (view.pathEdges?.has(e.id())) e.addClass('path');
    });
    if (view.focus) {
      const f = cy.getElementById(view.focus);
      f.addClass('focus');
      f.closedNeighborhood().not('.hidden').addClass('neighbour');
    }
    if (view.pathEdges && view.pathEdges.size > 0) cy.elements().not('.path, .band').addClass('faded');
    const step = emphasis.highlight;
    if (step && step.size > 0) {
      cy.nodes()
        .not('.band')
        .forEach((n: NodeSingular) => {
          if (step.has(n.id())) n.addClass('step');
          else n.addClass('faded');
        });
      cy.edges().forEach((e: EdgeSingular) => {
        if (!step.has(e.source().id()) || !step.has(e.target().id())) e.addClass('faded');
      });
    }
    if (emphasis.preview && view.nodeIds.has(emphasis.preview)) {
      const links = cy
        .edges()
        .not('.hidden')
        .map((e: EdgeSingular) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
      const near = neighbourhood(links, emphasis.preview);
      cy.elements()
        .not('.band')
        .forEach((el) => {
          const id = el.id();
          const inside = el.isNode() ? near.nodes.has(id) : near.edges.has(id);
          el.removeClass('faded');
          el.addClass(inside ? 'neighbour' : 'faded');
        });
      cy.getElementById(emphasis.preview).addClass('active');
    }
  });
}
