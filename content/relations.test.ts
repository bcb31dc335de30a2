/** The relations page names real nodes (the formulas are checked verbatim by `npm run check`). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadGraph } from '../graph/load';
import { IHDE_RELATIONS, REFRAMING } from './relations';

const entries = [...IHDE_RELATIONS, REFRAMING.from, REFRAMING.to];

describe('relations page data', () => {
  it('names only nodes that exist, of the right kinds', () => {
    const index = loadGraph();
    for (const e of entries) {
      assert.equal(index.node.get(e.id)?.kind, 'relation', e.id);
      if (e.example) assert.equal(index.node.get(e.example)?.kind, 'case', e.example);
    }
  });
});
