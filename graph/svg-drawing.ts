/**
 * One SVG renderer for every static picture of a graph view: the explorer's opening view
 * drawn at build time (real text, readable before any script runs), the "Export as SVG /
 * PNG" of the current view, and the drawing printed in place of the canvas.
 *
 * Pure: a `Drawing` (boxes already laid out, links, stage columns) in, SVG markup out.
 * In a page the drawing carries class names only and the page's CSS colours it, so it
 * follows the light or dark theme; exported, it carries its own colours, a title, a
 * legend and a footer with the view's address and the data version, and stands alone.
 */
import type { Placed } from './argument-layout';
import { arrowHeadData, edgeGeometry, edgePathData, parallelOffsets } from './edge-path';
import { KIND_MARKS } from './kind-marks';
import { textWidth } from './label-metrics';
import { BADGE_FONT, LABEL_FONT, LINE_HEIGHT, MARK, MARK_GAP, PAD_X, PAD_Y, badgeRect } from './node-box';
import { NODE_KINDS } from './vocabulary';
import type { EdgeKind, NodeKind, Stance } from './schema';

export interface DrawNode {
  id: string;
  kind: NodeKind;
  /** The whole label (the lines may be cut short), for the tooltip. */
  label: string;
  lines: readonly string[];
  box: Placed;
  badge?: string | undefined;
  /** A level heading its challenges. */
  header?: boolean;
}

export interface DrawEdge {
  id: string;
  kind: EdgeKind;
  stance: Stance;
  source: string;
  target: string;
  directed: boolean;
  /** The link as a sentence ("Emergence — gives rise to → Uncertainty"), for its tooltip. */
  sentence?: string;
}

export interface DrawStage {
  title: string;
  x: number;
  width: number;
}

export interface Drawing {
  nodes: readonly DrawNode[];
  edges: readonly DrawEdge[];
  stages: readonly DrawStage[];
  width: number;
  height: number;
}

export type Palette = Record<NodeKind | 'bg' | 'soft' | 'fg' | 'muted' | 'border' | 'inferred', string>;

/** What an exported picture says around the graph. */
export interface Frame {
  title: string;
  /** Lines under the drawing: the view's address, the data version, the date. */
  footer: readonly string[];
  legend: {
    kinds: readonly { kind: NodeKind; name: string }[];
    stated: string;
    inferred: string;
  };
}

export interface SvgOptions {
  /** `zh` marks the text as Chinese (`xml:lang="zh-Hans"`). */
  lang: 'en' | 'zh';
  /** Colours written into the file; without them the page's CSS colours the drawing. */
  palette?: Palette;
  /** Title, legend and footer, for a picture that leaves the page. */
  frame?: Frame;
  /** The accessible name of the picture. */
  label: string;
  /**
   * Gives the page its natural width and proportions as CSS variables (--w, --ratio), so
   * its style can scale it to fit, within what keeps labels readable.
   */
  fit?: boolean;
}

/** Room above the drawing for the stage titles, and around it. */
export const STAGE_TITLE_HEIGHT = 28;
export const MARGIN = 16;
const STAGE_FONT = 13;
const TITLE_FONT = 18;
const FOOT_FONT = 11;
const LEGEND_ROW = 20;

export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const f = (n: number) => String(Math.round(n * 10) / 10);

/** The mark of a kind, scaled into a `size` px square at (x, y). */
function mark(kind: NodeKind, x: number, y: number, size: number): string {
  return `<path class="ad-mark" transform="translate(${f(x)} ${f(y)}) scale(${f(size / 20)})" d="${KIND_MARKS[kind]}"/>`;
}

