'use client';

/**
 * The cytoscape canvas, loaded only when a page needs it (next/dynamic, ssr: false). It
 * holds every element once and shows a view by classes (apply-view.ts), dresses the ideas
 * as the SVG drawing does (decorate.ts), lays them out without blocking a paint
 * (schedule-layout.ts) and frames them readably (frame.ts). The picture is hidden from
 * assistive technology: each page that shows it has the same content in text.
 */
import type { Core } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { argumentPicture, type DrawingInput } from '@/graph/argument-drawing';
import { pictureKey, type ArgumentLayout } from '@/graph/argument-layout';
import type { Layout } from '@/graph/explore-state';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import type { Lang, NodeId } from '@/graph/schema';
import type { Stage } from '@/graph/stages';
import { useLatest } from '../use-client';
import { applyView, type CanvasView, type Emphasis } from './apply-view';
import { listen, type CanvasHandlers } from './canvas-events';
import { canvasControls, type CanvasControls } from './canvas-controls';
import { decorate } from './decorate';
import { elk } from './elk-client';
import { frame, type Framing } from './frame';
import { graphStylesheet, readColors, type Colors } from './graph-style';
import { scheduleLayout, type LayoutPlan } from './schedule-layout';
import { useCytoscape } from './use-cytoscape';

export type { CanvasControls } from './canvas-controls';
export type { HoverTarget } from './canvas-events';

export interface GraphCanvasProps {
  graph: ExplorerGraph;
  view: CanvasView;
  /** Folded detail per idea ("+N"). */
  badges?: ReadonlyMap<string, number> | undefined;
  layout: Layout;
  lang: Lang;
  /** Stage titles: with them the argument layout draws its stage bands. */
  stageTitles?: Record<Stage, string> | undefined;
  /** A placement computed ahead of time, for the view it was made for. */
  preset?: { key: string; layout: ArgumentLayout } | undefined;
  emphasis?: Emphasis;
  /** How to frame the picture after each layout (default: readable, anchored at the focus). */
  framing?: Framing | undefined;
  /** Scroll-to-zoom; off where the page must keep scrolling (embeds, node pages, tours). */
  wheelZoom?: boolean;
  handlers?: Partial<CanvasHandlers>;
  /** Called after each layout, once the ideas stand where they will stay. */
  onPlaced?: () => void;
  controlsRef?: { current: CanvasControls | null };
  /** Called once with the cytoscape instance (benchmarks and tests listen to its events). */
  onReady?: (cy: Core) => void;
}

/** Above this many nodes edges are drawn straight and without arrowheads, to paint fast. */
const HUGE = 400;
const NOOP: CanvasHandlers = {
  select: () => undefined,
  open: () => undefined,
  hover: () => undefined,
  previewed: () => undefined,
  moved: () => undefined,
};

