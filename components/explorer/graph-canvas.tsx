'use client';

/**
 * The cytoscape canvas, loaded only on pages that draw a graph (next/dynamic, ssr: false).
 * It holds every element once and shows a view by toggling classes, so filtering and
 * focusing never rebuild the graph; the layout runs again only when the set of visible
 * nodes changes. The canvas is hidden from assistive technology: the explorer's list view
 * and edge table carry the same content.
 */
import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Layout } from '@/graph/explore-state';
import { FCOSE_OPTIONS, layoutKey, type PresetLayout } from '@/graph/force-layout';
import type { ExplorerGraph } from '@/graph/explorer-data';
import { argumentPositions } from '@/graph/layout';
import type { Lang, NodeId } from '@/graph/schema';
import type { View } from '@/graph/view';
import { useLatest } from '../use-client';
import { graphStylesheet, readColors } from './graph-style';

cytoscape.use(fcose);

const NO_IDS: ReadonlySet<string> = new Set();

export interface CanvasControls {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

export interface GraphCanvasProps {
  graph: ExplorerGraph;
  /** The path finder's chains or connection, highlighted, are only the explorer's (optional elsewhere). */
  view: Pick<View, 'nodeIds' | 'edgeIds' | 'focus'> & Partial<Pick<View, 'pathNodeIds' | 'pathEdgeIds'>>;
  layout: Layout;
  lang: Lang;
  onSelect: (id: NodeId) => void;
  /** Filled with the zoom and fit actions for the buttons beside the canvas. */
  controlsRef?: { current: CanvasControls | null };
  /** Scroll-to-zoom; off where the page must keep scrolling (embeds, node pages, tours). */
  wheelZoom?: boolean;
  /** Nodes matching a search, outlined. */
  matches?: ReadonlySet<string>;
  labelsAlways?: boolean;
  /** Ideas to bring forward (a tour step): the rest is faded. */
  highlight?: ReadonlySet<string>;
  /** Positions laid out at build time for one view (graph/force-layout.ts): that view needs no layout run. */
  preset?: PresetLayout;
  /** Called once with the cytoscape instance (benchmarks and embeds listen to its events). */
  onReady?: (cy: Core) => void;
}

const ZOOM_STEP = 1.25;
const HUB_COUNT = 12;
/** react-cytoscapejs gets no elements of its own: see the bulk load below. */
const NO_ELEMENTS: never[] = [];
/** Above this many nodes edges are drawn straight and without arrowheads, to paint fast. */
const HUGE = 400;

/**
 * The best-connected ideas (by degree, citation links aside) keep their labels at every
 * zoom, as landmarks. Degrees come from the live cytoscape instance.
 */
function markHubs(cy: Core) {
  const degree = new Map<string, number>();
  cy.nodes().forEach((n) => {
    degree.set(n.id(), n.connectedEdges().filter((e) => e.data('kind') !== 'cited-for').length);
  });
  cy.nodes()
    .sort((a, b) => (degree.get(b.id()) ?? 0) - (degree.get(a.id()) ?? 0))
    .slice(0, HUB_COUNT)
    .addClass('hub');
}

// eslint-disable-next-line max-lines-per-function -- the explorer's rebuild on branch wt/explorer (issue 12) splits it into parts with one job each
export function GraphCanvas({
  graph,
  view,
  layout,
  lang,
  onSelect,
  controlsRef,
  wheelZoom = true,
  matches,
  labelsAlways = false,
  highlight,
  preset,
  onReady,
}: GraphCanvasProps) {
  const cyRef = useRef<Core | null>(null);
  const lastLayoutKey = useRef('');
  const pendingLayout = useRef<number | undefined>(undefined);
  const loaded = useRef<unknown>(null);
  const box = useRef<HTMLDivElement>(null);

  // Cytoscape only notices window resizes; a change of its box (a scrollbar appearing, the
  // panel becoming a bottom sheet) would otherwise leave a stretched, blurry bitmap.
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => cyRef.current?.resize());
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const onSelectRef = useLatest(onSelect);
  // A tapped element reports a plain string: it is one of the graph's node ids.
  const nodeIds = useLatest(useMemo(() => new Map<string, NodeId>(graph.nodes.map((n) => [n.id, n.id])), [graph]));
  // This component only ever renders in the browser (ssr: false), so the theme's colours
  // can be read at once; an effect keeps them in step with a change of colour scheme.
  const [colors, setColors] = useState(() => readColors(document.documentElement));