function nodeSvg(n: DrawNode): string {
  const { box } = n;
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  const textX = left + PAD_X + MARK + MARK_GAP;
  const first = top + PAD_Y + LINE_HEIGHT / 2;
  const lines = n.lines
    .map((line, i) => `<tspan x="${f(textX)}" y="${f(first + i * LINE_HEIGHT)}">${escapeXml(line)}</tspan>`)
    .join('');
  let badge = '';
  if (n.badge) {
    const r = badgeRect(box, n.badge);
    const bx = box.x + r.x;
    const by = box.y + r.y;
    badge =
      `<g class="ad-badge" data-open="${escapeXml(n.id)}">` +
      `<rect x="${f(bx)}" y="${f(by)}" width="${f(r.w)}" height="${f(r.h)}" rx="${f(r.h / 2)}"/>` +
      `<text x="${f(bx + r.w / 2)}" y="${f(by + r.h / 2)}" text-anchor="middle" dominant-baseline="central" font-size="${BADGE_FONT}" font-weight="700">${escapeXml(n.badge)}</text></g>`;
  }
  return (
    `<g class="ad-node ad-kind-${n.kind}${n.header ? ' ad-header' : ''}" data-id="${escapeXml(n.id)}">` +
    `<title>${escapeXml(n.label)}</title>` +
    `<rect class="ad-box" x="${f(left)}" y="${f(top)}" width="${f(box.width)}" height="${f(box.height)}" rx="5"/>` +
    mark(n.kind, left + PAD_X, box.y - MARK / 2, MARK) +
    `<text class="ad-label" dominant-baseline="central" font-size="${LABEL_FONT}"${n.header ? ' font-weight="700"' : ''}>${lines}</text>` +
    badge +
    `</g>`
  );
}

function edgeSvg(e: DrawEdge, boxes: ReadonlyMap<string, Placed>, offset: number): string {
  const a = boxes.get(e.source);
  const b = boxes.get(e.target);
  if (!a || !b) return '';
  const g = edgeGeometry(a, b, offset);
  return (
    `<g class="ad-edge ad-link-${e.kind}${e.stance === 'inferred' ? ' ad-inferred' : ''}" data-edge="${escapeXml(e.id)}" data-source="${escapeXml(e.source)}" data-target="${escapeXml(e.target)}">` +
    (e.sentence ? `<title>${escapeXml(e.sentence)}</title>` : '') +
    `<path class="ad-line" d="${edgePathData(g)}"/>` +
    (e.directed ? `<path class="ad-head" d="${arrowHeadData(g)}"/>` : '') +
    `</g>`
  );
}

/** Class rules with the palette's colours written in, for a picture that leaves the page. */
export function paletteCss(p: Palette): string {
  const kinds = NODE_KINDS.map(
    (k) => `.ad-kind-${k} .ad-box{stroke:${p[k]}}.ad-kind-${k} .ad-mark,.ad-kind-${k} .ad-badge rect{fill:${p[k]}}`,
  ).join('');
  return (
    `.ad-bg{fill:${p.bg}}text{fill:${p.fg};font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif}` +
    `.ad-box{fill:${p.bg};stroke-width:1.5}.ad-header .ad-box{fill:${p.soft}}` +
    `.ad-line{fill:none;stroke:${p.muted};stroke-width:1.2;stroke-opacity:.7}.ad-head{fill:${p.muted};fill-opacity:.8}` +
    `.ad-inferred .ad-line{stroke:${p.inferred};stroke-dasharray:5 4}.ad-inferred .ad-head{fill:${p.inferred}}` +
    `.ad-badge text{fill:${p.bg}}.ad-stage-title{fill:${p.muted}}.ad-band{fill:${p.soft}}.ad-muted{fill:${p.muted}}` +
    `.ad-rule{stroke:${p.border}}` +
    kinds
  );
}

function legendSvg(frame: Frame, x: number, y: number, width: number): { svg: string; height: number } {
  const items = [
    ...frame.legend.kinds.map((k) => ({ w: 14 + 4 + textWidth(k.name, FOOT_FONT) + 14, kind: k.kind, name: k.name })),
  ];
  const parts: string[] = [];
  let cx = x;
  let cy = y;
  for (const item of items) {
    if (cx + item.w > x + width && cx > x) {
      cx = x;
      cy += LEGEND_ROW;
    }
    parts.push(
      `<g class="ad-kind-${item.kind}">${mark(item.kind, cx, cy - 5, 10)}<text x="${f(cx + 14)}" y="${f(cy)}" dominant-baseline="central" font-size="${FOOT_FONT}">${escapeXml(item.name)}</text></g>`,
    );
    cx += item.w;
  }
  cy += LEGEND_ROW;
  const stated = textWidth(frame.legend.stated, FOOT_FONT);
  parts.push(
    `<g class="ad-edge"><path class="ad-line" d="M${f(x)} ${f(cy)}h28"/></g><text x="${f(x + 34)}" y="${f(cy)}" dominant-baseline="central" font-size="${FOOT_FONT}">${escapeXml(frame.legend.stated)}</text>`,
    `<g class="ad-edge ad-inferred"><path class="ad-line" d="M${f(x + 50 + stated)} ${f(cy)}h28"/></g><text x="${f(x + 84 + stated)}" y="${f(cy)}" dominant-baseline="central" font-size="${FOOT_FONT}">${escapeXml(frame.legend.inferred)}</text>`,
  );
  return { svg: `<g class="ad-legend">${parts.join('')}</g>`, height: cy - y + LEGEND_ROW };
}

