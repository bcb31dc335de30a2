/** Neighbourhoods and arrow-key moves on a grid small enough to check by hand. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { neighbourhood, nextInDirection, type Direction, type Spot } from './highlight';

describe('neighbourhood', () => {
  const links = [
    { id: 'ab', source: 'a', target: 'b' },
    { id: 'ca', source: 'c', target: 'a' },
    { id: 'cd', source: 'c', target: 'd' },
  ];
  it('takes links both ways round, and nothing further', () => {
    const n = neighbourhood(links, 'a');
    assert.deepEqual([...n.nodes].sort(), ['a', 'b', 'c']);
    assert.deepEqual([...n.edges].sort(), ['ab', 'ca']);
  });
  it('an idea without links is its own neighbourhood', () =>
    assert.deepEqual([...neighbourhood(links, 'z').nodes], ['z']));
});

describe('nextInDirection', () => {
  // Two columns: a1 a2 a3 at x = 0, b1 b2 at x = 200 (b1 level with a1, b2 between a2 and a3).
  const spots: Spot[] = [
    { id: 'a1', x: 0, y: 0 },
    { id: 'a2', x: 0, y: 40 },
    { id: 'a3', x: 0, y: 80 },
    { id: 'b1', x: 200, y: 0 },
    { id: 'b2', x: 200, y: 60 },
  ];
  const cases: [string | undefined, Direction, string | undefined][] = [
    [undefined, 'down', 'a1'],
    ['a1', 'down', 'a2'],
    ['a2', 'down', 'a3'],
    ['a3', 'down', undefined],
    ['a2', 'up', 'a1'],
    ['a1', 'right', 'b1'],
    ['a3', 'right', 'b2'],
    ['b2', 'left', 'a2'],
    ['b1', 'right', undefined],
    ['gone', 'left', 'a1'],
  ];
  for (const [from, dir, to] of cases)
    it(`${from ?? 'nothing'} ${dir} → ${to ?? 'stays'}`, () => assert.equal(nextInDirection(spots, from, dir), to));
});
