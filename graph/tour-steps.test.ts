/** Where an idea appears in the tours, what follows a tour, and which ideas a tour is about. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextTour, tourIdeas, toursOf } from './tour-steps';

const tours = [
  { id: 'one', steps: [{ nodes: ['a', 'b'] }, { nodes: ['c'] }, { nodes: ['a'] }] },
  { id: 'two', steps: [{ nodes: ['c'] }, { nodes: ['d'] }] },
  { id: 'three', steps: [{ nodes: ['e'] }] },
];

describe('tours', () => {
  it('finds every step about an idea, tour by tour', () => {
    assert.deepEqual(toursOf(tours, 'a'), [{ tour: 'one', steps: [1, 3] }]);
    assert.deepEqual(toursOf(tours, 'c'), [
      { tour: 'one', steps: [2] },
      { tour: 'two', steps: [1] },
    ]);
    assert.deepEqual(toursOf(tours, 'zzz'), []);
  });

  it('offers the next tour, and the first after the last', () => {
    assert.equal(nextTour(tours, 'one')?.id, 'two');
    assert.equal(nextTour(tours, 'three')?.id, 'one');
    assert.equal(nextTour(tours, 'nope'), undefined);
    assert.equal(nextTour([tours[0] ?? { id: 'x', steps: [] }], 'one'), undefined);
  });

  it('lists a tour’s ideas once each, in the order it names them', () => {
    assert.deepEqual(tourIdeas(tours[0] ?? { id: 'x', steps: [] }), ['a', 'b', 'c']);
  });
});
