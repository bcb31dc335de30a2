'use client';

/**
 * The whole-graph explorer. This file only wires its parts together:
 * - use-explorer-state.ts: the state, in the address (or, in an embed, in the frame);
 * - use-explorer-view.ts: what the state shows (graph/view-filters.ts, graph/view.ts);
 * - control-panel.tsx: the path finder, highlight box, scope, layout, filters, actions;
 * - graph-stage.tsx: the graph (static drawing, then canvas), its cards, keys and tools;
 * - text-view.tsx: the same ideas and links as a list and a table, built when opened.
 */
import { useMemo, useRef, useState } from 'react';
import { exploreStrings } from '@/content/messages/explore-strings';
import type { ExplorerState, Ignored } from '@/graph/explore-state';
import type { ExplorerGraph } from '@/graph/explorer-data';
import type { Lang } from '@/graph/schema';
import { useStoredChoice } from '../use-stored-choice';
import { useHydrated } from '../use-client';
import { ControlPanel } from './control-panel';
import { ExplorerBar, IgnoredNotice } from './explorer-bar';
import { FocusCard } from './focus-card';
import { GraphStage, type Opening } from './graph-stage';
import { ExplorerPathResult } from './path-slot';
import { FoldedTextView, TextView } from './text-view';
import { useAnnouncer } from './use-announcer';
import { useExplorerModel } from './use-explorer-model';
import { useExplorerState } from './use-explorer-state';
import { useFindMatches } from './use-find-matches';
import './graph-view.css';
import './explorer.css';

/** The explorer page: its state lives in the address (shareable, back and forward work). */
export function Explorer(props: Omit<ExplorerViewProps, 'state' | 'ignored' | 'update' | 'embed'>) {
  const nodeIds = useMemo(() => new Set<string>(props.graph.nodes.map((n) => n.id)), [props.graph]);
  const { state, ignored, update } = useExplorerState(nodeIds);
  return <ExplorerView {...props} state={state} ignored={ignored} update={update} />;
}

/**
 * How an embedded explorer differs: its state stays inside the frame (never in the host
 * page's history), links open the full site in a new tab, the controls can be hidden,
 * scroll-to-zoom is off unless asked for, and the list can come first.
 */
export interface EmbedOptions {
  controls: boolean;
  scroll: boolean;
  listFirst: boolean;
}

export interface ExplorerViewProps {
  lang: Lang;
  graph: ExplorerGraph;
  state: ExplorerState;
  ignored: readonly Ignored[];
  update: (next: ExplorerState) => void;
  embed?: EmbedOptions;
  /** For the "Embed this view" dialog (the site's explorer only). */
  defaultTour?: string;
  embedLabel?: string;
  /** The opening view, drawn at build time. */
  opening?: Opening;
  /** The page's title, in the row above the graph, and its one-line introduction, atop the panel. */
  intro?: { title: string; line: string };
}

export function ExplorerView(props: ExplorerViewProps) {
  const { lang, graph, state, embed } = props;
  const t = exploreStrings(lang);
  const [announcement, announce] = useAnnouncer();
  const m = useExplorerModel(props, announce);
  const [find, setFind] = useState('');
  const matches = useFindMatches(find, lang);
  // The reader's last choice of graph or list is remembered (not in an embed, which keeps nothing).
  const [stored, setStored] = useStoredChoice('explorer-mode', ['graph', 'list'], 'graph');
  const [panel, setPanel] = useStoredChoice('explorer-panel', ['open', 'closed'], 'open');
  const [drawer, setDrawer] = useState(false);
  const printHolder = useRef<HTMLDivElement>(null);
  const mode = embed ? 'graph' : stored;
  const ready = useHydrated();
  const showControls = !embed || embed.controls;
  const text = {
    lang,
    t,
    nodes: m.visibleNodes,
    edges: m.visibleEdges,
    focus: m.view.focus,
    matches,
    byLabel: m.byLabel,
    labelOf: m.labelOf,
    select: m.select,
    pageLink: m.pageLink,
  };
  const heading = props.intro ? <h1 className="explore-title">{props.intro.title}</h1> : null;
  const bar = embed ? null : (
    <ExplorerBar
      t={t}
      mode={mode}
      setMode={setStored}
      panel={panel}
      setPanel={setPanel}
      openDrawer={() => setDrawer(true)}
    />
  );
  const graphStage = (
    <GraphStage
      lang={lang}
      t={t}
      graph={graph}
      view={m.view}
      state={state}
      nodeById={m.nodeById}
      opening={props.opening}
      matches={matches}
      wheelZoom={embed ? embed.scroll : true}
      plainLinks={Boolean(embed)}
      select={m.select}
      open={m.open}
      announce={announce}
      summary={m.summary}
      overlay={
        m.focusNode ? (
          <FocusCard
            node={m.focusNode}
            depth={state.depth}
            lang={lang}
            t={t}
            setDepth={(depth) => m.set({ depth })}
            clear={() => m.select(undefined)}
            pageLink={(children) => m.pageLink(m.focusNode?.id ?? '', children)}
          />
        ) : null
      }
      printHolder={embed ? undefined : printHolder}
      heading={heading}
      bar={bar}
    />
  );
  const controls = showControls ? (
    <ControlPanel
      lang={lang}
      t={t}
      state={state}
      set={m.set}
      update={props.update}
      view={m.view}
      nodes={graph.nodes}
      nodeById={m.nodeById}
      labelOf={m.labelOf}
      label={m.label}
      find={find}
      setFind={setFind}
      shownMatches={[...matches].filter((id) => m.view.nodeIds.has(id)).length}
      inFrame={Boolean(embed)}
      defaultTour={props.defaultTour}
      embedLabel={props.embedLabel}
      intro={props.intro?.line}
      onClose={() => setDrawer(false)}
    />
  ) : null;
  return (
    <div
      className="explorer"
      data-ready={ready ? '' : undefined}
      data-panel={showControls ? panel : 'none'}
      data-mode={mode}
      data-drawer={drawer ? 'open' : undefined}
    >
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      <IgnoredNotice t={t} ignored={props.ignored} />
      <div className="explorer-layout">
        {embed && controls ? (
          // In a frame the controls fold away under one line, so the view fits the height
          // the embed dialog suggests; opened, they scroll within their own box.
          <details className="embed-controls">
            <summary>{t.filtersButton}</summary>
            {controls}
          </details>
        ) : (
          controls
        )}
        <div className="explorer-main">
          {mode === 'list' ? (
            <div className="explorer-top">
              {heading}
              {bar}
            </div>
          ) : null}
          {showControls ? null : (
            <ExplorerPathResult
              lang={lang}
              state={state}
              set={m.set}
              view={m.view}
              nodeById={m.nodeById}
              labelOf={m.labelOf}
              plainLinks={Boolean(embed)}
            />
          )}
          {embed?.listFirst ? <FoldedTextView {...text} initiallyOpen /> : null}
          {mode === 'graph' ? graphStage : <TextView {...text} />}
          {embed && !embed.listFirst ? <FoldedTextView {...text} initiallyOpen={false} /> : null}
        </div>
      </div>
      <div ref={printHolder} className="print-drawing" aria-hidden="true" />
    </div>
  );
}
