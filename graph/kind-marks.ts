/**
 * The mark of each kind of idea: a small shape, drawn in the kind's colour, so that kinds
 * differ by shape as well as colour (for readers who do not tell the colours apart, and
 * on paper in black and white). SVG paths in a 20 × 20 box; the legend, the SVG drawing
 * and the canvas all use these.
 */
import type { NodeKind } from './schema';

export const KIND_MARKS: Record<NodeKind, string> = {
  trait: 'M5 2h10l5 8-5 8H5l-5-8z',
  level: 'M3 3h14a3 3 0 0 1 3 3v8a3 3 0 0 1-3 3H3a3 3 0 0 1-3-3V6a3 3 0 0 1 3-3z',
  challenge: 'M10 0l10 10-10 10L0 10z',
  concept: 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16z',
  relation: 'M2 4h11l6 6-6 6H2z',
  governance: 'M4 4h12a4 4 0 0 1 4 4v4a4 4 0 0 1-4 4H4a4 4 0 0 1-4-4V8a4 4 0 0 1 4-4z',
  limitation: 'M6 1h8l5 5v8l-5 5H6l-5-5V6z',
  recommendation: 'M10 0l2.9 6.5 7.1.6-5.4 4.7 1.6 7L10 15.2 3.8 18.8l1.6-7L0 7.1l7.1-.6z',
  case: 'M2 3h16v14H2z',
  source: 'M0 2l10 8 10-8-10 16z',
};