  const elements = useMemo(() => {
    // Every node starts where the argument layout puts it (cheap, and a sensible picture),
    // so the first frame needs no layout run; the force-directed layout refines it.
    const start = argumentPositions(graph.nodes);
    return [
      ...graph.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, label: n.label[lang], kind: n.kind },
        position: preset?.positions[n.id] ?? start.get(n.id) ?? { x: 0, y: 0 },
      })),
      ...graph.edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, kind: e.kind, stance: e.stance },
      })),
    ];
  }, [graph, lang, preset]);

  // Theme colours come from the page's CSS, and follow a change of colour scheme.
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

  // Straight edges only for really large graphs; the paper's own graph keeps curves and arrows.
  const large = graph.nodes.length > HUGE;
  const stylesheet = useMemo(() => graphStylesheet(colors, labelsAlways, large), [colors, labelsAlways, large]);

  // Show the view: classes for hidden, focus, neighbourhood, path and matches; then lay out.
  // eslint-disable-next-line house/max-effect-lines -- the explorer's rebuild on branch wt/explorer (issue 12) splits it into parts with one job each
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    // The elements are added in one bulk call (react-cytoscapejs would add them one by one,
    // which is slow for large graphs), in this same effect so that the first frame already
    // shows the view; a change of language or graph replaces them.
    if (loaded.current !== elements) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(elements);
      });
      markHubs(cy);
      loaded.current = elements;
      lastLayoutKey.current = '';
    }
    // The path finder's chains or connection, looked up by cytoscape's ids.
    const pathEdges: ReadonlySet<string> = view.pathEdgeIds ?? NO_IDS;
    const pathNodes: ReadonlySet<string> = view.pathNodeIds ?? NO_IDS;
    cy.batch(() => {
      cy.elements().removeClass('hidden focus neighbour path faded match');
      cy.nodes().forEach((n) => {
        if (!view.nodeIds.has(n.id())) n.addClass('hidden');
        if (pathNodes.has(n.id())) n.addClass('path');
        if (matches?.has(n.id())) n.addClass('match');
      });
      cy.edges().forEach((e) => {
        if (!view.edgeIds.has(e.id())) e.addClass('hidden');
        if (pathEdges.has(e.id())) e.addClass('path');
      });
      if (view.focus) {
        const f = cy.getElementById(view.focus);
        f.addClass('focus');
        f.closedNeighborhood().not('.hidden').addClass('neighbour');
      }
      if (pathEdges.size > 0) cy.elements().not('.path').addClass('faded');
      if (highlight && highlight.size > 0) {
        cy.nodes().forEach((n) => {
          if (highlight.has(n.id())) n.addClass('neighbour match');
          else n.addClass('faded');
        });
        cy.edges().forEach((e) => {
          if (!highlight.has(e.source().id()) || !highlight.has(e.target().id())) e.addClass('faded');
        });
      }
    });
    const visible = cy.elements().not('.hidden');
    const ids = layoutKey(view.nodeIds);
    const key = `${layout}|${ids}`;
    // Marks the canvas box with the layout's progress, for tests and benchmarks that must
    // wait for the picture to settle.
    const setLayoutState = (state: 'running' | 'done') => {
      if (box.current) box.current.dataset.layout = state;
    };
    const centerFocus = () => {
      if (view.focus && !cy.destroyed())
        cy.animate({ center: { eles: cy.getElementById(view.focus) } }, { duration: reducedMotion() ? 0 : 250 });
    };
    if (key !== lastLayoutKey.current) {
      lastLayoutKey.current = key;
      window.clearTimeout(pendingLayout.current);
      const options = layoutOptions(layout, graph);
      if (layout === 'force' && preset && preset.key === ids) {
        // The opening view was laid out at build time: its picture is final at once.
        visible
          .layout({
            name: 'preset',
            positions: (n: cytoscape.NodeSingular) => preset.positions[n.id()] ?? n.position(),
            fit: true,
            padding: 30,
            animate: false,
          } as LayoutOptions)
          .run();
        setLayoutState('done');
        centerFocus();
      } else if (options.name === 'fcose') {
        // The graph paints first (at its starting positions), and the force-directed
        // layout runs after that frame; the focus is centred once the layout has settled,
        // so the two never pull the viewport in different directions (which had left the
        // canvas off-centre and blurry when both ran at once).
        cy.fit(visible, 30);
        setLayoutState('running');
        const token = window.setTimeout(() => undefined, 0);
        pendingLayout.current = token;
        // The next animation frame is the first paint; the layout starts just after it.
        requestAnimationFrame(() =>
          window.setTimeout(() => {
            if (cy.destroyed() || pendingLayout.current !== token) return;
            const run = visible.layout(options);
            run.one('layoutstop', () => {
              setLayoutState('done');
              centerFocus();
            });
            run.run();
          }, 0),
        );
      } else {
        visible.layout(options).run();
        setLayoutState('done');
        centerFocus();
      }
    } else centerFocus();
  }, [view, layout, graph, matches, highlight, elements, stylesheet, preset]);

  // Without wheel zoom the wheel must scroll the page (an embed's host page, a node page):
  // the wheel event is stopped on its way down to cytoscape, without preventing its
  // default, so the browser scrolls. Pinch-zoom and dragging still reach the graph.
  useEffect(() => {
    const el = box.current;
    if (!el || wheelZoom) return;
    const stop = (e: WheelEvent) => e.stopPropagation();
    el.addEventListener('wheel', stop, { capture: true });
    return () => el.removeEventListener('wheel', stop, { capture: true });
  }, [wheelZoom]);

  useEffect(() => {
    if (!controlsRef) return;
    controlsRef.current = {
      zoomIn: () => zoomBy(cyRef.current, ZOOM_STEP),
      zoomOut: () => zoomBy(cyRef.current, 1 / ZOOM_STEP),
      fit: () => cyRef.current?.fit(cyRef.current.elements().not('.hidden'), 30),
    };
    return () => {
      controlsRef.current = null;
    };
  }, [controlsRef]);

  return (
    <div ref={box} className="canvas-inner">
      <CytoscapeComponent
        elements={NO_ELEMENTS}
        stylesheet={stylesheet}
        layout={{ name: 'preset' }}
        style={{ width: '100%', height: '100%' }}
        minZoom={0.15}
        maxZoom={3}
        userZoomingEnabled
        boxSelectionEnabled={false}
        hideEdgesOnViewport={large}
        pixelRatio={large ? 1 : 'auto'}
        autoungrabify={false}
        cy={(cy: Core) => {
          if (cyRef.current === cy) return;
          cyRef.current = cy;
          lastLayoutKey.current = '';
          cy.on('tap', 'node', (evt) => {
            const id = nodeIds.current.get((evt.target as cytoscape.NodeSingular).id());
            if (id) onSelectRef.current(id);
          });
          onReady?.(cy);
        }}
      />
    </div>
  );
}

function zoomBy(cy: Core | null, factor: number) {
  if (!cy) return;
  cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function layoutOptions(layout: Layout, graph: ExplorerGraph): LayoutOptions {
  if (layout === 'argument') {
    const positions = argumentPositions(graph.nodes);
    return {
      name: 'preset',
      positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
      fit: true,
      padding: 30,
      animate: false,
    } as LayoutOptions;
  }
  return FCOSE_OPTIONS;
}
