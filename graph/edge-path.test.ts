/** The curves of links between boxes: they leave and enter the facing sides, level. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Placed } from './argument-layout';
import { arrowHeadData, edgeGeometry, edgeMidpoint, edgePathData, parallelOffsets } from './edge-path';

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
