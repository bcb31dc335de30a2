'use client';

/**
 * The graph itself, filling the explorer's main area: the opening view drawn at build
 * time (static-graph.tsx) until the reader needs more, then the canvas (graph-canvas.tsx,
 * loaded then), which takes over from the same picture. Over it float the card of the
 * idea pointed at, the focused idea's card and a link's sentence; above it the zoom
 * buttons and the export menu; under it a one-line summary and the key. The graph is one
 * stop for the Tab key; the arrow keys move between its ideas.
 */
import dynamic from 'next/dynamic';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import { numberedStages, type ExploreStrings } from '@/content/messages/explore-strings';
import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import type { Lang, NodeId, NodeKind } from '@/graph/schema';
import type { View } from '@/graph/view';
import type { CanvasControls } from './canvas-controls';
import { placementSvg } from '@/graph/view-drawing';
import { EdgeTip } from './edge-tip';
import { ExportMenu } from './export-menu';
import { GraphLegend } from './graph-legend';
import { linkSentence, PreviewCard } from './preview-card';
import { StaticGraph } from './static-graph';
import { useGraphStage, type Opening } from './use-graph-stage';

export type { Opening } from './use-graph-stage';

const GraphCanvas = dynamic(() => import('./graph-canvas').then((m) => m.GraphCanvas), { ssr: false });

export interface GraphStageProps {
  lang: Lang;
  t: ExploreStrings;
  graph: ExplorerGraph;
  view: View;
  state: ExplorerState;
  nodeById: ReadonlyMap<string, ExplorerNode>;
  opening: Opening | undefined;
  matches: ReadonlySet<string>;
  wheelZoom: boolean;
  plainLinks: boolean;
  select: (id: NodeId | undefined) => void;
  open: (id: NodeId) => void;
  announce: (text: string) => void;
  /** The one-line summary under the graph. */
  summary: ReactNode;
  /** Floats over the graph: the focused idea's card. */
  overlay?: ReactNode;
  /** At the start of the tools' row: the page's title (the explorer page only). */
  heading?: ReactNode;
  /** At the end of the tools' row: graph or list, the panel (the explorer page only). */
  bar?: ReactNode;
  /** Where "Print" puts its drawing; without it there is no export menu (embeds). */
  printHolder?: { readonly current: HTMLDivElement | null } | undefined;
}

export function GraphStage(p: GraphStageProps) {
  const { t, view, lang, nodeById, opening } = p;
  const shownLinks = useMemo(() => p.graph.edges.filter((e) => view.edgeIds.has(e.id)), [p.graph, view.edgeIds]);
  const holder = useRef<HTMLDivElement | null>(null);
  const controls = useRef<CanvasControls | null>(null);
  const s = useGraphStage({ ...p, shownLinks, holder, controls });
  const label = useCallback((id: string) => nodeById.get(id)?.label[lang] ?? id, [nodeById, lang]);
  const nodeIdOf = useCallback((id: string) => nodeById.get(id)?.id, [nodeById]);
  const kinds = useMemo(
    () => new Set<NodeKind>([...view.nodeIds].flatMap((id) => nodeById.get(id)?.kind ?? [])),
    [view.nodeIds, nodeById],
  );
  const stageTitles = useMemo(() => numberedStages(t), [t]);
  const canvasView = useMemo(
    () => ({
      ...view,
      pathEdges: view.pathEdgeIds,
      pathNodes: view.pathNodeIds,
    }),
    [view],
  );
  const staticSvg = useOpeningSvg({ opening, show: s.showStatic, graph: p.graph, view, lang, stageTitles, t });
  const pv = s.preview;
  const previewId = pv.preview?.id;
  const emphasis = useMemo(() => ({ matches: p.matches, preview: previewId }), [p.matches, previewId]);
  const previewNode = pv.preview ? nodeById.get(pv.preview.id) : undefined;
  const edge = pv.edge ? shownLinks.find((e) => e.id === pv.edge?.id) : undefined;

  return (
    <figure className="graph-figure explorer-figure" aria-labelledby="graph-summary">
      <GraphTools
        t={t}
        heading={p.heading}
        bar={p.bar}
        zoom={(how) => {
          s.start();
          if (how === 'in') controls.current?.zoomIn();
          else if (how === 'out') controls.current?.zoomOut();
          else controls.current?.fit();
        }}
        exportMenu={
          p.printHolder ? (
            <ExportMenu
              lang={lang}
              t={t}
              graph={p.graph}
              view={view}
              state={p.state}
              controls={controls}
              canvas={s.canvas}
              opening={opening}
              printHolder={p.printHolder}
            />
          ) : null
        }
      />
      <div className="canvas-box">
        {/* The graph is a list of ideas to choose from with the arrow keys (one Tab stop); the
          picture itself is hidden from assistive technology, each idea is an option. */}
        <div
          ref={holder}
          className={`canvas${s.showStatic ? ' is-static' : ''}`}
          tabIndex={0}
          role="listbox"
          aria-label={t.graphLabel}
          aria-describedby="graph-keys"
          aria-activedescendant={pv.preview?.via === 'key' ? `idea-${pv.preview.id}` : undefined}
          onKeyDown={s.onKeyDown}
          data-canvas={s.canvas ? (s.ready ? 'ready' : 'loading') : 'static'}
        >
          <div className="visually-hidden">
            {s.options.map((o) => (
              <div key={o.id} id={`idea-${o.id}`} role="option" aria-selected={o.id === view.focus}>
                {o.name}
              </div>
            ))}
          </div>
          {s.canvas && !s.ready && !s.showStatic ? <p className="canvas-loading">{t.loading}</p> : null}
          {s.canvas ? (
            <div className="canvas-layer" aria-hidden="true">
              <GraphCanvas
                graph={p.graph}
                view={canvasView}
                badges={view.badges}
                layout={p.state.layout}
                lang={lang}
                stageTitles={stageTitles}
                preset={opening ? { key: opening.key, layout: opening.layout } : undefined}
                emphasis={emphasis}
                framing={s.framing}
                wheelZoom={p.wheelZoom}
                handlers={s.handlers}
                onPlaced={s.onPlaced}
                controlsRef={controls}
              />
            </div>
          ) : null}
          {s.showStatic && staticSvg ? (
            <StaticGraph
              svg={staticSvg}
              links={shownLinks}
              nodeId={nodeIdOf}
              preview={pv.preview?.id}
              matches={p.matches}
              onHover={s.handlers.hover}
              onSelect={s.handlers.select}
              onOpen={p.open}
              onStart={s.start}
              holderRef={holder}
            />
          ) : null}
        </div>
        {pv.preview && previewNode && view.nodeIds.has(previewNode.id) ? (
          <PreviewCard
            preview={pv.preview}
            node={previewNode}
            links={shownLinks.filter((e) => e.source === previewNode.id || e.target === previewNode.id)}
            label={label}
            badge={view.badges.get(previewNode.id)}
            lang={lang}
            t={t}
            plainLinks={p.plainLinks}
            onFocus={() => p.select(previewNode.id)}
            onOpen={() => p.open(previewNode.id)}
            onPointerEnter={pv.enterCard}
            onPointerLeave={pv.leaveCard}
          />
        ) : null}
        {edge && pv.edge ? (
          <EdgeTip
            text={linkSentence(edge, label, lang, t)}
            x={pv.edge.x}
            y={pv.edge.y}
            inferred={edge.stance === 'inferred'}
          />
        ) : null}
        {p.overlay}
      </div>
      <GraphCaption lang={lang} t={t} summary={p.summary} kinds={kinds} folded={view.badges.size > 0} />
    </figure>
  );
}

