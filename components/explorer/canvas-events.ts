/**
 * What the reader does on the canvas, reported to the explorer: pointing at an idea or a
 * link (hover; on a touch screen the first tap), selecting an idea (click, or a second tap),
 * opening the detail folded under it (its "+N" badge), and moving the picture.
 */
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { badgeRect } from '@/graph/node-box';
import type { NodeId } from '@/graph/schema';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type HoverTarget =
  { type: 'node'; id: NodeId; box: Box; touch: boolean } | { type: 'edge'; id: string; x: number; y: number };

export interface CanvasHandlers {
  select: (id: NodeId) => void;
  open: (id: NodeId) => void;
  hover: (target: HoverTarget | undefined) => void;
  /** The idea currently previewed, if any (a tap on it selects it). */
  previewed: () => string | undefined;
  /** The picture was panned or zoomed. */
  moved: () => void;
}

export function renderedBox(n: NodeSingular): Box {
  const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  return { x: b.x1, y: b.y1, w: b.w, h: b.h };
}

const isTouch = (evt: EventObject) => {
  const e: unknown = evt.originalEvent;
  return (
    (typeof TouchEvent !== 'undefined' && e instanceof TouchEvent) ||
    (e instanceof PointerEvent && e.pointerType === 'touch')
  );
};

/** Whether a tap landed on the node's "+N" badge, on its box's top-right corner (a little slack around it). */
function onBadge(n: NodeSingular, evt: EventObject): boolean {
  const text = String(n.data('badge') ?? '');
  if (text === '') return false;
  const r = badgeRect({ width: Number(n.data('w') ?? 0), height: Number(n.data('h') ?? 0) }, text);
  const p = n.position();
  const x = evt.position.x - p.x;
  const y = evt.position.y - p.y;
  return x >= r.x - 3 && x <= r.x + r.w + 3 && y >= r.y - 3 && y <= r.y + r.h + 3;
}

export function listen(
  cy: Core,
  handlers: { readonly current: CanvasHandlers },
  ids: { readonly current: ReadonlyMap<string, NodeId> },
) {
  const idOf = (n: NodeSingular) => ids.current.get(n.id());
  cy.on('tap', 'node', (evt) => {
    const n = evt.target as NodeSingular;
    const id = idOf(n);
    if (!id) return;
    if (onBadge(n, evt)) handlers.current.open(id);
    else if (isTouch(evt) && handlers.current.previewed() !== id)
      handlers.current.hover({ type: 'node', id, box: renderedBox(n), touch: true });
    else handlers.current.select(id);
  });
  cy.on('tap', (evt) => {
    if (evt.target === cy) handlers.current.hover(undefined);
  });
  cy.on('mouseover', 'node', (evt) => {
    const n = evt.target as NodeSingular;
    const id = idOf(n);
    if (id) handlers.current.hover({ type: 'node', id, box: renderedBox(n), touch: false });
  });
  cy.on('mouseover', 'edge', (evt) => {
    const e = evt.target as EdgeSingular;
    const mid = e.renderedMidpoint();
    handlers.current.hover({ type: 'edge', id: e.id(), x: mid.x, y: mid.y });
  });
  cy.on('mouseout', 'node, edge', () => handlers.current.hover(undefined));
  cy.on('pan zoom', () => handlers.current.moved());
}
