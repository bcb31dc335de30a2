'use client';

/**
 * The body of a small graph (./small-graph.tsx loads it). A graph view inside a page — a node's neighbourhood, a tour's or a lesson's ideas —
 * drawn as the explorer draws: the argument layout computed at build time, every label
 * readable, a small key under it. The placement is first drawn as SVG (in the page's
 * HTML where the page is written on the server: it reads without JavaScript and prints);
 * the canvas (./graph-canvas.tsx, cytoscape) is loaded only when the figure comes near
 * the viewport or the reader engages with it (./use-canvas-start.ts), and then takes
 * over at the same place. Pointing at a link names it as a sentence; pointing at an idea
 * (or moving to it with the arrow keys) names the idea and its links. The page says the
 * same in text.
 */
import dynamic from 'next/dynamic';
import { useCallback, useMemo, useRef, type ReactNode } from 'react';
import type { ArgumentLayout } from '@/graph/argument-layout';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import type { Lang, NodeId, NodeKind } from '@/graph/schema';
import type { Stage } from '@/graph/stages';
import { placementSvg } from '@/graph/view-drawing';
import type { CanvasControls } from './canvas-controls';
import type { Framing } from './frame';
import type { GraphCanvasProps } from './graph-canvas';
import { GraphLegend } from './graph-legend';
import { StaticGraph } from './static-graph';
import { useCanvasStart } from './use-canvas-start';
import { useSmallGraphPointer, type Tip } from './use-small-graph-pointer';

/** The canvas, fetched when started. If it cannot be fetched (a dropped connection), the drawing stays: it shows the same. */
const GraphCanvas = dynamic(() => import('./graph-canvas').then((m) => m.GraphCanvas).catch(() => NoCanvas), {
  ssr: false,
});

function NoCanvas(_: GraphCanvasProps) {
  return null;
}

/** The words of a small graph, in the page's language (from the server: pages do not ship the dictionary). */
export interface SmallGraphLabels {
  group: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  loading: string;
  legend: string;
  stated: string;
  inferred: string;
  /** Appended to a sentence naming an editorial link: " (editorial)", "（编者推断）". */
  editorialSuffix: string;
  keys: string;
  stageTitles: Record<Stage, string>;
}

export interface SmallGraphProps {
  lang: Lang;
  graph: ExplorerGraph;
  /** The placement made at build time: drawn first, then handed to the canvas. Without it there is no drawing. */
  preset?: { key: string; layout: ArgumentLayout } | undefined;
  labels: SmallGraphLabels;
  /** Ideas to bring forward (a tour's step). */
  highlight?: ReadonlySet<string> | undefined;
  framing?: Framing | undefined;
  wheelZoom?: boolean;
  /** Start the canvas at once rather than when the figure comes near the viewport (embeds). */
  eager?: boolean;
  /**
   * Size the canvas to the drawing (up to three quarters of the window), as pages do; an
   * embed says false and keeps the fixed height its frame's layout gives it (app/embed/embed.css).
   */
  fitDrawing?: boolean;
  onSelect?: (id: NodeId) => void;
  tools?: ReactNode;
  caption: ReactNode;
  /** The caption on paper, where the drawing is printed and nothing can be selected or stepped through. */
  printCaption?: ReactNode;
  className: string;
  captionId: string;
}

type Zoom = 'in' | 'out' | 'fit';

