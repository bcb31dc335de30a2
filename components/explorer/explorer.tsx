'use client';

/**
 * The whole-graph explorer: filters (the legend is the kind filter), focus with a depth,
 * shortest paths, layouts, and a list view and edge table that always show what the
 * canvas shows, for keyboard and screen-reader use and for readers without the canvas.
 */
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { messages } from '@/content/messages';
import { DEFAULT_STATE, LAYOUTS, MAX_DEPTH, STANCES, type ExplorerState, type Ignored } from '@/graph/explore-state';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import { EDGE_RULES, LEVEL_NAMES, NODE_KIND_NAMES } from '@/graph/kinds';
import { EDGE_KINDS, LEVELS, NODE_KINDS, type Lang, type NodeId } from '@/graph/schema';
import { computeView, headless } from '@/graph/view';
import { embedParamsFor } from '@/graph/embed-params';
import type { PresetLayout } from '@/graph/force-layout';
import { EmbedButton } from '../embed/embed-button';
import { embedTitle, viewOfState } from '../embed/embed-title';
import { paths, withBase } from '../paths';
import type { CanvasControls } from './graph-canvas';
import { LegendSwatch } from './legend-swatch';
import { PathFinder } from './path-finder';
import { PathResult } from './path-result';
import { SectionFilter, sectionLabel } from './section-filter';
import { paperStrings } from '@/content/messages/paper-strings';
import { useUrlState } from './use-url-state';
import { ViewStatus } from './view-status';
import { loadSearcher } from '../search/load-searcher';
import { useBrowserValue, useHydrated, useLatest } from '../use-client';

const NO_MATCHES: ReadonlySet<string> = new Set();

const GraphCanvas = dynamic(() => import('./graph-canvas').then((m) => m.GraphCanvas), { ssr: false });

/** The explorer page: its state lives in the address (shareable, back and forward work). */
export function Explorer({
  lang,
  graph,
  defaultTour,
  preset,
}: {
  lang: Lang;
  graph: ExplorerGraph;
  defaultTour: string;
  preset?: PresetLayout;
}) {
  const nodeIds = useMemo(() => new Set(graph.nodes.map((n) => n.id)), [graph]);
  const { state, ignored, update } = useUrlState(nodeIds);
  return (
    <ExplorerView
      lang={lang}
      graph={graph}
      state={state}
      ignored={ignored}
      update={update}
      defaultTour={defaultTour}
      preset={preset}
    />
  );
}

/**
 * How an embedded explorer differs: its state stays inside the frame (never in the host
 * page's history), links open the full site in a new tab, the filter controls can be
 * hidden, scroll-to-zoom is off unless asked for, and the list view can come first.
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
  /** The opening view's positions, laid out at build time. */
  preset?: PresetLayout;
}