/** The theme's colours, followed through a change of colour scheme or of the site's theme switch. */
function useThemeColors(): Colors {
  const [colors, setColors] = useState(() => readColors(document.documentElement));
  useEffect(() => {
    const read = () => setColors(readColors(document.documentElement));
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    mq.addEventListener('change', read);
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme'] });
    return () => {
      mq.removeEventListener('change', read);
      observer.disconnect();
    };
  }, []);
  return colors;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const { graph, view, layout, lang, stageTitles, preset, emphasis, framing, wheelZoom = true } = props;
  const badges = useMemo(() => props.badges ?? new Map<string, number>(), [props.badges]);
  const box = useRef<HTMLDivElement>(null);
  const handlers = useLatest<CanvasHandlers>({ ...NOOP, ...props.handlers });
  const ids = useLatest(useMemo(() => new Map<string, NodeId>(graph.nodes.map((n) => [n.id, n.id])), [graph]));
  const onReady = useLatest(props.onReady);
  const onPlaced = useLatest(props.onPlaced);
  const large = graph.nodes.length > HUGE;
  const cyRef = useCytoscape(box, {
    minZoom: 0.1,
    maxZoom: 3,
    lowResolution: large,
    onCreate: (cy) => {
      listen(cy, handlers, ids);
      onReady.current?.(cy);
    },
  });
  const colors = useThemeColors();
  const nodeById = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const placed = useRef<{ key: string; layout: ArgumentLayout | undefined }>({ key: '', layout: undefined });

  // Every element once per graph; a view then only toggles classes.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...graph.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id, kind: n.kind },
          position: { x: 0, y: 0 },
        })),
        ...graph.edges.map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.source, target: e.target, kind: e.kind, stance: e.stance },
        })),
      ]);
    });
    placed.current = { key: '', layout: undefined };
  }, [cyRef, graph]);

  useEffect(() => {
    cyRef.current?.style(graphStylesheet(colors, large));
  }, [cyRef, colors, large]);

  // What a layout is for: the ideas shown, their badges, the layout and language.
  const key = `${layout}|${lang}|${pictureKey(view.nodeIds, badges)}`;
  const latest = useLatest({ nodeById, lang, colors, badges, stageTitles, view, graph, layout, preset });
  const framingRef = useLatest<Framing>(framing ?? { kind: 'readable', anchor: view.focus });

  // Show the view (classes only) and dress its ideas, on every change of view, emphasis or theme.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    applyView(cy, view, emphasis ?? {});
    dress(cy, latest.current, placed.current.key === key ? placed.current.layout : undefined);
  }, [cyRef, view, emphasis, colors, key, latest]);

  // Lay the ideas out again when what is shown (or their badges) changes; only then.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy || placed.current.key === key) return;
    const first = placed.current.key === '';
    placed.current = { key, layout: undefined };
    const plan = layoutPlan(latest.current);
    if (plan.kind === 'placed') dress(cy, latest.current, plan.layout);
    box.current?.setAttribute('data-layout', 'running');
    const cancel = scheduleLayout(
      cy,
      plan,
      (placedLayout) => {
        placed.current = { key, layout: placedLayout };
        dress(cy, latest.current, placedLayout);
        frame(cy, framingRef.current, !first);
        box.current?.setAttribute('data-layout', 'done');
        onPlaced.current?.();
      },
      !first,
    );
    return () => {
      cancel();
      // A layout cut short (React runs effects twice in development) is laid out again next time.
      if (placed.current.key === key && placed.current.layout === undefined && layout !== 'force')
        placed.current = { key: '', layout: undefined };
    };
  }, [cyRef, key, layout, latest, framingRef, onPlaced]);

  // A new framing (the next tour step) moves the picture without a new layout.
  useEffect(() => {
    const cy = cyRef.current;
    if (cy && framing && placed.current.key === key && box.current?.dataset.layout === 'done') frame(cy, framing, true);
  }, [cyRef, framing, key]);

  // Without wheel zoom the wheel must scroll the page: the event is stopped on its way
  // down to cytoscape, without preventing its default, so the browser scrolls.
  useEffect(() => {
    // On the box's parent: cytoscape listens on the box itself, in the capture phase, and
    // a listener on the same element could not keep the event from it.
    const el = box.current?.parentElement;
    if (!el || wheelZoom) return;
    const stop = (e: WheelEvent) => e.stopPropagation();
    el.addEventListener('wheel', stop, { capture: true });
    return () => el.removeEventListener('wheel', stop, { capture: true });
  }, [wheelZoom]);

  const { controlsRef } = props;
  useEffect(() => {
    if (!controlsRef) return;
    controlsRef.current = canvasControls(cyRef, () => placed.current.layout);
    return () => {
      controlsRef.current = null;
    };
  }, [controlsRef, cyRef]);

  return <div ref={box} className="canvas-inner" data-layout="running" />;
}

/** Dresses the shown ideas for the picture (decorate.ts): bands and curves only on the argument layout. */
function dress(
  cy: Core,
  d: Omit<Parameters<typeof decorate>[1], 'layout' | 'stageTitles'> & {
    stageTitles: Record<Stage, string> | undefined;
  },
  layout: ArgumentLayout | undefined,
) {
  decorate(cy, { ...d, layout, stageTitles: layout ? d.stageTitles : undefined });
}

/** How the shown ideas get their places: a force layout, the placement made at build time, or ELK now. */
function layoutPlan(d: {
  view: CanvasView;
  badges: ReadonlyMap<string, number>;
  graph: ExplorerGraph;
  layout: Layout;
  preset: { key: string; layout: ArgumentLayout } | undefined;
  lang: Lang;
  stageTitles: Record<Stage, string> | undefined;
}): LayoutPlan {
  if (d.layout === 'force') return { kind: 'force' };
  if (d.preset && d.preset.key === pictureKey(d.view.nodeIds, d.badges))
    return { kind: 'placed', layout: d.preset.layout };
  const input: DrawingInput = {
    graph: d.graph,
    nodeIds: d.view.nodeIds,
    edgeIds: d.view.edgeIds,
    badges: d.badges,
    lang: d.lang,
    stageTitles: d.stageTitles ?? STAGE_NAMES,
  };
  return { kind: 'argument', compute: () => argumentPicture(input, elk()).then((pic) => pic.layout) };
}

/** Column titles for a layout computed without stage bands (their width only matters). */
const STAGE_NAMES: Record<Stage, string> = {
  traits: '',
  challenges: '',
  mediation: '',
  governance: '',
  limitations: '',
  recommendations: '',
};
