/**
 * How the graph is drawn: colour and shape by node kind (the colours are the site's CSS
 * tokens, read at run time so the canvas follows the light or dark theme), dashed lines
 * for editorial inferences, and the classes the explorer sets for focus, path and fading.
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS, type NodeKind } from '@/graph/schema';

export const NODE_SHAPES: Record<NodeKind, string> = {
  trait: 'hexagon',
  level: 'round-rectangle',
  challenge: 'diamond',
  concept: 'ellipse',
  relation: 'round-tag',
  governance: 'round-rectangle',
  limitation: 'octagon',
  recommendation: 'star',
  case: 'rectangle',
  source: 'vee',
};

/** The SVG path of each shape for the legend, in a 20 × 20 box, drawn to match the canvas. */
export const LEGEND_PATHS: Record<NodeKind, string> = {
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

export function readColors(el: Element): Record<NodeKind | 'fg' | 'bg' | 'muted' | 'focus' | 'accent', string> {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const kinds = Object.fromEntries(NODE_KINDS.map((k) => [k, v(`--k-${k}`, '#666')])) as Record<NodeKind, string>;
  return {
    ...kinds,
    fg: v('--fg', '#1b1f24'),
    bg: v('--bg', '#ffffff'),
    muted: v('--muted', '#4f5863'),
    focus: v('--focus', '#b35900'),
    accent: v('--link', '#0b5cad'),
  };
}

export function graphStylesheet(
  colors: ReturnType<typeof readColors>,
  labelsAlways: boolean,
  large = false,
): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': 11,
        'font-family': 'system-ui, sans-serif',
        color: colors.fg,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': colors.bg,
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        // Labels appear once they would be legible, so they do not pile up when zoomed out.
        'min-zoomed-font-size': labelsAlways ? 0 : 13,
        width: 18,
        height: 18,
        'border-width': 1,
        'border-color': colors.bg,
      },
    },
    ...NODE_KINDS.map((k) => ({
      selector: `node[kind = "${k}"]`,
      style: { 'background-color': colors[k], shape: NODE_SHAPES[k] as never },
    })),
    { selector: 'node[kind = "level"]', style: { width: 30, height: 22 } },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': colors.muted,
        'target-arrow-color': colors.muted,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.55,
      },
    },
    { selector: 'edge[kind = "trades-off-with"]', style: { 'target-arrow-shape': 'none' } },
    // Very large graphs draw straight "haystack" edges without arrowheads: many times
    // cheaper to paint; direction stays readable in the list view and the edge table.
    ...(large
      ? [
          {
            selector: 'edge',
            style: { 'curve-style': 'haystack' as const, 'haystack-radius': 0, 'target-arrow-shape': 'none' as const },
          },
        ]
      : []),
    { selector: 'edge[stance = "inferred"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [5, 4] } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    // The best-connected ideas keep their labels at any zoom, as landmarks.
    { selector: 'node.hub', style: { 'min-zoomed-font-size': 0, 'font-weight': 'bold' } },
    { selector: 'node.neighbour', style: { 'min-zoomed-font-size': 0 } },
    {
      selector: 'node.focus',
      style: {
        'border-width': 4,
        'border-color': colors.focus,
        width: 26,
        height: 26,
        'min-zoomed-font-size': 0,
        'font-weight': 'bold',
      },
    },
    { selector: 'edge.neighbour', style: { opacity: 0.9, width: 1.8 } },
    {
      selector: 'edge.path',
      style: { width: 4, 'line-color': colors.focus, 'target-arrow-color': colors.focus, opacity: 1, 'z-index': 10 },
    },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': colors.focus, 'min-zoomed-font-size': 0 } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': colors.accent, 'min-zoomed-font-size': 0 } },
  ];
}
