'use client';

/**
 * The opening view as drawn at build time: an SVG with real text (graph/svg-drawing.ts),
 * readable before any script runs and without one. Once the page runs, pointing at an
 * idea (or a link) previews it and fades the rest, a click selects an idea or opens its
 * "+N" badge, all without loading the canvas; dragging or zooming the picture asks for
 * the canvas, which then takes over from the same picture.
 */
import { memo, useEffect, useRef, type PointerEvent, type WheelEvent } from 'react';
import { neighbourhood, type Link } from '@/graph/highlight';
import type { NodeId } from '@/graph/schema';
import type { Box, HoverTarget } from './canvas-events';
import type { Framing } from './frame';

export interface StaticGraphProps {
  svg: string;
  links: readonly Link[];
  /** Turns a drawn id back into a node id (or undefined for an id the graph lacks). */
  nodeId: (id: string) => NodeId | undefined;
  /** The idea previewed (hover, keyboard, tap): it and its neighbours stay, the rest fades. */
  preview: string | undefined;
  matches?: ReadonlySet<string> | undefined;
  /** Ideas brought forward (a tour's current step): the rest fades, as on the canvas. */
  highlight?: ReadonlySet<string> | undefined;
  onHover: (target: HoverTarget | undefined) => void;
  onSelect: (id: NodeId) => void;
  /** A "+N" badge opened (the explorer's folded detail; small graphs have none). */
  onOpen?: (id: NodeId) => void;
  /** The reader wants to move the picture: start the canvas. */
  onStart: () => void;
  /** The element holding the picture, for the card's placement and the canvas's hand-over. */
  holderRef: { current: HTMLDivElement | null };
}

/** The drawing's markup never changes on the page: React leaves it alone once written. */
const Drawing = memo(function Drawing({ svg }: { svg: string }) {
  // Our own build output (graph/svg-drawing.ts escapes every text), never a reader's value.
  return <div className="static-drawing" dangerouslySetInnerHTML={{ __html: svg }} />;
});

export function boxWithin(el: Element, holder: Element): Box {
  const r = el.getBoundingClientRect();
  const h = holder.getBoundingClientRect();
  return { x: r.left - h.left, y: r.top - h.top, w: r.width, h: r.height };
}

/** Where an idea's box is drawn, within the holder (for its card or tip). */
export function staticBox(holder: HTMLElement | null, id: string): Box | undefined {
  const el = holder?.querySelector(`.ad-node[data-id="${CSS.escape(id)}"] .ad-box`);
  return el && holder ? boxWithin(el, holder) : undefined;
}

/** Where the static drawing stands in its holder, as a canvas viewport (same coordinates). */
export function viewportOfDrawing(holder: HTMLElement | null): Framing | undefined {
  const svg = holder?.querySelector('.static-graph svg');
  if (!(svg instanceof SVGSVGElement) || !holder) return undefined;
  const r = svg.getBoundingClientRect();
  const b = holder.getBoundingClientRect();
  const vb = svg.viewBox.baseVal;
  if (vb.width === 0) return undefined;
  const zoom = r.width / vb.width;
  return { kind: 'viewport', zoom, pan: { x: r.left - b.left - vb.x * zoom, y: r.top - b.top - vb.y * zoom } };
}

export function StaticGraph(props: StaticGraphProps) {
  const { svg, links, preview, matches, highlight, holderRef } = props;
  const ref = useRef<HTMLDivElement | null>(null);

  // Fading, match outlines and a tour step's ideas are classes on the drawing's own elements.
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const near = preview ? neighbourhood(links, preview) : undefined;
    const step = highlight && highlight.size > 0 ? highlight : undefined;
    root.classList.toggle('has-preview', near !== undefined);
    root.classList.toggle('has-step', step !== undefined);
    root.querySelectorAll<SVGGElement>('.ad-node').forEach((g) => {
      const id = g.dataset.id ?? '';
      g.classList.toggle('is-near', near?.nodes.has(id) ?? false);
      g.classList.toggle('is-active', id === preview);
      g.classList.toggle('is-match', matches?.has(id) ?? false);
      g.classList.toggle('is-step', step?.has(id) ?? false);
    });
    root.querySelectorAll<SVGGElement>('.ad-edge[data-edge]').forEach((g) => {
      g.classList.toggle('is-near', near?.edges.has(g.dataset.edge ?? '') ?? false);
      const both = step?.has(g.dataset.source ?? '') === true && step.has(g.dataset.target ?? '');
      g.classList.toggle('is-step', both);
    });
  }, [preview, links, matches, highlight]);

  const targetOf = (e: { target: EventTarget | null }) => {
    const el = e.target instanceof Element ? e.target : null;
    return {
      badge: el?.closest<SVGGElement>('.ad-badge'),
      node: el?.closest<SVGGElement>('.ad-node'),
      edge: el?.closest<SVGGElement>('.ad-edge[data-edge]'),
    };
  };

  const onPointerOver = (e: PointerEvent<HTMLDivElement>) => {
    const { node, edge } = targetOf(e);
    const holder = holderRef.current;
    if (!holder) return;
    const id = node ? props.nodeId(node.dataset.id ?? '') : undefined;
    if (node && id && e.pointerType !== 'touch') {
      props.onHover({ type: 'node', id, box: boxWithin(node.querySelector('.ad-box') ?? node, holder), touch: false });
    } else if (edge) {
      const b = boxWithin(edge, holder);
      props.onHover({ type: 'edge', id: edge.dataset.edge ?? '', x: b.x + b.w / 2, y: b.y + b.h / 2 });
    }
  };
  const onPointerOut = (e: PointerEvent<HTMLDivElement>) => {
    const { node, edge } = targetOf(e);
    if ((node || edge) && e.pointerType !== 'touch') props.onHover(undefined);
  };
  const onClick = (e: { target: EventTarget | null; nativeEvent: MouseEvent }) => {
    const { badge, node } = targetOf(e);
    const holder = holderRef.current;
    const id = node ? props.nodeId(node.dataset.id ?? '') : undefined;
    if (!id || !holder) return props.onHover(undefined);
    if (badge && props.onOpen) return props.onOpen(id);
    // On a touch screen the first tap previews, a second tap on the same idea selects it.
    const touch = e.nativeEvent instanceof PointerEvent && e.nativeEvent.pointerType === 'touch';
    if (touch && preview !== id)
      props.onHover({
        type: 'node',
        id,
        box: boxWithin(node?.querySelector('.ad-box') ?? node ?? holder, holder),
        touch,
      });
    else props.onSelect(id);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    // A mouse pressed on the background means dragging the picture: that is the canvas's job.
    if (e.pointerType === 'mouse' && !targetOf(e).node) props.onStart();
  };
  const onWheel = (e: WheelEvent<HTMLDivElement>) => {
    if (e.ctrlKey || e.deltaY !== 0) props.onStart();
  };

  return (
    <div
      ref={ref}
      className="static-graph"
      onPointerOver={onPointerOver}
      onPointerOut={onPointerOut}
      onClick={onClick}
      onPointerDown={onPointerDown}
      onWheel={onWheel}
      aria-hidden="true"
    >
      <Drawing svg={svg} />
    </div>
  );
}
