import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { edgeIdOf, nodeId } from './ids';
import { EdgeId, NodeId } from './schema';

/** nodeId and edgeIdOf (no zod) accept exactly what the schema's NodeId and EdgeId accept. */
describe('ids written in code', () => {
  const samples = [
    'data-cleaning',
    'bias',
    'gpt-3',
    'a1-b2',
    '',
    'Data-cleaning',
    'data_cleaning',
    'data--cleaning',
    '-bias',
    'bias-',
    'bias ',
    '偏见',
    'x',
  ];
  for (const s of samples) {
    it(`nodeId(${JSON.stringify(s)}) agrees with NodeId.parse`, () => {
      const ok = NodeId.safeParse(s).success;
      if (ok) assert.equal(nodeId(s), s);
      else assert.throws(() => nodeId(s), /is not a node id: an id is a kebab-case English slug/);
    });
    it(`edgeIdOf(${JSON.stringify(s)}) agrees with EdgeId.parse`, () => {
      const ok = EdgeId.safeParse(s).success;
      if (ok) assert.equal(edgeIdOf(s), s);
      else assert.throws(() => edgeIdOf(s));
    });
  }
  it('rejects what the schema rejects, among them an uppercase slug and an empty edge id', () => {
    assert.throws(() => nodeId('Bias'));
    assert.throws(() => edgeIdOf(''));
  });
});