// eslint-disable-next-line max-lines-per-function -- the explorer's rebuild on branch wt/explorer (issue 12) splits it into parts with one job each
export function ExplorerView({ lang, graph, state, ignored, update, embed, defaultTour, preset }: ExplorerViewProps) {
  const t = messages(lang).explore;
  const nodeById = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const cy = useMemo(() => headless(graph), [graph]);
  const showControls = !embed || embed.controls;
  // In an embed, links are plain anchors to the full site in a new tab: Next's <Link>
  // would prefetch pages, which a sandboxed frame may not fetch (and does not need).
  const inFrame = Boolean(embed);
  const pageLink = useCallback(
    (id: string, children: ReactNode, className?: string) =>
      inFrame ? (
        <a href={withBase(paths.node(lang, id))} className={className} target="_blank" rel="noopener">
          {children}
        </a>
      ) : (
        <Link href={paths.node(lang, id)} className={className}>
          {children}
        </Link>
      ),
    [inFrame, lang],
  );
  const view = useMemo(() => computeView(graph, state, cy), [graph, state, cy]);
  const controls = useRef<CanvasControls | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [copyStatus, setCopyStatus] = useState('');
  const embedListFirst = embed?.listFirst;
  const listFirst = useBrowserValue(
    () => embedListFirst ?? window.matchMedia('(max-width: 40rem)').matches,
    embedListFirst ?? false,
  );
  const [find, setFind] = useState('');
  const [found, setFound] = useState<ReadonlySet<string>>(NO_MATCHES);
  const findQuery = find.trim();
  const matches = findQuery === '' ? NO_MATCHES : found;
  const ts = messages(lang).search;

  // Highlighting uses the site's search (same ranking as the palette), loaded on first use.
  useEffect(() => {
    if (findQuery === '') return;
    let live = true;
    loadSearcher()
      .then((s) => live && setFound(new Set(s.search(findQuery, lang, 60).map((h) => h.id))))
      .catch(() => live && setFound(NO_MATCHES));
    return () => {
      live = false;
    };
  }, [findQuery, lang]);

  // Marks the explorer as interactive (its controls do nothing before hydration).
  const ready = useHydrated();

  const set = (patch: Partial<ExplorerState>) => update({ ...state, ...patch });
  const toggle = <T extends string>(list: readonly T[], value: T): T[] =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  const select = (id: NodeId | undefined) => {
    set({ focus: id });
    const node = id ? nodeById.get(id) : undefined;
    const shown = computeView(graph, { ...state, focus: id }, cy).nodeIds.size;
    setAnnouncement(node ? t.announceFocus(node.label[lang], shown) : t.announceCleared);
    if (id) document.getElementById(`list-${id}`)?.scrollIntoView({ block: 'nearest' });
  };

  // The list view and edge table are the explorer's largest part (thousands of elements):
  // they are rebuilt only when what they show changes, not when the explorer becomes
  // ready, announces something or copies a link (React skips an identical element).
  const selectRef = useLatest(select);
  const visibleNodes = useMemo(() => graph.nodes.filter((n) => view.nodeIds.has(n.id)), [graph, view]);
  const visibleEdges = useMemo(() => graph.edges.filter((e) => view.edgeIds.has(e.id)), [graph, view]);
  const focusNode = view.focus ? nodeById.get(view.focus) : undefined;
  const fromNode = state.from ? nodeById.get(state.from) : undefined;
  const toNode = state.to ? nodeById.get(state.to) : undefined;
  const byLabel = useCallback(
    (a: ExplorerNode, b: ExplorerNode) =>
      a.label[lang].localeCompare(b.label[lang], lang === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en'),
    [lang],
  );

  const chips = [
    ...DEFAULT_STATE.kinds
      .filter((k) => !state.kinds.includes(k))
      .map((k) => ({
        key: `k-${k}`,
        text: t.hiddenKind(NODE_KIND_NAMES[k][lang].many),
        undo: () => set({ kinds: [...state.kinds, k] }),
      })),
    ...LEVELS.filter((l) => !state.levels.includes(l)).map((l) => ({
      key: `l-${l}`,
      text: t.hiddenLevel(LEVEL_NAMES[l][lang]),
      undo: () => set({ levels: [...state.levels, l] }),
    })),
    ...DEFAULT_STATE.edges
      .filter((k) => !state.edges.includes(k))
      .map((k) => ({
        key: `e-${k}`,
        text: t.hiddenEdge(EDGE_RULES[k].verbs[lang].forward),
        undo: () => set({ edges: [...state.edges, k] }),
      })),
    ...STANCES.filter((s) => !state.stance.includes(s)).map((s) => ({
      key: `s-${s}`,
      text: t.hiddenStance(s === 'stated' ? t.stated : t.inferred),
      undo: () => set({ stance: [...state.stance, s] }),
    })),
    ...(state.section
      ? [
          {
            key: 'section',
            text: paperStrings(lang).filterChip(sectionLabel(state.section, lang)),
            undo: () => set({ section: undefined }),
          },
        ]
      : []),
  ];

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyStatus(t.copied);
    } catch {
      setCopyStatus(t.copyFailed);
    }
  };

  const figure = (
    <figure className="graph-figure" aria-labelledby="graph-summary">
      <div className="canvas-tools" role="group" aria-label={t.graphLabel}>
        <button type="button" onClick={() => controls.current?.zoomIn()}>
          {t.zoomIn}
        </button>
        <button type="button" onClick={() => controls.current?.zoomOut()}>
          {t.zoomOut}
        </button>
        <button type="button" onClick={() => controls.current?.fit()}>
          {t.fit}
        </button>
      </div>
      <div className="canvas" aria-hidden="true">
        <p className="canvas-loading">{t.loading}</p>
        <GraphCanvas
          graph={graph}
          view={view}
          layout={state.layout}
          lang={lang}
          onSelect={select}
          controlsRef={controls}
          matches={matches}
          wheelZoom={embed ? embed.scroll : true}
          preset={preset}
        />
      </div>
      <figcaption id="graph-summary">
        {t.summary(visibleNodes.length, visibleEdges.length)}
        {focusNode ? t.summaryFocus(focusNode.label[lang], state.depth) : ''}
      </figcaption>
    </figure>
  );

  const list = useMemo(
    () => (
      <section aria-labelledby="list-view" className="list-view">
        <h2 id="list-view">{t.listView}</h2>
        <p className="muted">{t.listIntro}</p>
        {NODE_KINDS.map((kind) => {
          const nodes = visibleNodes.filter((n) => n.kind === kind).sort(byLabel);
          if (nodes.length === 0) return null;
          return (
            <section key={kind} aria-labelledby={`list-kind-${kind}`}>
              <h3 id={`list-kind-${kind}`}>
                <LegendSwatch kind={kind} /> {NODE_KIND_NAMES[kind][lang].many} ({nodes.length})
              </h3>
              <ul className="node-list">
                {nodes.map((n) => {
                  const out = visibleEdges.filter((e) => e.source === n.id);
                  return (
                    <li
                      key={n.id}
                      id={`list-${n.id}`}
                      data-node-id={n.id}
                      className={
                        [n.id === view.focus ? 'is-focus' : '', matches.has(n.id) ? 'is-match' : ''].join(' ').trim() ||
                        undefined
                      }
                    >
                      <button
                        type="button"
                        className="node-button"
                        aria-pressed={n.id === view.focus}
                        onClick={() => selectRef.current(n.id === view.focus ? undefined : n.id)}
                      >
                        {n.label[lang]}
                      </button>{' '}
                      {pageLink(
                        n.id,
                        <>
                          {t.openPage}
                          <span className="visually-hidden">: {n.label[lang]}</span>
                        </>,
                        'page-link',
                      )}
                      {out.length > 0 ? (
                        <ul className="node-relations">
                          {out.map((e) => {
                            const target = nodeById.get(e.target);
                            return target ? (
                              <li key={e.id}>
                                {EDGE_RULES[e.kind].verbs[lang].forward} {pageLink(target.id, target.label[lang])}
                                {e.stance === 'inferred' ? (
                                  <span className="stance-inferred"> ({t.inferred})</span>
                                ) : null}
                              </li>
                            ) : null;
                          })}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
        <table className="edge-table">
          <caption>{t.edgeTable}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colFrom}</th>
              <th scope="col">{t.colLink}</th>
              <th scope="col">{t.colTo}</th>
              <th scope="col">{t.colStance}</th>
            </tr>
          </thead>
          <tbody>
            {visibleEdges.map((e) => (
              <tr key={e.id}>
                <td>{nodeById.get(e.source)?.label[lang]}</td>
                <td>{EDGE_RULES[e.kind].verbs[lang].forward}</td>
                <td>{nodeById.get(e.target)?.label[lang]}</td>
                <td>{e.stance === 'inferred' ? t.inferred : t.stated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    ),
    [visibleNodes, visibleEdges, view.focus, matches, lang, nodeById, t, byLabel, pageLink, selectRef],
  );

  // In an embed the list can be long for the frame, so it folds away (open with list=1).
  const textView = embed ? (
    <details className="list-details" open={embed.listFirst}>
      <summary>{t.listSummary(visibleNodes.length, visibleEdges.length)}</summary>
      {list}
    </details>
  ) : (
    list
  );

  return (
    <div className="explorer" data-ready={ready ? '' : undefined}>
      <p role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </p>
      {ignored.length > 0 ? (
        <div className="notice" role="note">
          <p>{t.ignoredTitle}</p>
          <ul>
            {ignored.map((i, k) => (
              <li key={k}>
                <code>
                  {i.param}={i.value}
                </code>{' '}
                {t.ignoredReason[i.reason]}
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={showControls ? 'explorer-grid' : 'explorer-grid no-controls'}>
        {showControls ? (
          <div className="controls">
            <PathFinder
              lang={lang}
              nodes={graph.nodes}
              kinds={state.kinds}
              from={state.from}
              to={state.to}
              hubs={state.hubs}
              finding={view.paths}
              onChange={set}
            />
            <div className="explorer-find">
              <label htmlFor="explorer-find">{ts.highlightLabel}</label>
              <input
                id="explorer-find"
                type="search"
                value={find}
                onChange={(e) => setFind(e.target.value)}
                placeholder={ts.placeholder}
                autoComplete="off"
              />
              <p role="status" className="muted">
                {find.trim() === '' ? '' : ts.highlightCount([...matches].filter((id) => view.nodeIds.has(id)).length)}
              </p>
            </div>
            <fieldset className="legend-filter">
              <legend>{t.kinds}</legend>
              {NODE_KINDS.map((k) => (
                <label key={k} className="check">
                  <input
                    type="checkbox"
                    checked={state.kinds.includes(k)}
                    onChange={() => set({ kinds: toggle(state.kinds, k) })}
                  />
                  <LegendSwatch kind={k} /> {NODE_KIND_NAMES[k][lang].many}
                </label>
              ))}
            </fieldset>
            <fieldset>
              <legend>{t.levels}</legend>
              {LEVELS.map((l) => (
                <label key={l} className="check">
                  <input
                    type="checkbox"
                    checked={state.levels.includes(l)}
                    onChange={() => set({ levels: toggle(state.levels, l) })}
                  />
                  {LEVEL_NAMES[l][lang]}
                </label>
              ))}
            </fieldset>
            <SectionFilter lang={lang} value={state.section} onChange={(section) => set({ section })} />
            <fieldset>
              <legend>{t.stance}</legend>
              {STANCES.map((s) => (
                <label key={s} className="check">
                  <input
                    type="checkbox"
                    checked={state.stance.includes(s)}
                    onChange={() => set({ stance: toggle(state.stance, s) })}
                  />
                  <span className={`line-sample ${s}`} aria-hidden="true" /> {s === 'stated' ? t.stated : t.inferred}
                </label>
              ))}
            </fieldset>
            <details className="edge-filter">
              <summary>{t.edgeKinds}</summary>
              <fieldset>
                <legend className="visually-hidden">{t.edgeKinds}</legend>
                {EDGE_KINDS.map((k) => (
                  <label key={k} className="check">
                    <input
                      type="checkbox"
                      checked={state.edges.includes(k)}
                      onChange={() => set({ edges: toggle(state.edges, k) })}
                    />
                    {EDGE_RULES[k].verbs[lang].forward}
                  </label>
                ))}
              </fieldset>
            </details>
            <div className="control-row">
              <label htmlFor="layout">{t.layout}</label>
              <select
                id="layout"
                value={state.layout}
                onChange={(e) => set({ layout: LAYOUTS.find((l) => l === e.target.value) ?? 'force' })}
              >
                {LAYOUTS.map((l) => (
                  <option key={l} value={l}>
                    {t.layouts[l]}
                  </option>
                ))}
              </select>
            </div>
            <div className="control-row">
              <button type="button" onClick={() => update({ ...DEFAULT_STATE })}>
                {t.reset}
              </button>
              {embed ? null : (
                <button type="button" onClick={() => void copyLink()}>
                  {t.copyLink}
                </button>
              )}
              {embed || defaultTour === undefined ? null : (
                <EmbedButton
                  lang={lang}
                  params={embedParamsFor(viewOfState(state), lang, defaultTour, { explorer: state })}
                  titles={{
                    en: embedTitle(viewOfState(state), state, defaultTour, 'en', {
                      label: (id) => nodeById.get(id)?.label.en,
                      tourTitle: () => undefined,
                    }),
                    zh: embedTitle(viewOfState(state), state, defaultTour, 'zh', {
                      label: (id) => nodeById.get(id)?.label.zh,
                      tourTitle: () => undefined,
                    }),
                  }}
                  defaultTour={defaultTour}
                  label={messages(lang).embedDialog.button}
                />
              )}
              <span role="status" className="muted">
                {copyStatus}
              </span>
            </div>
          </div>
        ) : null}

        <div className="stage">
          {showControls ? (
            <div className="chips" aria-label={t.activeFilters} role="group">
              {chips.length === 0 ? (
                <ViewStatus
                  lang={lang}
                  focus={focusNode ? { label: focusNode.label[lang], depth: state.depth } : undefined}
                  path={
                    view.paths && fromNode && toNode
                      ? { kind: view.paths.kind, from: fromNode.label[lang], to: toNode.label[lang] }
                      : undefined
                  }
                />
              ) : null}
              {chips.map((c) => (
                <button key={c.key} type="button" className="chip" onClick={c.undo} aria-label={t.removeFilter(c.text)}>
                  {c.text} <span aria-hidden="true">×</span>
                </button>
              ))}
            </div>
          ) : null}

          {view.paths && fromNode && toNode ? (
            <PathResult
              lang={lang}
              finding={view.paths}
              from={fromNode}
              to={toNode}
              hubs={state.hubs}
              plainLinks={Boolean(embed)}
              onSwap={() => set({ from: state.to, to: state.from })}
              labelOf={(id) => nodeById.get(id)?.label[lang] ?? id}
            />
          ) : null}

          {focusNode ? (
            <aside className="focus-panel" aria-labelledby="focus-title">
              <h2 id="focus-title" className="h-small">
                <LegendSwatch kind={focusNode.kind} /> {focusNode.label[lang]}
              </h2>
              <p>{focusNode.summary[lang]}</p>
              <div className="control-row">
                <label htmlFor="depth">{t.depth}</label>
                <select id="depth" value={state.depth} onChange={(e) => set({ depth: Number(e.target.value) })}>
                  {Array.from({ length: MAX_DEPTH }, (_, i) => i + 1).map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </div>
              <p className="control-row">
                {pageLink(focusNode.id, t.openPage)}
                <button type="button" onClick={() => select(undefined)}>
                  {t.clearFocus}
                </button>
              </p>
            </aside>
          ) : null}

          {listFirst ? (
            <>
              {textView}
              {figure}
            </>
          ) : (
            <>
              {figure}
              {textView}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
