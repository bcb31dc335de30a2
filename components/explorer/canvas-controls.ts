/**
 * What the rest of a page may ask of its canvas: zoom and fit (the buttons beside it),
 * where an idea is drawn (to place a card beside it), the ideas' places for the arrow
 * keys, bringing an idea into view, and the picture as it stands (to export or print it).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { ArgumentLayout, Placed } from '@/graph/argument-layout';
import type { Spot } from '@/graph/highlight';
import { renderedBox, type Box } from './canvas-events';
import { frame } from './frame';

export interface Snapshot {
  /** Each shown idea's box, in the picture's own coordinates. */
  nodes: Map<string, Placed>;
  edges: { id: string; source: string; target: string }[];
  /** The argument layout's placement, when it is the layout shown and nothing was moved by hand. */
  layout: ArgumentLayout | undefined;
}

export interface CanvasControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  boxOf(id: string): Box | undefined;
  spots(): Spot[];
  reveal(id: string): void;
  snapshot(): Snapshot;
}

const ZOOM_STEP = 1.25;

export function canvasControls(
  cyRef: { readonly current: Core | null },
  layout: () => ArgumentLayout | undefined,
): CanvasControls {
  const cy = () => (cyRef.current && !cyRef.current.destroyed() ? cyRef.current : undefined);
  const shown = (c: Core) => c.nodes().not('.hidden, .band');
  const zoomBy = (factor: number) => {
    const c = cy();
    if (c) c.zoom({ level: c.zoom() * factor, renderedPosition: { x: c.width() / 2, y: c.height() / 2 } });
  };
  return {
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    fit: () => {
      const c = cy();
      if (c) frame(c, { kind: 'readable' }, true);
    },
    boxOf: (id) => {
      const c = cy();
      const n = c?.getElementById(id);
      return n && n.nonempty() && !n.hasClass('hidden') ? renderedBox(n) : undefined;
    },
    spots: () => {
      const c = cy();
      return c ? shown(c).map((n: NodeSingular) => ({ id: n.id(), ...n.position() })) : [];
    },
    reveal: (id) => {
      const c = cy();
      const n = c?.getElementById(id);
      if (!c || !n || n.empty()) return;
      const b = n.renderedBoundingBox({ includeLabels: false });
      const margin = 24;
      const dx = b.x1 < margin ? margin - b.x1 : b.x2 > c.width() - margin ? c.width() - margin - b.x2 : 0;
      const dy = b.y1 < margin ? margin - b.y1 : b.y2 > c.height() - margin ? c.height() - margin - b.y2 : 0;
      if (dx !== 0 || dy !== 0) c.panBy({ x: dx, y: dy });
    },
    snapshot: () => {
      const c = cy();
      const nodes = new Map<string, Placed>();
      if (!c) return { nodes, edges: [], layout: undefined };
      shown(c).forEach((n: NodeSingular) => {
        const p = n.position();
        nodes.set(n.id(), { x: p.x, y: p.y, width: n.width(), height: n.height() });
      });
      const edges = c
        .edges()
        .not('.hidden, .level-link')
        .map((e: EdgeSingular) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
      const l = layout();
      const moved =
        l !== undefined &&
        [...nodes].some(([id, b]) => {
          const at = l.nodes[id];
          return !at || Math.abs(at.x - b.x) > 0.5 || Math.abs(at.y - b.y) > 0.5;
        });
      return { nodes, edges, layout: moved ? undefined : l };
    },
  };
}
