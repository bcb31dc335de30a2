/**
 * graph.graphml read back by graphology-graphml, a GraphML reader that shares no code with
 * the XML builder that wrote it: same nodes and edges, typed attributes cast to their
 * declared types, both labels intact, direction per edge, version and build date kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Graphology from 'graphology';
import { parse } from 'graphology-graphml';
import { z } from 'zod';
import { EDGE_RULES } from '../kinds';
import { joinList } from './flat';
import { GRAPHML_EDGE_ATTRIBUTES, GRAPHML_NODE_ATTRIBUTES, toGraphml } from './graphml';
import { GRAPHS, TEST_META } from './testing';

const NodeAttrs = z.object({
  label: z.string(),
  kind: z.string(),
  label_en: z.string(),
  label_zh: z.string(),
  summary_en: z.string(),
  summary_zh: z.string(),
  level: z.string().optional(),
  aliases_zh: z.string().optional(),
});
const EdgeAttrs = z.object({
  kind: z.string(),
  label_en: z.string(),
  stance: z.string(),
  directed: z.boolean(),
  note_zh: z.string().optional(),
});
const GraphAttrs = z.object({ version: z.string(), built: z.string(), title: z.string(), title_zh: z.string() });

describe('GraphML key declarations', () => {
  it('declare kind, labels in both languages, level and stance', () => {
    for (const name of ['kind', 'label_en', 'label_zh', 'level'])
      assert.ok(GRAPHML_NODE_ATTRIBUTES.includes(name), name);
    for (const name of ['kind', 'stance', 'label_en', 'label_zh'])
      assert.ok(GRAPHML_EDGE_ATTRIBUTES.includes(name), name);
  });
});

for (const { name, graph: make } of GRAPHS) {
  describe(`graph.graphml of ${name}`, () => {
    const graph = make();
    const xml = toGraphml(graph, TEST_META);
    const read = parse(Graphology, xml);

    it('reads back with every node and edge', () => {
      assert.equal(read.order, graph.nodes.length);
      assert.equal(read.size, graph.edges.length);
    });

    it('keeps each node’s attributes, Chinese intact', () => {
      for (const n of graph.nodes) {
        const a = NodeAttrs.parse(read.getNodeAttributes(n.id));
        assert.deepEqual(
          [a.label, a.kind, a.label_en, a.label_zh, a.summary_en, a.summary_zh, a.level, a.aliases_zh],
          [
            n.label.en,
            n.kind,
            n.label.en,
            n.label.zh,
            n.summary.en,
            n.summary.zh,
            n.level,
            n.aliases && n.aliases.zh.length > 0 ? joinList(n.aliases.zh) : undefined,
          ],
        );
      }
    });

    it('keeps each edge’s ends, kind and stance, and its direction as a typed boolean', () => {
      for (const e of graph.edges) {
        assert.ok(read.hasEdge(e.id), e.id);
        assert.deepEqual([read.source(e.id), read.target(e.id)], [e.source, e.target]);
        assert.equal(read.isDirected(e.id), EDGE_RULES[e.kind].directed, `${e.id} direction`);
        const a = EdgeAttrs.parse(read.getEdgeAttributes(e.id));
        assert.deepEqual(
          [a.kind, a.label_en, a.stance, a.directed, a.note_zh],
          [e.kind, EDGE_RULES[e.kind].verbs.en.forward, e.stance, EDGE_RULES[e.kind].directed, e.note?.zh],
        );
      }
    });

    it('carries the data version and build date as graph attributes', () => {
      const a = GraphAttrs.parse(read.getAttributes());
      assert.deepEqual([a.version, a.built], [TEST_META.version, TEST_META.built]);
      assert.deepEqual([a.title, a.title_zh], [TEST_META.title.en, TEST_META.title.zh]);
    });
  });
}
