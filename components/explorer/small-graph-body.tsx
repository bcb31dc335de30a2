'use client';

/**
 * The body of a small graph (./small-graph.tsx loads it when the page runs): a graph view inside a page — a node's neighbourhood, a tour's ideas — drawn as the
 * explorer draws: the argument layout computed at build time, every label readable, a
 * small key under it. Pointing at a link names it as a sentence; pointing at an idea (or
 * moving to it with the arrow keys) names the idea and its links. The canvas is loaded
 * when the page needs it; the page says the same in text.
 */
import dynamic from 'next/dynamic';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ArgumentLayout } from '@/graph/argument-layout';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import { EDGE_RULES } from '@/graph/kinds';
import type { Lang, NodeId, NodeKind } from '@/graph/schema';
import type { CanvasControls } from './canvas-controls';
import type { HoverTarget } from './canvas-events';
import type { Framing } from './frame';
import { GraphLegend } from './graph-legend';
import { graphKeyHandler } from './use-graph-keys';
import type { SmallGraphLabels } from './small-graph';
import './graph-view.css';

const GraphCanvas = dynamic(() => import('./graph-canvas').then((m) => m.GraphCanvas), { ssr: false });

interface Tip {
  x: number;
  y: number;
  lines: string[];
}

export function SmallGraphBody({
  lang,
  graph,
  preset,
  labels: t,
  highlight,
  framing,
  wheelZoom = false,
  onSelect,
  tools,
  caption,
  className,
  captionId,
}: {
  lang: Lang;
  graph: ExplorerGraph;
  preset?: { key: string; layout: ArgumentLayout } | undefined;
  labels: SmallGraphLabels;
  /** Ideas to bring forward (a tour's step). */
  highlight?: ReadonlySet<string> | undefined;
  framing?: Framing | undefined;
  wheelZoom?: boolean;
  onSelect?: (id: NodeId) => void;
  tools?: ReactNode;
  caption: ReactNode;
  className: string;
  captionId: string;
}) {
  const controls = useRef<CanvasControls | null>(null);
  const holder = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<Tip | undefined>(undefined);
  const [active, setActive] = useState<string | undefined>(undefined);
  const nodeById = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const label = useCallback((id: string) => nodeById.get(id)?.label[lang] ?? id, [nodeById, lang]);
  const sentence = useCallback(
    (e: ExplorerGraph['edges'][number]) =>
      `${label(e.source)} — ${EDGE_RULES[e.kind].verbs[lang].forward} → ${label(e.target)}${e.stance === 'inferred' ? t.editorialSuffix : ''}`,
    [label, lang, t.editorialSuffix],
  );
  const view = useMemo(
    () => ({
      nodeIds: new Set<string>(graph.nodes.map((n) => n.id)),
      edgeIds: new Set<string>(graph.edges.map((e) => e.id)),
      focus: undefined,
    }),
    [graph],
  );
  const nodeTip = (id: string, x: number, y: number): Tip => ({
    x,
    y,
    lines: [
      label(id),
      ...graph.edges
        .filter((e) => e.source === id || e.target === id)
        .slice(0, 5)
        .map(sentence),
    ],
  });
  const hover = (target: HoverTarget | undefined) => {
    if (!target) return setTip(undefined);
    if (target.type === 'edge') {
      const e = graph.edges.find((x) => x.id === target.id);
      return setTip(e ? { x: target.x, y: target.y, lines: [sentence(e)] } : undefined);
    }
    setTip(nodeTip(target.id, target.box.x + target.box.w / 2, target.box.y + target.box.h));
  };
  // The handler is made when a key is pressed: it reads the canvas's controls then, not while rendering.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) =>
    graphKeyHandler({
      spots: () => controls.current?.spots() ?? [],
      active: () => active,
      moveTo: (id) => {
        setActive(id);
        controls.current?.reveal(id);
        const b = controls.current?.boxOf(id);
        if (b) setTip(nodeTip(id, b.x + b.w / 2, b.y + b.h));
      },
      select: (id) => {
        const n = nodeById.get(id);
        if (n && onSelect) onSelect(n.id);
      },
      clear: () => (setActive(undefined), setTip(undefined)),
      zoom: (d) => (d === 'in' ? controls.current?.zoomIn() : controls.current?.zoomOut()),
    })(e);
  const kinds = useMemo(() => new Set<NodeKind>(graph.nodes.map((n) => n.kind)), [graph]);
  const emphasis = useMemo(() => ({ highlight, preview: active }), [highlight, active]);
  return (
    <figure
      className={`graph-figure small-graph ${className}`}
      aria-labelledby={captionId}
      data-highlight={highlight ? [...highlight].join(' ') : undefined}
    >
      <div className="canvas-tools" role="group" aria-label={t.group}>
        <button type="button" onClick={() => controls.current?.zoomIn()}>
          {t.zoomIn}
        </button>
        <button type="button" onClick={() => controls.current?.zoomOut()}>
          {t.zoomOut}
        </button>
        <button type="button" onClick={() => controls.current?.fit()}>
          {t.fit}
        </button>
        {tools}
      </div>
      <div
        ref={holder}
        className="canvas"
        tabIndex={0}
        role="listbox"
        aria-label={t.group}
        aria-describedby={`${captionId}-keys`}
        aria-activedescendant={active ? `${captionId}-idea-${active}` : undefined}
        onKeyDown={onKeyDown}
        style={preset ? { height: `min(${Math.round(preset.layout.height + 80)}px, 75vh)` } : undefined}
      >
        <div className="visually-hidden">
          {graph.nodes.map((n) => (
            <div key={n.id} id={`${captionId}-idea-${n.id}`} role="option" aria-selected={n.id === active}>
              {n.label[lang]}
            </div>
          ))}
        </div>
        <p className="canvas-loading">{t.loading}</p>
        <div className="canvas-layer" aria-hidden="true">
          <GraphCanvas
            graph={graph}
            view={view}
            layout="argument"
            lang={lang}
            stageTitles={t.stageTitles}
            preset={preset}
            emphasis={emphasis}
            framing={framing}
            wheelZoom={wheelZoom}
            handlers={{ hover, select: (id) => onSelect?.(id), moved: () => setTip(undefined) }}
            controlsRef={controls}
          />
        </div>
        {tip ? <TipCard tip={tip} /> : null}
      </div>
      <SmallGraphCaption lang={lang} t={t} id={captionId} caption={caption} kinds={kinds} />
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
