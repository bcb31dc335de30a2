/**
 * How the canvas draws a graph, to match the SVG drawing (graph/svg-drawing.ts): each idea
 * a box with its label inside, outlined in its kind's colour, with its kind's mark (and a
 * "+N" badge when detail is folded under it) drawn as the box's background picture;
 * dashed lines for editorial inferences; the stages of the argument as bands behind the
 * columns. Colours are the site's CSS tokens, read at run time, so the canvas follows the
 * light or dark theme. Labels that would render under 11 px are not drawn at all.
 */
import type { EdgeSingular, NodeSingular, StylesheetJson, StylesheetJsonBlock } from 'cytoscape';
import { KIND_MARKS } from '@/graph/kind-marks';
import { BADGE_FONT, LABEL_FONT, LINE_HEIGHT, MARK, MIN_READABLE, PAD_X, badgeRect } from '@/graph/node-box';
import { NODE_KINDS } from '@/graph/vocabulary';
import type { NodeKind } from '@/graph/schema';

export type Colors = Record<
  NodeKind | 'fg' | 'bg' | 'soft' | 'muted' | 'border' | 'focus' | 'accent' | 'inferred',
  string
>;

export function readColors(el: Element): Colors {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  const kinds = Object.fromEntries(NODE_KINDS.map((k) => [k, v(`--k-${k}`, '#666')]));
  const kind = (k: NodeKind) => kinds[k] ?? '#666';
  return {
    trait: kind('trait'),
    level: kind('level'),
    challenge: kind('challenge'),
    concept: kind('concept'),
    relation: kind('relation'),
    governance: kind('governance'),
    limitation: kind('limitation'),
    recommendation: kind('recommendation'),
    case: kind('case'),
    source: kind('source'),
    fg: v('--fg', '#1b1f24'),
    bg: v('--bg', '#ffffff'),
    soft: v('--bg-soft', '#f4f6f9'),
    muted: v('--muted', '#4f5863'),
    border: v('--border', '#d0d7de'),
    focus: v('--focus', '#b35900'),
    accent: v('--link', '#0b5cad'),
    inferred: v('--inferred', '#8a4b00'),
  };
}

/** The picture behind a box reaches this far past it on every side: room for the badge on its corner. */
export const ART_SPILL = 10;

/**
 * The picture behind a box: its kind's mark at the left and, when detail is folded under
 * it, the "+N" pill on its top-right corner — one small SVG, as a data address (the CSP
 * allows `data:` images), a little larger than the box so the pill may stick out.
 */