export function SmallGraphBody(p: SmallGraphProps) {
  const { lang, graph, preset, labels: t, highlight, captionId } = p;
  const controls = useRef<CanvasControls | null>(null);
  const holder = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  const pending = useRef<Zoom | undefined>(undefined);
  const nodeById = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const label = useCallback((id: string) => nodeById.get(id)?.label[lang] ?? id, [nodeById, lang]);
  const sentence = useCallback(
    (from: string, verb: string, to: string, inferred: boolean) =>
      `${from} — ${verb} → ${to}${inferred ? t.editorialSuffix : ''}`,
    [t.editorialSuffix],
  );
  const svg = useMemo(
    () =>
      preset
        ? placementSvg({ graph, layout: preset.layout, lang, stageTitles: t.stageTitles, sentence, label: t.group })
        : undefined,
    [preset, graph, lang, t.stageTitles, t.group, sentence],
  );
  const run = useCanvasStart({ figure, holder, eager: p.eager ?? false, framing: p.framing });
  const apply = (how: Zoom) => {
    if (how === 'in') controls.current?.zoomIn();
    else if (how === 'out') controls.current?.zoomOut();
    else controls.current?.fit();
  };
  const zoom = (how: Zoom) => {
    if (run.ready) return apply(how);
    // The canvas is not there yet: it zooms once it has drawn.
    pending.current = how;
    run.engage();
  };
  const onPlaced = () => {
    run.onPlaced();
    const how = pending.current;
    pending.current = undefined;
    if (how) apply(how);
  };
  const pointer = useSmallGraphPointer({
    graph,
    lang,
    label,
    sentence,
    controls,
    holder,
    canvas: run.ready,
    spots: preset?.layout.nodes,
    onSelect: p.onSelect,
    zoom,
  });
  const kinds = useMemo(() => new Set<NodeKind>(graph.nodes.map((n) => n.kind)), [graph]);
  const emphasis = useMemo(() => ({ highlight, preview: pointer.active }), [highlight, pointer.active]);
  const view = useMemo(
    () => ({
      nodeIds: new Set<string>(graph.nodes.map((n) => n.id)),
      edgeIds: new Set<string>(graph.edges.map((e) => e.id)),
      focus: undefined,
    }),
    [graph],
  );
  return (
    <figure
      ref={figure}
      className={`graph-figure small-graph${svg ? ' has-drawing' : ''} ${p.className}`}
      aria-labelledby={captionId}
      data-highlight={highlight ? [...highlight].join(' ') : undefined}
    >
      <div className="canvas-tools" role="group" aria-label={t.group}>
        <button type="button" onClick={() => zoom('in')}>
          {t.zoomIn}
        </button>
        <button type="button" onClick={() => zoom('out')}>
          {t.zoomOut}
        </button>
        <button type="button" onClick={() => zoom('fit')}>
          {t.fit}
        </button>
        {p.tools}
      </div>
      <div
        ref={holder}
        className="canvas"
        tabIndex={0}
        role="listbox"
        aria-label={t.group}
        aria-describedby={`${captionId}-keys`}
        aria-activedescendant={pointer.active ? `${captionId}-idea-${pointer.active}` : undefined}
        onKeyDown={pointer.onKeyDown}
        onPointerDown={run.engage}
        onFocus={run.engage}
        data-canvas={run.ready ? 'ready' : run.started ? 'loading' : 'static'}
        style={
          preset && (p.fitDrawing ?? true)
            ? { height: `min(${Math.round(preset.layout.height + 80)}px, 75vh)` }
            : undefined
        }
      >
        <div className="visually-hidden">
          {graph.nodes.map((n) => (
            <div key={n.id} id={`${captionId}-idea-${n.id}`} role="option" aria-selected={n.id === pointer.active}>
              {n.label[lang]}
            </div>
          ))}
        </div>
        {!svg && !run.ready ? <p className="canvas-loading">{t.loading}</p> : null}
        {run.started ? (
          <div className="canvas-layer" aria-hidden="true">
            <GraphCanvas
              graph={graph}
              view={view}
              layout="argument"
              lang={lang}
              stageTitles={t.stageTitles}
              preset={preset}
              emphasis={emphasis}
              framing={run.framing}
              wheelZoom={p.wheelZoom ?? false}
              handlers={pointer.handlers}
              onPlaced={onPlaced}
              controlsRef={controls}
            />
          </div>
        ) : null}
        {svg ? (
          <StaticGraph
            svg={svg}
            links={graph.edges}
            nodeId={(id) => nodeById.get(id)?.id}
            preview={pointer.active}
            highlight={highlight}
            onHover={pointer.handlers.hover}
            onSelect={pointer.handlers.select}
            onStart={run.engage}
            holderRef={holder}
          />
        ) : null}
        {pointer.tip ? <TipCard tip={pointer.tip} /> : null}
      </div>
      <SmallGraphCaption
        lang={lang}
        t={t}
        id={captionId}
        caption={p.printCaption && svg ? <PrintableCaption screen={p.caption} paper={p.printCaption} /> : p.caption}
        kinds={kinds}
      />
    </figure>
  );
}

function TipCard({ tip }: { tip: Tip }) {
  return (
    <div className="edge-tip node-tip" style={{ left: tip.x, top: tip.y }} role="status">
      {tip.lines.map((l, i) => (
        <p key={i}>{l}</p>
      ))}
    </div>
  );
}

function PrintableCaption({ screen, paper }: { screen: ReactNode; paper: ReactNode }) {
  return (
    <>
      <span className="screen-caption">{screen}</span>
      <span className="paper-caption">{paper}</span>
    </>
  );
}

/** The caption: what the graph shows, its keys and its key of kinds. */
function SmallGraphCaption({
  lang,
  t,
  id,
  caption,
  kinds,
}: {
  lang: Lang;
  t: SmallGraphLabels;
  id: string;
  caption: ReactNode;
  kinds: ReadonlySet<NodeKind>;
}) {
  return (
    <figcaption id={id}>
      {caption}
      {lang === 'zh' ? '' : ' '}
      <span id={`${id}-keys`} className="keys-hint">
        {t.keys}
      </span>
      <GraphLegend lang={lang} t={{ legend: t.legend, stated: t.stated, inferred: t.inferred }} kinds={kinds} />
    </figcaption>
  );
}
