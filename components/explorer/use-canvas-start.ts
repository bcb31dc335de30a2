'use client';

/**
 * When a small graph's canvas starts. The page first shows the placement drawn as SVG
 * (real text, printable); cytoscape — a large download and seconds of work on a phone —
 * is loaded only when the figure comes near the viewport or the reader engages with it
 * (presses on the picture, a zoom button, focuses it). Started by the reader, the canvas
 * opens at the same place and zoom as the drawing they were looking at; started by
 * scrolling, it frames the picture as the page asks (readable, or a tour step's ideas).
 */
import { useEffect, useState } from 'react';
import type { Framing } from './frame';
import { viewportOfDrawing } from './static-graph';

/** How far outside the viewport the figure may be when its canvas starts loading. */
const NEAR = '200px 0px';

export function useCanvasStart(args: {
  /** The figure watched for coming near the viewport. */
  figure: { readonly current: HTMLElement | null };
  /** The box holding the drawing (and then the canvas). */
  holder: { readonly current: HTMLElement | null };
  /** Start at once (embeds: the graph is what the frame is for). */
  eager: boolean;
  /** The page's framing for the canvas. */
  framing: Framing | undefined;
}) {
  const { figure, holder, eager, framing } = args;
  const [started, setStarted] = useState(eager);
  const [ready, setReady] = useState(false);
  // The drawing's viewport, kept until the page asks for another framing (the next tour step).
  const [handoff, setHandoff] = useState<{ over: Framing | undefined; viewport: Framing } | undefined>(undefined);

  useEffect(() => {
    const el = figure.current;
    if (started || !el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setStarted(true);
      },
      { rootMargin: NEAR },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [figure, started]);

  /** The reader engages: start the canvas from the picture as they see it. */
  const engage = () => {
    if (started) return;
    const viewport = viewportOfDrawing(holder.current);
    if (viewport) setHandoff({ over: framing, viewport });
    setStarted(true);
  };

  return {
    started,
    /** The canvas has laid out its picture: it takes over from the drawing. */
    ready,
    engage,
    onPlaced: () => setReady(true),
    framing: handoff && handoff.over === framing ? handoff.viewport : framing,
  };
}
