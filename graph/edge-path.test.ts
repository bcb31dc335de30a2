/** The curves of links between boxes: they leave and enter the facing sides, level. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Placed } from './argument-layout';
import { arrowHeadData, canvasCurve, edgeGeometry, edgeMidpoint, edgePathData, parallelOffsets } from './edge-path';

const box = (x: number, y: number, width = 100, height = 30): Placed => ({ x, y, width, height });

describe('edgeGeometry', () => {
  it('left to right: from the right side of the source to the left side of the target', () => {
    const g = edgeGeometry(box(0, 0), box(300, 100));
    assert.deepEqual(g.start, { x: 50, y: 0 });
    assert.deepEqual(g.end, { x: 250, y: 100 });
    assert.equal(g.c1.y, 0, 'leaves level');
    assert.equal(g.c2.y, 100, 'arrives level');
    assert.deepEqual(g.tangent, { x: 1, y: 0 });
  });
  it('right to left: from the left side to the right side, arrowhead pointing left', () => {
    const g = edgeGeometry(box(300, 0), box(0, 0));
    assert.deepEqual(g.start, { x: 250, y: 0 });
    assert.deepEqual(g.end, { x: 50, y: 0 });
    assert.deepEqual(g.tangent, { x: -1, y: 0 });
  });
  it('one above the other: an arc out of the right sides, clear of both boxes', () => {
    const g = edgeGeometry(box(0, 0), box(0, 200));
    assert.equal(g.start.x, 50);
    assert.equal(g.end.x, 50);
    assert.ok(g.c1.x > 50 && g.c2.x > 50);
    assert.ok(edgeMidpoint(g).x > 50, 'the arc bulges beside the column');
  });
  it('an offset moves both ends by as much', () => {
    const g = edgeGeometry(box(0, 0), box(300, 0), 6);
    assert.equal(g.start.y, 6);
    assert.equal(g.end.y, 6);
  });
});

describe('path data', () => {
  it('writes a cubic Bézier and a closed triangle ending at the tip', () => {
    const g = edgeGeometry(box(0, 0), box(300, 0));
    assert.equal(edgePathData(g), 'M50 0C150 0 150 0 250 0');
    assert.match(arrowHeadData(g), /^M250 0L243 3\.5L243 -3\.5Z$/);
  });
});

describe('parallelOffsets', () => {
  it('spreads links between the same two boxes, whichever way they run; a single link stays central', () => {
    const o = parallelOffsets([
      { id: 'a', source: 'x', target: 'y' },
      { id: 'b', source: 'y', target: 'x' },
      { id: 'c', source: 'x', target: 'z' },
    ]);
    assert.equal(o.get('a'), -3);
    assert.equal(o.get('b'), 3);
    assert.equal(o.get('c'), 0);
  });
});

describe('canvasCurve', () => {
  // Cytoscape places a control point at start + weight × (end − start) + distance × n,
  // n being the line's unit normal (−dy, dx) / length: rebuilding the points must give
  // back the curve the SVG draws.
  const rebuild = (a: Placed, b: Placed) => {
    const c = canvasCurve(a, b);
    const px = (s: string) => s.split(' ').map((v) => Number(v.replace('px', '')));
    const [sx = 0, sy = 0] = px(c.sourceEndpoint);
    const [ex = 0, ey = 0] = px(c.targetEndpoint);
    const s = { x: a.x + sx, y: a.y + sy };
    const e = { x: b.x + ex, y: b.y + ey };
    const len = Math.hypot(e.x - s.x, e.y - s.y);
    const n = { x: -(e.y - s.y) / len, y: (e.x - s.x) / len };
    return c.weights.map((w, i) => ({
      x: s.x + w * (e.x - s.x) + (c.distances[i] ?? 0) * n.x,
      y: s.y + w * (e.y - s.y) + (c.distances[i] ?? 0) * n.y,
    }));
  };
  for (const [name, a, b] of [
    ['rightwards and down', box(0, 0), box(300, 120)],
    ['leftwards and up', box(300, 120), box(0, 0)],
    ['an arc in one column', box(0, 0), box(0, 200)],
  ] as const)
    it(name, () => {
      const g = edgeGeometry(a, b);
      const [c1, c2] = rebuild(a, b);
      assert.ok(c1 && c2);
      assert.ok(Math.abs(c1.x - g.c1.x) < 0.5 && Math.abs(c1.y - g.c1.y) < 0.5, JSON.stringify([c1, g.c1]));
      assert.ok(Math.abs(c2.x - g.c2.x) < 0.5 && Math.abs(c2.y - g.c2.y) < 0.5, JSON.stringify([c2, g.c2]));
    });
});
