/** Chips name exactly what the filters hide, and removing one restores it. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filterChips, scopeOf } from './explore-chips';
import { DEFAULT_STATE } from './explore-state';
import { nodeId } from './ids';

describe('filterChips', () => {
  it('has none for the default view', () => assert.deepEqual(filterChips(DEFAULT_STATE), []));
  it('names each hidden kind, level, link kind and stance, and each undo restores it', () => {
    const state = {
      ...DEFAULT_STATE,
      kinds: DEFAULT_STATE.kinds.filter((k) => k !== 'case'),
      levels: DEFAULT_STATE.levels.filter((l) => l !== 'compute'),
      edges: DEFAULT_STATE.edges.filter((e) => e !== 'illustrates'),
      stance: DEFAULT_STATE.stance.filter((s) => s !== 'inferred'),
    };
    const chips = filterChips(state);
    assert.deepEqual(
      chips.map((c) => `${c.type}:${c.value}`),
      ['kind:case', 'level:compute', 'edge:illustrates', 'stance:inferred'],
    );
    for (const c of chips) assert.deepEqual(filterChips({ ...state, ...c.undo }).length, 3, c.key);
  });
  it('names a chosen section of the paper, and its undo shows every section again', () => {
    const chips = filterChips({ ...DEFAULT_STATE, section: '2.2.3' });
    assert.deepEqual(
      chips.map((c) => `${c.type}:${c.value}`),
      ['section:2.2.3'],
    );
    assert.deepEqual(filterChips({ ...DEFAULT_STATE, section: '2.2.3', ...chips[0]?.undo }), []);
  });
});

describe('scopeOf', () => {
  it('a shown focus comes first, then everything, then the main ideas with what is opened', () => {
    assert.deepEqual(scopeOf({ ...DEFAULT_STATE, show: 'all', depth: 2 }, 'bias'), {
      type: 'focus',
      id: 'bias',
      depth: 2,
    });
    assert.deepEqual(scopeOf({ ...DEFAULT_STATE, show: 'all' }, undefined), { type: 'all' });
    assert.deepEqual(scopeOf({ ...DEFAULT_STATE, open: [nodeId('bias')] }, undefined), {
      type: 'main',
      opened: ['bias'],
    });
  });
});
