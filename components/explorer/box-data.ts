/**
 * What the canvas needs to draw one idea as the SVG drawing does: its label broken into
 * the same lines, its box's size (the layout's, where the layout widened it to its
 * column), where the label sits in the box, and the box's background picture (mark and
 * badge). Pure; called again whenever the badge, the layout or the theme changes.
 */
import type { Placed } from '@/graph/argument-layout';
import type { ExplorerNode } from '@/graph/explorer-data';
import { textWidth } from '@/graph/label-metrics';
import { LABEL_FONT, MARK, MARK_GAP, PAD_X, nodeBox } from '@/graph/node-box';
import type { Lang } from '@/graph/schema';
import { boxArt, type Colors } from './graph-style';

export interface BoxData {
  label: string;
  w: number;
  h: number;
  /** The label block's offset from the box's centre (cytoscape centres it). */
  tx: number;
  art: string;
  /** The badge's text ('' without one): a tap on it, on the box's top-right corner, opens the detail. */
  badge: string;
}

export function boxData(
  node: ExplorerNode,
  lang: Lang,
  colors: Colors,
  badge?: number,
  placed?: Pick<Placed, 'width' | 'height'>,
): BoxData {
  const box = nodeBox(node.label[lang], node.kind, badge);
  const w = placed?.width ?? box.width;
  const h = placed?.height ?? box.height;
  const text = Math.max(...box.lines.map((l) => textWidth(l, LABEL_FONT, node.kind === 'level')), 0);
  const left = -w / 2 + PAD_X + MARK + MARK_GAP;
  // Where the SVG starts the text.
  const room = w - PAD_X * 2 - MARK - MARK_GAP;
  const tx = left + Math.min(text, room) / 2;
  return {
    label: box.lines.join('\n'),
    w,
    h,
    tx: Math.round(tx * 10) / 10,
    art: boxArt(node.kind, w, h, colors, box.badge),
    badge: box.badge ?? '',
  };
}
