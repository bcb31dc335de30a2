'use client';

/**
 * Pointing and the keyboard on a small graph, the same on its drawing and on its canvas:
 * pointing at a link names it as a sentence; pointing at an idea, or moving to it with
 * the arrow keys, names the idea and its links in a tip; Enter (or a click) selects it.
 * Before the canvas has drawn, the ideas' places come from the build's placement and
 * their boxes from the drawing.
 */
import { useState, type KeyboardEvent } from 'react';
import type { Placed } from '@/graph/argument-layout';
import type { ExplorerGraph } from '@/graph/explorer-data';
import { EDGE_RULES } from '@/graph/kinds';
import type { Lang, NodeId } from '@/graph/schema';
import type { CanvasControls } from './canvas-controls';
import type { Box, HoverTarget } from './canvas-events';
import { staticBox } from './static-graph';
import { graphKeyHandler } from './use-graph-keys';

export interface Tip {
  x: number;
  y: number;
  lines: string[];
}

type Sentence = (from: string, verb: string, to: string, inferred: boolean) => string;

export function useSmallGraphPointer(a: {
  graph: ExplorerGraph;
  lang: Lang;
  label: (id: string) => string;
  sentence: Sentence;
  controls: { readonly current: CanvasControls | null };
  holder: { readonly current: HTMLElement | null };
  /** The canvas has taken over from the drawing. */
  canvas: boolean;
  /** The build's placement of the ideas (the drawing's), if any. */
  spots: Readonly<Record<string, Placed>> | undefined;
  onSelect: ((id: NodeId) => void) | undefined;
  zoom: (how: 'in' | 'out') => void;
}) {
  const { graph, lang, label, sentence, controls, holder, canvas } = a;
  const [tip, setTip] = useState<Tip | undefined>(undefined);
  const [active, setActive] = useState<string | undefined>(undefined);
  const read = (e: ExplorerGraph['edges'][number]) =>
    sentence(label(e.source), EDGE_RULES[e.kind].verbs[lang].forward, label(e.target), e.stance === 'inferred');
  const nodeTip = (id: string, b: Box): Tip => ({
    x: b.x + b.w / 2,
    y: b.y + b.h,
    lines: [
      label(id),
      ...graph.edges
        .filter((e) => e.source === id || e.target === id)
        .slice(0, 5)
        .map(read),
    ],
  });
  const hover = (target: HoverTarget | undefined) => {
    if (!target) return setTip(undefined);
    if (target.type === 'edge') {
      const e = graph.edges.find((x) => x.id === target.id);
      return setTip(e ? { x: target.x, y: target.y, lines: [read(e)] } : undefined);
    }
    setTip(nodeTip(target.id, target.box));
  };
  const select = (id: string) => {
    const n = graph.nodes.find((x) => x.id === id);
    if (n && a.onSelect) a.onSelect(n.id);
  };
  // The handler is made when a key is pressed: it reads the canvas's controls then, not while rendering.
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) =>
    graphKeyHandler({
      spots: () =>
        canvas
          ? (controls.current?.spots() ?? [])
          : Object.entries(a.spots ?? {}).map(([id, b]) => ({ id, x: b.x, y: b.y })),
      active: () => active,
      moveTo: (id) => {
        setActive(id);
        if (canvas) controls.current?.reveal(id);
        else
          holder.current
            ?.querySelector(`.ad-node[data-id="${CSS.escape(id)}"]`)
            ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const b = canvas ? controls.current?.boxOf(id) : staticBox(holder.current, id);
        if (b) setTip(nodeTip(id, b));
      },
      select,
      clear: () => (setActive(undefined), setTip(undefined)),
      zoom: a.zoom,
    })(e);
  return {
    tip,
    active,
    onKeyDown,
    handlers: { hover, select, moved: () => setTip(undefined) },
  };
}
