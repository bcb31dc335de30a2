/**
 * Where the canvas looks after a layout: the whole picture when its labels stay readable
 * there; otherwise (a small view on a small screen) zoomed to the smallest readable size,
 * starting at the focused idea or at the argument's beginning, for the reader to pan on;
 * for a tour step, its ideas.
 */
import type { Core } from 'cytoscape';
import { LABEL_FONT, MIN_READABLE } from '@/graph/node-box';

/** The zoom at which a label is drawn at the smallest readable size. */
export const READABLE_ZOOM = MIN_READABLE / LABEL_FONT;
/** Views with more ideas than this are framed whole (labels appear as the reader zooms in). */
const OVERVIEW_ABOVE = 80;
const PADDING = 24;

export type Framing =
  | { kind: 'readable'; anchor?: string | undefined }
  | { kind: 'ideas'; ids: ReadonlySet<string> }
  | { kind: 'viewport'; zoom: number; pan: { x: number; y: number } };

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function frame(cy: Core, framing: Framing, animate: boolean): void {
  if (cy.destroyed() || cy.width() === 0) return;
  const shown = cy.nodes().not('.hidden');
  const duration = animate && !reducedMotion() ? 300 : 0;
  const go = (zoom: number, pan: { x: number; y: number }) =>
    duration > 0 ? cy.animate({ zoom, pan }, { duration }) : cy.viewport({ zoom, pan });

  if (framing.kind === 'viewport') return void go(framing.zoom, framing.pan);
  const target = framing.kind === 'ideas' ? shown.filter((n) => framing.ids.has(n.id())) : shown;
  if (target.empty()) return;
  const bb = target.boundingBox({ includeLabels: false });
  const fitZoom = Math.min((cy.width() - 2 * PADDING) / bb.w, (cy.height() - 2 * PADDING) / bb.h);
  const maxZoom = framing.kind === 'ideas' ? 1.4 : 1;
  let zoom = Math.min(fitZoom, maxZoom);
  const overview = framing.kind === 'readable' && shown.length > OVERVIEW_ABOVE;
  if (zoom >= READABLE_ZOOM || overview) {
    go(zoom, { x: (cy.width() - bb.w * zoom) / 2 - bb.x1 * zoom, y: (cy.height() - bb.h * zoom) / 2 - bb.y1 * zoom });
    return;
  }
  // Too big to show whole with readable labels: readable, from a sensible start.
  zoom = READABLE_ZOOM;
  const anchor = framing.kind === 'readable' && framing.anchor ? cy.getElementById(framing.anchor) : undefined;
  if (anchor && anchor.nonempty()) {
    const p = anchor.position();
    go(zoom, { x: cy.width() / 2 - p.x * zoom, y: cy.height() / 2 - p.y * zoom });
  } else if (framing.kind === 'ideas') {
    // Centred on the idea that brings the most of the step's ideas on screen with it (the
    // first in the step's order on a tie): the middle of their box may fall between
    // columns, where none of them would show.
    const half = { w: (cy.width() - 2 * PADDING) / 2 / zoom, h: (cy.height() - 2 * PADDING) / 2 / zoom };
    const spots = [...framing.ids].flatMap((id) => {
      const n = target.getElementById(id);
      return n.nonempty() ? [n.position()] : [];
    });
    const seen = (c: { x: number; y: number }) =>
      spots.filter((q) => Math.abs(q.x - c.x) <= half.w && Math.abs(q.y - c.y) <= half.h).length;
    const counts = spots.map(seen);
    const c = spots[counts.indexOf(Math.max(...counts))] ?? { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
    go(zoom, { x: cy.width() / 2 - c.x * zoom, y: cy.height() / 2 - c.y * zoom });
  } else {
    go(zoom, {
      x: PADDING - bb.x1 * zoom,
      y: Math.max(PADDING - bb.y1 * zoom, (cy.height() - bb.h * zoom) / 2 - bb.y1 * zoom),
    });
  }
}