export function boxArt(kind: NodeKind, width: number, height: number, colors: Colors, badge?: string): string {
  const e = ART_SPILL;
  const mark = `<path transform="translate(${e + PAD_X} ${e + (height - MARK) / 2}) scale(${MARK / 20})" d="${KIND_MARKS[kind]}" fill="${colors[kind]}"/>`;
  let pill = '';
  if (badge) {
    const r = badgeRect({ width, height }, badge);
    const x = e + width / 2 + r.x;
    const y = e + height / 2 + r.y;
    pill =
      `<rect x="${x}" y="${y}" width="${r.w}" height="${r.h}" rx="${r.h / 2}" fill="${colors[kind]}"/>` +
      `<text x="${x + r.w / 2}" y="${y + r.h / 2}" text-anchor="middle" dominant-baseline="central" font-family="system-ui,sans-serif" font-size="${BADGE_FONT}" font-weight="700" fill="${colors.bg}">${badge}</text>`;
  }
  const w = width + 2 * e;
  const h = height + 2 * e;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${mark}${pill}</svg>`;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}

const numbers = (value: unknown, fallback: number[]): number[] =>
  Array.isArray(value) ? value.map((v) => Number(v)) : fallback;

/**
 * On the argument layout a link is the same S-curve or arc as in the SVG drawing: manual
 * end points, and control points measured from the line between them (decorate.ts).
 * @types/cytoscape does not know `edge-distances: endpoints` or function values for these
 * properties, which cytoscape itself supports; hence the one widening here.
 */
const CURVED = {
  selector: 'edge.curved',
  style: {
    'curve-style': 'unbundled-bezier',
    'edge-distances': 'endpoints',
    'source-endpoint': (e: EdgeSingular) => String(e.data('se') ?? 'outside-to-node'),
    'target-endpoint': (e: EdgeSingular) => String(e.data('te') ?? 'outside-to-node'),
    'control-point-distances': (e: EdgeSingular) => numbers(e.data('cpd'), [0]),
    'control-point-weights': (e: EdgeSingular) => numbers(e.data('cpw'), [0.5]),
  },
} as unknown as StylesheetJsonBlock;

export function graphStylesheet(colors: Colors, large = false): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'round-rectangle',
        'font-size': LABEL_FONT,
        'line-height': LINE_HEIGHT / LABEL_FONT,
        'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "PingFang SC", sans-serif',
        color: colors.fg,
        'text-wrap': 'wrap',
        'text-max-width': '1000px',
        'text-justification': 'left',
        'text-halign': 'center',
        'text-valign': 'center',
        'text-margin-x': (n: NodeSingular) => Number(n.data('tx') ?? 0),
        // A label that would render under 11 px is not drawn: zoom in to read it.
        'min-zoomed-font-size': MIN_READABLE,
        'background-color': colors.bg,
        'border-width': 1.5,
        'background-fit': 'none',
        'background-position-x': -ART_SPILL,
        'background-position-y': -ART_SPILL,
        'background-clip': 'none',
        'background-image-containment': 'over',
        'z-index': 2,
      },
    },
    // Mapped only where the data is there: an idea not shown has no box, label or art yet.
    {
      selector: 'node[w][h]',
      style: {
        width: 'data(w)',
        height: 'data(h)',
        'background-width': (n: NodeSingular) => Number(n.data('w') ?? 0) + 2 * ART_SPILL,
        'background-height': (n: NodeSingular) => Number(n.data('h') ?? 0) + 2 * ART_SPILL,
      },
    },
    { selector: 'node[label]', style: { label: 'data(label)' } },
    // The kind's mark and the "+N" pill are an SVG image per idea: beyond HUGE ideas the
    // border's colour alone tells the kind, so that the picture paints as fast as bare dots.
    ...(large ? [] : [{ selector: 'node[art]', style: { 'background-image': 'data(art)' } }]),
    ...NODE_KINDS.map((k) => ({ selector: `node[kind = "${k}"]`, style: { 'border-color': colors[k] } })),
    { selector: 'node[kind = "level"]', style: { 'font-weight': 'bold', 'background-color': colors.soft } },
    {
      selector: 'node.band',
      style: {
        shape: 'round-rectangle',
        'background-color': colors.soft,
        'background-image': 'none',
        'border-width': 0,
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': 22,
        'text-margin-x': 0,
        'font-weight': 'bold',
        color: colors.muted,
        events: 'no',
        'z-index': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': colors.muted,
        'target-arrow-color': colors.muted,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.7,
        'z-index': 1,
      },
    },
    CURVED,
    { selector: 'edge[kind = "trades-off-with"]', style: { 'target-arrow-shape': 'none' } },
    { selector: 'edge.level-link', style: { display: 'none' } },
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
    {
      selector: 'edge[stance = "inferred"]',
      style: {
        'line-style': 'dashed',
        'line-dash-pattern': [5, 4],
        'line-color': colors.inferred,
        'target-arrow-color': colors.inferred,
      },
    },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.15 } },
    { selector: 'node.neighbour', style: { 'border-width': 2 } },
    { selector: 'edge.neighbour', style: { opacity: 1, width: 2 } },
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': colors.focus, 'font-weight': 'bold' } },
    {
      selector: 'node.active',
      style: { 'border-width': 3, 'underlay-color': colors.focus, 'underlay-opacity': 0.25, 'underlay-padding': 4 },
    },
    {
      selector: 'edge.path',
      style: { width: 4, 'line-color': colors.focus, 'target-arrow-color': colors.focus, opacity: 1, 'z-index': 3 },
    },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': colors.focus } },
    { selector: 'node.match', style: { 'border-width': 4, 'border-color': colors.accent } },
    {
      selector: 'node.step',
      style: { 'border-width': 3, 'underlay-color': colors.accent, 'underlay-opacity': 0.18, 'underlay-padding': 5 },
    },
  ];
}