/** Above the graph, one row: the page's title, zoom and fit, export, then graph or list and the panel. */
function GraphTools(p: {
  t: ExploreStrings;
  heading: ReactNode;
  bar: ReactNode;
  zoom: (how: 'in' | 'out' | 'fit') => void;
  exportMenu: ReactNode;
}) {
  return (
    <div className="canvas-tools">
      {p.heading}
      <div className="zoom-tools" role="group" aria-label={p.t.graphLabel}>
        <button type="button" onClick={() => p.zoom('in')}>
          {p.t.zoomIn}
        </button>
        <button type="button" onClick={() => p.zoom('out')}>
          {p.t.zoomOut}
        </button>
        <button type="button" onClick={() => p.zoom('fit')}>
          {p.t.fit}
        </button>
        {p.exportMenu}
      </div>
      {p.bar}
    </div>
  );
}

/** Under the graph: what is shown, in one line; the keys (while the graph has focus); the key. */
function GraphCaption(p: {
  lang: Lang;
  t: ExploreStrings;
  summary: ReactNode;
  kinds: ReadonlySet<NodeKind>;
  folded: boolean;
}) {
  return (
    <figcaption id="graph-summary">
      <span className="summary-line">{p.summary}</span>
      <span id="graph-keys" className="keys-hint">
        {p.t.keyboardHint}
      </span>
      <details className="legend-details">
        <summary>{p.t.legend}</summary>
        <GraphLegend lang={p.lang} t={p.t} kinds={p.kinds} badgeNote={p.folded ? p.t.summaryMain.trim() : undefined} />
      </details>
    </figcaption>
  );
}

/** The opening view drawn as SVG, from the build's placement: in the HTML, and the same on hydration. */
function useOpeningSvg(a: {
  opening: Opening | undefined;
  show: boolean;
  graph: ExplorerGraph;
  view: View;
  lang: Lang;
  stageTitles: ReturnType<typeof numberedStages>;
  t: ExploreStrings;
}) {
  const { opening, show, graph, view, lang, stageTitles, t } = a;
  return useMemo(
    () =>
      opening?.draw && show
        ? placementSvg({
            graph,
            layout: opening.layout,
            edgeIds: view.edgeIds,
            badges: view.badges,
            lang,
            stageTitles,
            sentence: t.sentence,
            label: t.graphLabel,
          })
        : undefined,
    [opening, show, graph, view, lang, stageTitles, t],
  );
}
