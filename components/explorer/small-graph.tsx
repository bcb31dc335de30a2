'use client';

/**
 * A graph view inside a page — a node's neighbourhood, a tour's or a lesson's ideas
 * (./small-graph-body.tsx). The server writes the whole figure into the page's HTML: the
 * build's placement as an SVG drawing with real text, its tools and its key, so it reads
 * and prints without JavaScript. Its code (the drawing, the cards, the keys; the canvas
 * later still) is not part of the page's first load but a chunk of its own, fetched as the
 * page starts. Until it has come, the browser keeps the figure the server wrote as it is
 * (the page's React leaves the holder's inner HTML alone); then a React root of the
 * figure's own hydrates it where it stands, so nothing is redrawn or loses focus. Where the figure is first drawn in the browser (a tour's, once it knows its step),
 * the holder says the graph is loading, at the figure's height, until the chunk has come.
 */
import { useEffect, useRef, type ComponentType, type CSSProperties } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { SmallGraphBody as ServerBody } from '@/components/explorer/small-graph-server';
import type { SmallGraphProps } from './small-graph-body';
import './graph-view.css';

export type { SmallGraphLabels, SmallGraphProps } from './small-graph-body';

type Body = ComponentType<SmallGraphProps>;

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

/**
 * In the browser: the holder keeps what the server wrote until the body's chunk has come,
 * then the body takes it over in a root of its own (hydrating the server's figure, or
 * drawing into an empty holder, which meanwhile says the graph is loading: graph-view.css),
 * and follows the props from then on. If the chunk cannot be fetched, the server's figure
 * stays as written.
 */
function BrowserHolder(p: SmallGraphProps) {
  const holder = useRef<HTMLDivElement>(null);
  const root = useRef<{ root: Root; Body: Body } | undefined>(undefined);
  const latest = useRef(p);

  useEffect(() => {
    latest.current = p;
    const r = root.current;
    if (r) r.root.render(<r.Body {...p} />);
  });

  useEffect(() => {
    let live = true;
    fetchBody().then(
      (Body) => {
        const el = holder.current;
        if (!live || !el) return;
        const figure = <Body {...latest.current} />;
        let r: Root;
        if (el.firstElementChild) r = hydrateRoot(el, figure);
        else {
          r = createRoot(el);
          r.render(figure);
        }
        root.current = { root: r, Body };
      },
      () => undefined,
    );
    return () => {
      live = false;
      const r = root.current;
      root.current = undefined;
      // Not while React is rendering the page that removes the holder.
      if (r) setTimeout(() => r.root.unmount());
    };
  }, []);

  return <div ref={holder} {...holderProps(p)} dangerouslySetInnerHTML={{ __html: '' }} suppressHydrationWarning />;
}
