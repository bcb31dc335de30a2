/**
 * graph.cyjs read back by Cytoscape.js itself (headless), the library whose format it is:
 * same nodes and edges, both languages' labels intact, the version and build date kept.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import cytoscape from 'cytoscape';
import { z } from 'zod';
import { EDGE_RULES } from '../kinds';
import { cyjsText } from './cyjs';
import { GRAPHS, TEST_META } from './testing';

const Header = z.object({
  format_version: z.string(),
  data: z.object({ version: z.string(), built: z.string() }),
  elements: z.object({
    nodes: z.array(z.object({ data: z.looseObject({ id: z.string() }) })),
    edges: z.array(z.object({ data: z.looseObject({ id: z.string(), source: z.string(), target: z.string() }) })),
  }),
});
const NodeData = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  label_en: z.string(),
  label_zh: z.string(),
  level: z.string(),
});
const EdgeData = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  interaction: z.string(),
  stance: z.string(),
  directed: z.boolean(),
});

for (const { name, graph: make } of GRAPHS) {
  describe(`graph.cyjs of ${name}`, () => {
    const graph = make();
    const doc = Header.parse(JSON.parse(cyjsText(graph, TEST_META)));
    const cy = cytoscape({ headless: true, elements: doc.elements });

    it('loads into Cytoscape with every node and edge', () => {
      assert.equal(cy.nodes().length, graph.nodes.length);
      assert.equal(cy.edges().length, graph.edges.length);
    });

    it('keeps each node’s kind, level and both labels', () => {
      for (const n of graph.nodes) {
        const data = NodeData.parse(cy.getElementById(n.id).data());
        assert.deepEqual(
          { name: data.name, kind: data.kind, en: data.label_en, zh: data.label_zh, level: data.level },
          { name: n.label.en, kind: n.kind, en: n.label.en, zh: n.label.zh, level: n.level ?? '' },
        );
      }
    });

    it('keeps each edge’s ends, kind, stance and direction', () => {
      for (const e of graph.edges) {
        const data = EdgeData.parse(cy.getElementById(e.id).data());
        assert.deepEqual(
          [data.source, data.target, data.interaction, data.stance, data.directed],
          [e.source, e.target, e.kind, e.stance, EDGE_RULES[e.kind].directed],
        );
      }
    });

    it('carries the data version and build date', () => {
      assert.equal(doc.format_version, '1.0');
      assert.equal(doc.data.version, TEST_META.version);
      assert.equal(doc.data.built, TEST_META.built);
    });
  });
}
