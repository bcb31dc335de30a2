'use client';

/**
 * The graph stage's behaviour: when the canvas starts (the reader moves the picture, or
 * asks for a view other than the opening one), handing over from the static drawing at
 * the same place and zoom; the idea pointed at or moved to with the keys; the keyboard.
 */
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { ExploreStrings } from '@/content/messages/explore-strings';
import { pictureKey, type ArgumentLayout } from '@/graph/argument-layout';
import type { ExplorerState } from '@/graph/explore-state';
import type { ExplorerEdge, ExplorerNode } from '@/graph/explorer-data';
import { NODE_KIND_NAMES } from '@/graph/kinds';
import type { Lang, NodeId } from '@/graph/schema';
import type { View } from '@/graph/view';
import type { CanvasControls } from './canvas-controls';
import type { HoverTarget } from './canvas-events';
import type { Framing } from './frame';
import { staticBox, viewportOfDrawing } from './static-graph';
import { graphKeyHandler } from './use-graph-keys';
import { usePreview } from './use-preview';

export interface Opening {
  /** Draw the placement as SVG in the page (not in embeds: there the canvas starts at once, from it). */
  draw: boolean;
  layout: ArgumentLayout;
  /** The view it was drawn for (graph/argument-layout.ts pictureKey). */
  key: string;
}

export function useGraphStage(args: {
  /** The canvas box (the static drawing's holder too), and the canvas's controls. */
  holder: { readonly current: HTMLDivElement | null };
  controls: { readonly current: CanvasControls | null };
  lang: Lang;
  t: ExploreStrings;
  view: View;
  state: ExplorerState;
  opening: Opening | undefined;
  nodeById: ReadonlyMap<string, ExplorerNode>;
  shownLinks: readonly ExplorerEdge[];
  select: (id: NodeId | undefined) => void;
  open: (id: NodeId) => void;
  announce: (text: string) => void;
}) {
  const { lang, t, view, state, opening, nodeById, shownLinks, holder, controls } = args;
  const [started, setStarted] = useState(false);
  const [ready, setReady] = useState(false);
  const [handoff, setHandoff] = useState<Framing | undefined>(undefined);
  const frameOf = () => ({ w: holder.current?.clientWidth ?? 0, h: holder.current?.clientHeight ?? 0 });
  const pv = usePreview(frameOf);
  const viewKey = useMemo(() => pictureKey(view.nodeIds, view.badges), [view]);
  // The drawing shows the opening ideas only: a focus or a path's highlight needs the canvas.
  const isOpening =
    opening !== undefined &&
    state.layout === 'argument' &&
    viewKey === opening.key &&
    view.focus === undefined &&
    view.pathEdgeIds.size === 0;
  const canvas = started || !isOpening || !opening.draw;

  const start = () => {
    if (started) return;
    if (isOpening) setHandoff(viewportOfDrawing(holder.current));
    setStarted(true);
  };

  const boxOf = (id: string) => (canvas ? controls.current?.boxOf(id) : staticBox(holder.current, id));
  const moveTo = (id: string) => {
    const node = nodeById.get(id);
    if (!node) return;
    if (canvas) controls.current?.reveal(id);
    else
      holder.current
        ?.querySelector(`.ad-node[data-id="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    pv.setPreview({ id: node.id, box: boxOf(id) ?? { x: 8, y: 8, w: 0, h: 0 }, frame: frameOf(), via: 'key' });
  };

  // The handler is made when a key is pressed: it reads the canvas's controls then, not while rendering.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) =>
    graphKeyHandler({
      spots: () =>
        canvas
          ? (controls.current?.spots() ?? [])
          : Object.entries(opening?.layout.nodes ?? {}).map(([id, b]) => ({ id, x: b.x, y: b.y })),
      active: () => pv.preview?.id,
      moveTo,
      select: (id) => args.select(nodeById.get(id)?.id),
      clear: pv.clear,
      zoom: (direction) => {
        start();
        if (direction === 'in') controls.current?.zoomIn();
        else controls.current?.zoomOut();
      },
    })(e);

  /** Each idea shown, named for screen readers: the options of the graph's listbox. */
  const options = useMemo(() => {
    const links = new Map<string, number>();
    for (const e of shownLinks) {
      links.set(e.source, (links.get(e.source) ?? 0) + 1);
      links.set(e.target, (links.get(e.target) ?? 0) + 1);
    }
    return [...view.nodeIds].flatMap((id) => {
      const n = nodeById.get(id);
      return n
        ? [{ id, name: t.announceActive(n.label[lang], NODE_KIND_NAMES[n.kind][lang].one, links.get(id) ?? 0) }]
        : [];
    });
  }, [view.nodeIds, nodeById, shownLinks, t, lang]);

  const handlers = {
    select: (id: NodeId) => args.select(id),
    open: args.open,
    hover: (target: HoverTarget | undefined) => pv.hover(target),
    previewed: () => pv.preview?.id,
    moved: () => (pv.preview?.via === 'pointer' ? pv.clear() : undefined),
  };

  return {
    canvas,
    options,
    ready,
    /** The static drawing stays until the canvas has drawn the same picture. */
    showStatic: opening?.draw === true && isOpening && !ready,
    framing: ready ? undefined : handoff,
    onPlaced: () => setReady(true),
    start,
    onKeyDown,
    handlers,
    preview: pv,
  };
}
