/**
 * The frame height the "Embed this view" dialog suggests for a view, in CSS pixels at the
 * default font size, 700 pixels wide (a course page's column). Each view is laid out to fit
 * it (app/embed/embed.css, components/explorer/explorer.css): a tour's or a lesson's text
 * scrolls in a box of its own beside the graph, the explorer's controls fold under one line.
 * e2e/embed-fit.spec.ts checks that no view needs a scrollbar in a frame of this height.
 */
import type { EmbedParams } from '@/graph/embed-params';
import { matrixEmbedHeight, type MatrixRowCounts } from './matrix-height';

export const EMBED_HEIGHTS = {
  graph: 640,
  local: 640,
  path: 820,
  tour: 760,
  matrix: 720,
  lesson: 760,
  practice: 720,
} as const satisfies Record<EmbedParams['view'], number>;

/**
 * Where the view shows controls: their folded line, and the share of it the graph takes
 * (the canvas is 60 % of the frame's height, app/embed/embed.css).
 */
const CONTROLS = 150;

export function suggestedEmbedHeight(
  p: Pick<EmbedParams, 'view' | 'controls'> & { explorer: Pick<EmbedParams['explorer'], 'levels'> },
  matrixRows?: MatrixRowCounts,
): number {
  if (p.view === 'matrix' && matrixRows) return matrixEmbedHeight(p.explorer.levels, matrixRows);
  const explorer = p.view === 'graph' || p.view === 'local' || p.view === 'path';
  return EMBED_HEIGHTS[p.view] + (explorer && p.controls ? CONTROLS : 0);
}
