'use client';

/**
 * A graph view inside a page — a node's neighbourhood, a tour's or a lesson's ideas
 * (./small-graph-body.tsx). The server writes the whole figure into the page's HTML: the
 * build's placement as an SVG drawing with real text, its tools and its key, so it reads
 * and prints without JavaScript. Its code (the drawing, the cards, the keys; the canvas
 * later still) is not part of the page's first load but a chunk of its own, fetched when
 * the figure comes near the viewport or the reader reaches into it (focus, pointer,
 * touch). Until it has come, the browser keeps the figure the server wrote as it is (the
 * page's React leaves the holder's inner HTML alone); then a React root of the figure's
 * own hydrates it where it stands, so nothing is redrawn or loses focus, and a button
 * pressed meanwhile is pressed again. Where the figure is first drawn in the
 * browser (a tour's, once it knows its step), the holder says the graph is loading, at the
 * figure's height, until the chunk has come.
 */
import { useEffect, useRef, type ComponentType, type CSSProperties, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { SmallGraphBody as ServerBody } from '@/components/explorer/small-graph-server';
import type { SmallGraphProps } from './small-graph-body';
import './graph-view.css';

export type { SmallGraphLabels, SmallGraphProps } from './small-graph-body';

type Body = ComponentType<SmallGraphProps>;

/** How near the viewport a server-drawn figure must come before its code is fetched. */
const NEAR = '400px 0px';

/** The body's chunk, fetched once for every small graph of the visit. */
let body: Promise<Body> | undefined;
const fetchBody = (): Promise<Body> => {
  body ??= import('./small-graph-body').then((m) => m.SmallGraphBody);
  // A failed fetch may be tried again by the next figure.
  body.catch(() => (body = undefined));
  return body;
};

function holderProps(p: SmallGraphProps) {
  const height = p.preset ? `min(${Math.round(p.preset.layout.height + 160)}px, 75vh)` : '16rem';
  return {
    className: 'small-graph-holder',
    'data-loading': p.labels.loading,
    style: { '--holder-height': height } as CSSProperties,
  };
}

export function SmallGraph(p: SmallGraphProps) {
  // On the server the body is rendered into the page at once; in the browser's bundle
  // `ServerBody` is undefined (next.config.mjs aliases its module).
  if (ServerBody)
    return (
      <div {...holderProps(p)}>
        <ServerBody {...p} />
      </div>
    );
  return <BrowserHolder {...p} />;
}

/** Tells its holder when the figure has hydrated (its effects run after the commit). */
function Ready({ onReady, children }: { onReady: () => void; children: ReactNode }) {
  useEffect(onReady, [onReady]);
  return children;
}

/** Controls in the server's figure that do nothing until it has hydrated. */
const PRESSABLE = 'button:not([disabled])';

/**
 * Calls `go` once, when the element comes near the viewport or the reader reaches into it
 * (focus, pointer, touch); returns what stops the waiting.
 */
function whenNear(el: HTMLElement, go: () => void): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    go();
    return () => undefined;
  }
  const reach = ['focusin', 'pointerover', 'touchstart'] as const;
  const near = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && fire(), {
    rootMargin: NEAR,
  });
  function stop() {
    near.disconnect();
    for (const type of reach) el.removeEventListener(type, fire);
  }
  function fire() {
    stop();
    go();
  }
  // The holder itself has no box (display: contents, graph-view.css): watch its figure.
  near.observe(el.firstElementChild ?? el);
  for (const type of reach) el.addEventListener(type, fire, { passive: true });
  return stop;
}

/** Remembers the last button pressed in `el` before the figure hydrated, to press it again after. */
function recordPresses(el: HTMLElement) {
  let pressed: HTMLElement | undefined;
  const remember = (e: Event) => {
    const b = e.target instanceof Element ? e.target.closest(PRESSABLE) : null;
    if (b instanceof HTMLElement) pressed = b;
  };
  const stop = () => el.removeEventListener('click', remember, true);
  el.addEventListener('click', remember, true);
  return {
    stop,
    replay: () => {
      stop();
      const b = pressed;
      pressed = undefined;
      if (b?.isConnected) b.click();
    },
  };
}

interface Taken {
  root: Root;
  draw: (p: SmallGraphProps) => ReactNode;
}

/** The body takes the holder over: hydrating the server's figure, or drawing into an empty holder. */
function takeOver(el: HTMLElement, Body: Body, props: SmallGraphProps, onReady: () => void): Taken {
  const draw = (q: SmallGraphProps) => (
    <Ready onReady={onReady}>
      <Body {...q} />
    </Ready>
  );
  if (el.firstElementChild) return { root: hydrateRoot(el, draw(props)), draw };
  const root = createRoot(el);
  root.render(draw(props));
  return { root, draw };
}

/**
 * In the browser: the holder keeps what the server wrote until the figure is near and the
 * body's chunk has come, then the body takes it over in a root of its own (graph-view.css
 * says the graph is loading while an empty holder waits) and follows the props from then
 * on. A figure the server wrote reads, prints and follows its links as it is, so its code
 * is fetched only when the reader comes near it: it costs a phone nothing while the page
 * starts. An empty holder (a figure drawn in the browser) needs it at once. If the chunk
 * cannot be fetched, the server's figure stays as written.
 */
function BrowserHolder(p: SmallGraphProps) {
  const holder = useRef<HTMLDivElement>(null);
  const taken = useRef<Taken | undefined>(undefined);
  const latest = useRef(p);

  useEffect(() => {
    latest.current = p;
    const t = taken.current;
    if (t) t.root.render(t.draw(p));
  });

  useEffect(() => {
    const el = holder.current;
    if (!el) return;
    let live = true;
    const presses = recordPresses(el);
    const take = () => {
      fetchBody().then((Body) => {
        if (live) taken.current = takeOver(el, Body, latest.current, presses.replay);
      }, presses.stop);
    };
    let stopWaiting = () => {};
    if (el.firstElementChild) stopWaiting = whenNear(el, take);
    else take();
    return () => {
      live = false;
      stopWaiting();
      presses.stop();
      const t = taken.current;
      taken.current = undefined;
      // Not while React is rendering the page that removes the holder.
      if (t) setTimeout(() => t.root.unmount());
    };
  }, []);

  return <div ref={holder} {...holderProps(p)} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
}
