/**
 * The graphs pages hand to their pictures: a node's neighbourhood, and the same as a
 * small picture needs it (no summaries or sections to carry to the browser).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localGraph, pictureGraph } from './explorer-data';
import { nodeId } from './ids';
import { loadGraph } from './load';

const index = loadGraph();

describe('pictureGraph', () => {
  for (const id of ['emergence', 'bias', 'algorithm']) {
    it(`keeps ${id}'s neighbourhood whole — ideas, kinds, labels, levels, links — without summaries`, () => {
      const local = localGraph(index, nodeId(id));
      const picture = pictureGraph(local);
      assert.deepEqual(
        picture.nodes.map((n) => [n.id, n.kind, n.label, n.level]),
        local.nodes.map((n) => [n.id, n.kind, n.label, n.level]),
      );
      assert.deepEqual(picture.edges, local.edges);
      assert.ok(local.nodes.some((n) => n.summary.en !== ''));
      for (const n of picture.nodes) {
        assert.deepEqual(n.summary, { en: '', zh: '' });
        assert.equal(n.sections, undefined);
      }
    });
  }
});
