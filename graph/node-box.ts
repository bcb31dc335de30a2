/**
 * The box each idea is drawn in on the argument layout: its label, wrapped, beside a small
 * mark of its kind, with a "+N" badge on its top-right corner when detail hangs from it
 * (on the corner, so a badge never widens a box: the columns keep their width). One definition serves the
 * layout (which must leave each box room), the SVG drawing and the canvas, so that the
 * three always agree on where a label is and how big.
 */
import { textWidth, wrapLabel } from './label-metrics';
import type { NodeKind } from './schema';

/** Label size at zoom 1, in CSS px; the opening view is drawn at zoom ≥ MIN_READABLE / LABEL_FONT. */
export const LABEL_FONT = 13;
export const LINE_HEIGHT = 16;
/** The smallest label a reader is shown: labels that would render smaller are not drawn. */
export const MIN_READABLE = 11;
/** The widest a label's line may be before it wraps. */
export const MAX_LINE = 118;
export const PAD_X = 7;
export const PAD_Y = 5;
/** The kind mark: a 10 px shape left of the label. */
export const MARK = 10;
export const MARK_GAP = 5;
export const BADGE_FONT = 11;
/** The badge sits on the box's top-right corner, centred this far in from its right edge. */
export const BADGE_INSET = 6;
export const BADGE_HEIGHT = 16;
/** A level heads its challenges: its box spans their column and is a little taller. */
export const HEADER_EXTRA = 2;

export interface NodeBox {
  lines: string[];
  width: number;
  height: number;
  /** "+N" when N ideas hang from this one, folded away. */
  badge: string | undefined;
  badgeWidth: number;
}

export const badgeText = (n: number | undefined): string | undefined => (n && n > 0 ? `+${n}` : undefined);

/** The badge's pill: its text and 4 px either side. */
export const badgePillWidth = (text: string): number => textWidth(text, BADGE_FONT, true) + 8;

export function nodeBox(label: string, kind: NodeKind, hidden?: number): NodeBox {
  const lines = wrapLabel(label, MAX_LINE, LABEL_FONT, 5);
  const bold = kind === 'level';
  const text = Math.max(...lines.map((l) => textWidth(l, LABEL_FONT, bold)), 0);
  const badge = badgeText(hidden);
  const badgeWidth = badge ? badgePillWidth(badge) : 0;
  return {
    lines,
    width: PAD_X + MARK + MARK_GAP + text + PAD_X,
    height: PAD_Y * 2 + lines.length * LINE_HEIGHT + (kind === 'level' ? HEADER_EXTRA : 0),
    badge,
    badgeWidth,
  };
}

/** The badge's pill, relative to its box's centre: on the top-right corner. */
export function badgeRect(box: { width: number; height: number }, text: string) {
  const w = badgePillWidth(text);
  return { x: box.width / 2 - BADGE_INSET - w / 2, y: -box.height / 2 - BADGE_HEIGHT / 2, w, h: BADGE_HEIGHT };
}
