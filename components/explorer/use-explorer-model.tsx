'use client';

/**
 * What the explorer's parts share: the view for the state, the ideas and links it shows,
 * names and links for ideas, and the actions that change the state (each a new address).
 */
import Link from 'next/link';
import { useCallback, useMemo, type ReactNode } from 'react';
import { exploreStrings } from '@/content/messages/explore-strings';
import { scopeOf } from '@/graph/explore-chips';
import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerGraph, ExplorerNode } from '@/graph/explorer-data';
import type { Lang, NodeId } from '@/graph/schema';
import { paths, withBase } from '../paths';
import { useExplorerView } from './use-explorer-view';

export function useExplorerModel(
  props: {
    lang: Lang;
    graph: ExplorerGraph;
    state: ExplorerState;
    update: (next: ExplorerState) => void;
    embed?: unknown;
  },
  announce: (text: string) => void,
) {
  const { lang, graph, state, update } = props;
  const t = exploreStrings(lang);
  const inFrame = props.embed !== undefined;
  const nodeById = useMemo(() => new Map<string, ExplorerNode>(graph.nodes.map((n) => [n.id, n])), [graph]);
  const { view } = useExplorerView(graph, state);
  const label = useCallback((id: string, l: Lang) => nodeById.get(id)?.label[l], [nodeById]);
  const labelOf = useCallback((id: string) => nodeById.get(id)?.label[lang] ?? id, [nodeById, lang]);
  const byLabel = useCallback(
    (a: ExplorerNode, b: ExplorerNode) =>
      a.label[lang].localeCompare(b.label[lang], lang === 'zh' ? 'zh-Hans-u-co-pinyin' : 'en'),
    [lang],
  );
  const visibleNodes = useMemo(() => graph.nodes.filter((n) => view.nodeIds.has(n.id)), [graph, view]);
  const visibleEdges = useMemo(() => graph.edges.filter((e) => view.edgeIds.has(e.id)), [graph, view]);
  const set = (patch: Partial<ExplorerState>) => update({ ...state, ...patch });
  const select = (id: NodeId | undefined) => {
    set({ focus: id });
    const node = id ? nodeById.get(id) : undefined;
    announce(node ? t.announceFocus(node.label[lang]) : t.announceCleared);
  };
  const open = (id: NodeId) => {
    const n = view.badges.get(id) ?? 0;
    set({ open: [...state.open.filter((o) => o !== id), id], show: 'main' });
    announce(t.announceOpened(labelOf(id), n));
  };
  // In an embed, links are plain anchors to the full site in a new tab: Next's <Link>
  // would prefetch pages, which a sandboxed frame may not fetch (and does not need).
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
  const focusNode = view.focus ? nodeById.get(view.focus) : undefined;
  const scope = scopeOf(state, view.focus);
  const summary =
    t.summary(visibleNodes.length, visibleEdges.length) +
    (scope.type === 'focus' && focusNode
      ? t.summaryFocus(focusNode.label[lang], scope.depth)
      : scope.type === 'all'
        ? t.summaryAll
        : t.summaryMain);
  return {
    view,
    nodeById,
    label,
    labelOf,
    byLabel,
    visibleNodes,
    visibleEdges,
    set,
    select,
    open,
    pageLink,
    focusNode,
    summary,
  };
}