export function renderSvg(d: Drawing, options: SvgOptions): string {
  const boxes = new Map<string, Placed>(d.nodes.map((n) => [n.id, n.box]));
  const offsets = parallelOffsets(d.edges);
  const hasStages = d.stages.length > 0;
  const top = hasStages ? STAGE_TITLE_HEIGHT : 0;
  const stages = d.stages
    .map(
      (s) =>
        `<rect class="ad-band" x="${f(s.x - 6)}" y="${f(-top)}" width="${f(s.width + 12)}" height="${f(d.height + top + 6)}" rx="6"/>` +
        `<text class="ad-stage-title" x="${f(s.x + s.width / 2)}" y="${f(-top / 2 - 2)}" text-anchor="middle" dominant-baseline="central" font-size="${STAGE_FONT}" font-weight="700">${escapeXml(s.title)}</text>`,
    )
    .join('');
  const graph =
    `<g class="ad-stages">${stages}</g>` +
    `<g class="ad-edges">${d.edges.map((e) => edgeSvg(e, boxes, offsets.get(e.id) ?? 0)).join('')}</g>` +
    `<g class="ad-nodes">${d.nodes.map(nodeSvg).join('')}</g>`;

  const minX = -MARGIN;
  let minY = -top - MARGIN;
  let width = d.width + 2 * MARGIN + arcRoom(d, boxes, offsets);
  let height = d.height + top + 2 * MARGIN;
  let head = '';
  let foot = '';
  if (options.frame) {
    const frame = options.frame;
    const titleHeight = TITLE_FONT + 16;
    head = `<text class="ad-title" x="${f(minX + MARGIN)}" y="${f(minY - titleHeight / 2)}" dominant-baseline="central" font-size="${TITLE_FONT}" font-weight="700">${escapeXml(frame.title)}</text>`;
    minY -= titleHeight;
    height += titleHeight;
    width = Math.max(width, textWidth(frame.title, TITLE_FONT, true) + 2 * MARGIN);
    const legendTop = minY + height + 4;
    const legend = legendSvg(frame, minX + MARGIN, legendTop + LEGEND_ROW / 2, width - 2 * MARGIN);
    const lines = frame.footer
      .map(
        (line, i) =>
          `<text class="ad-muted" x="${f(minX + MARGIN)}" y="${f(legendTop + legend.height + 6 + i * 16 + 8)}" dominant-baseline="central" font-size="${FOOT_FONT}">${escapeXml(line)}</text>`,
      )
      .join('');
    foot = `<line class="ad-rule" x1="${f(minX + MARGIN)}" x2="${f(minX + width - MARGIN)}" y1="${f(legendTop)}" y2="${f(legendTop)}"/>${legend.svg}${lines}`;
    height += 4 + legend.height + 6 + frame.footer.length * 16 + MARGIN;
  }
  const style = options.palette ? `<style>${paletteCss(options.palette)}</style>` : '';
  const background = options.palette
    ? `<rect class="ad-bg" x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}"/>`
    : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="argument-drawing" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}"${options.fit ? ` style="--w:${f(width)}px;--ratio:${(width / height).toFixed(4)}"` : ''} role="img" aria-label="${escapeXml(options.label)}"${options.lang === 'zh' ? ' xml:lang="zh-Hans"' : ''}>` +
    `<title>${escapeXml(options.label)}</title>${style}${background}${head}${graph}${foot}</svg>`
  );
}

/** Arcs between boxes of one column bulge out to the right: room for the rightmost. */
function arcRoom(d: Drawing, boxes: ReadonlyMap<string, Placed>, offsets: ReadonlyMap<string, number>): number {
  let right = d.width;
  for (const e of d.edges) {
    const a = boxes.get(e.source);
    const b = boxes.get(e.target);
    if (!a || !b) continue;
    const g = edgeGeometry(a, b, offsets.get(e.id) ?? 0);
    right = Math.max(right, g.c1.x, g.c2.x);
  }
  return right - d.width;
}

/** The sentence a link reads as, given the two labels and the link's verb. */
export const linkSentence = (from: string, verb: string, to: string, inferredNote?: string): string =>
  `${from} — ${verb} → ${to}${inferredNote ? ` (${inferredNote})` : ''}`;
