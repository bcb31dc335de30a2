/**
 * The line of a link between two boxes of the argument layout: an S-curve that leaves one
 * box's side and enters the other's, level at both ends, so links read left to right like
 * the argument; between boxes of one column, an arc beside them. The SVG drawing draws it
 * as is; the canvas draws the same curve (its control points, relative to the straight
 * line, become cytoscape's `control-point-distances` and `-weights`).
 */
import type { Placed } from './argument-layout';

export interface Point {
  x: number;
  y: number;
}

export interface EdgeGeometry {
  start: Point;
  c1: Point;
  c2: Point;
  end: Point;
  /** The direction the line enters its target in, for the arrowhead (unit vector). */
  tangent: Point;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * `offset` moves both ends up or down (a few px), so that two links between the same
 * two boxes are drawn apart.
 */
export function edgeGeometry(a: Placed, b: Placed, offset = 0): EdgeGeometry {
  const aRight = a.x + a.width / 2;
  const aLeft = a.x - a.width / 2;
  const bRight = b.x + b.width / 2;
  const bLeft = b.x - b.width / 2;
  if (bLeft >= aRight || aLeft >= bRight) {
    // Side by side: leave the side facing the other box, arrive at the facing side.
    const forward = bLeft >= aRight;
    const start = { x: forward ? aRight : aLeft, y: a.y + offset };
    const end = { x: forward ? bLeft : bRight, y: b.y + offset };
    const pull = Math.max(18, Math.abs(end.x - start.x) / 2);
    const sign = forward ? 1 : -1;
    return {
      start,
      c1: { x: start.x + sign * pull, y: start.y },
      c2: { x: end.x - sign * pull, y: end.y },
      end,
      tangent: { x: sign, y: 0 },
    };
  }
  // One above the other: an arc out of the right sides, wider the further apart they are.
  const start = { x: aRight, y: a.y + offset };
  const end = { x: bRight, y: b.y + offset };
  const bulge = 18 + Math.min(60, Math.abs(b.y - a.y) * 0.12) + Math.abs(offset) * 2;
  const x = Math.max(start.x, end.x) + bulge;
  return { start, c1: { x, y: start.y }, c2: { x, y: end.y }, end, tangent: { x: -1, y: 0 } };
}

export function edgePathData(g: EdgeGeometry): string {
  const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
  return `M${p(g.start)}C${p(g.c1)} ${p(g.c2)} ${p(g.end)}`;
}

/** An arrowhead (a filled triangle) whose tip touches the end of the line. */
export function arrowHeadData(g: EdgeGeometry, size = 7): string {
  const { end, tangent: t } = g;
  const back = { x: end.x - t.x * size, y: end.y - t.y * size };
  const half = size * 0.5;
  const n = { x: -t.y, y: t.x };
  const p = (q: Point) => `${round(q.x)} ${round(q.y)}`;
  return `M${p(end)}L${p({ x: back.x + n.x * half, y: back.y + n.y * half })}L${p({
    x: back.x - n.x * half,
    y: back.y - n.y * half,
  })}Z`;
}

/** The point halfway along the curve (t = ½ of the cubic Bézier). */
export function edgeMidpoint(g: EdgeGeometry): Point {
  return {
    x: (g.start.x + 3 * g.c1.x + 3 * g.c2.x + g.end.x) / 8,
    y: (g.start.y + 3 * g.c1.y + 3 * g.c2.y + g.end.y) / 8,
  };
}

/** Between the same two boxes, the i-th of n links is drawn this far off the middle. */
export const PARALLEL_GAP = 6;

/** For each link, its offset among the links joining the same two boxes (either way round). */
export function parallelOffsets(edges: readonly { id: string; source: string; target: string }[]): Map<string, number> {
  const groups = new Map<string, string[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source}|${e.target}` : `${e.target}|${e.source}`;
    groups.set(key, [...(groups.get(key) ?? []), e.id]);
  }
  const out = new Map<string, number>();
  for (const ids of groups.values()) ids.forEach((id, i) => out.set(id, (i - (ids.length - 1) / 2) * PARALLEL_GAP));
  return out;
}

/**
 * The same curve as cytoscape draws it (`curve-style: unbundled-bezier` with
 * `edge-distances: endpoints`): the ends relative to each box's centre, and each control
 * point as a weight along the line between the ends and a distance off it, to the left of
 * the line's direction.
 */
export interface CanvasCurve {
  sourceEndpoint: string;
  targetEndpoint: string;
  distances: number[];
  weights: number[];
}

export function canvasCurve(a: Placed, b: Placed, offset = 0): CanvasCurve {
  const g = edgeGeometry(a, b, offset);
  const v = { x: g.end.x - g.start.x, y: g.end.y - g.start.y };
  const len2 = v.x * v.x + v.y * v.y || 1;
  const len = Math.sqrt(len2);
  const normal = { x: -v.y / len, y: v.x / len };
  const relative = (c: Point) => {
    const d = { x: c.x - g.start.x, y: c.y - g.start.y };
    return { weight: (d.x * v.x + d.y * v.y) / len2, distance: d.x * normal.x + d.y * normal.y };
  };
  const p1 = relative(g.c1);
  const p2 = relative(g.c2);
  const end = (p: Point, box: Placed) => `${round(p.x - box.x)}px ${round(p.y - box.y)}px`;
  return {
    sourceEndpoint: end(g.start, a),
    targetEndpoint: end(g.end, b),
    distances: [round(p1.distance), round(p2.distance)],
    weights: [Math.round(p1.weight * 1000) / 1000, Math.round(p2.weight * 1000) / 1000],
  };
}
