/**
 * The Gephi and Kumu CSV files read back with csv-parse (an independent CSV parser) and
 * imported into a new graphology graph: the same counts of nodes and edges as graph.json,
 * the columns each tool looks for, and Chinese text intact. A property test throws
 * arbitrary text (commas, quotes, line breaks, any Unicode) at the writer.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import Graphology from 'graphology';
import { z } from 'zod';
import { EDGE_RULES } from '../kinds';
import { Graph } from '../schema';
import { gephiEdgesCsv, gephiNodesCsv } from './gephi-csv';
import { duplicateLabels, kumuConnectionsCsv, kumuElementsCsv } from './kumu-csv';
import { GRAPHS, TEST_META, tinyGraph } from './testing';

const Rows = z.array(z.record(z.string(), z.string()));
const readCsv = (text: string) => Rows.parse(parse(text, { columns: true, bom: false, relax_quotes: false }));
const headerOf = (text: string) => z.array(z.array(z.string())).parse(parse(text, { to_line: 1 }))[0] ?? [];
const cell = (row: Record<string, string> | undefined, column: string) => {
  const v = row?.[column];
  if (v === undefined) throw new Error(`no column "${column}"`);
  return v;
};

for (const { name, graph: make } of GRAPHS) {
  describe(`Gephi CSV of ${name}`, () => {
    const graph = make();
    const nodesText = gephiNodesCsv(graph, TEST_META);
    const edgesText = gephiEdgesCsv(graph, TEST_META);
    const nodes = readCsv(nodesText);
    const edges = readCsv(edgesText);

    it('has the columns Gephi recognises, first', () => {
      assert.deepEqual(headerOf(nodesText).slice(0, 2), ['Id', 'Label']);
      assert.deepEqual(headerOf(edgesText).slice(0, 4), ['Source', 'Target', 'Type', 'Label']);
    });

    it('imports into a new graph with the same counts of nodes and edges as graph.json', () => {
      const g = new Graphology({ multi: true, type: 'mixed' });
      for (const row of nodes) g.addNode(cell(row, 'Id'), { label: cell(row, 'Label') });
      for (const row of edges) {
        const type = cell(row, 'Type');
        assert.ok(type === 'Directed' || type === 'Undirected', type);
        if (type === 'Directed') g.addDirectedEdge(cell(row, 'Source'), cell(row, 'Target'));
        else g.addUndirectedEdge(cell(row, 'Source'), cell(row, 'Target'));
      }
      assert.equal(g.order, graph.nodes.length);
      assert.equal(g.size, graph.edges.length);
      assert.equal(g.directedSize, graph.edges.filter((e) => EDGE_RULES[e.kind].directed).length);
    });

    it('keeps both labels and summaries, Chinese intact, and the version in every row', () => {
      const byId = new Map(nodes.map((r) => [cell(r, 'Id'), r]));
      for (const n of graph.nodes) {
        const row = byId.get(n.id);
        assert.deepEqual(
          [
            cell(row, 'Label'),
            cell(row, 'label_zh'),
            cell(row, 'summary_zh'),
            cell(row, 'kind'),
            cell(row, 'data_version'),
            cell(row, 'built'),
          ],
          [n.label.en, n.label.zh, n.summary.zh, n.kind, TEST_META.version, TEST_META.built],
        );
      }
    });

    it('labels each edge with its kind’s verb', () => {
      graph.edges.forEach((e, i) => {
        const row = edges[i];
        assert.deepEqual(
          [cell(row, 'Source'), cell(row, 'Target'), cell(row, 'Label'), cell(row, 'label_zh'), cell(row, 'stance')],
          [e.source, e.target, EDGE_RULES[e.kind].verbs.en.forward, EDGE_RULES[e.kind].verbs.zh.forward, e.stance],
        );
      });
    });
  });

  describe(`Kumu CSV of ${name}`, () => {
    const graph = make();
    const elementsText = kumuElementsCsv(graph, TEST_META);
    const connectionsText = kumuConnectionsCsv(graph, TEST_META);
    const elements = readCsv(elementsText);
    const connections = readCsv(connectionsText);

    it('has Kumu’s columns, first', () => {
      assert.deepEqual(headerOf(elementsText).slice(0, 4), ['Label', 'Type', 'Description', 'Tags']);
      assert.deepEqual(headerOf(connectionsText).slice(0, 3), ['From', 'To', 'Type']);
    });

    it('has one element per node with a unique label, and one connection per edge', () => {
      assert.equal(elements.length, graph.nodes.length);
      assert.equal(new Set(elements.map((r) => cell(r, 'Label'))).size, graph.nodes.length);
      assert.equal(connections.length, graph.edges.length);
    });

    it('joins every connection to its elements by label, as Kumu does', () => {
      const idOfLabel = new Map(elements.map((r) => [cell(r, 'Label'), cell(r, 'Framework ID')]));
      graph.edges.forEach((e, i) => {
        const row = connections[i];
        assert.deepEqual([idOfLabel.get(cell(row, 'From')), idOfLabel.get(cell(row, 'To'))], [e.source, e.target]);
      });
    });

    it('keeps the Chinese label and description beside the English', () => {
      graph.nodes.forEach((n, i) => {
        const row = elements[i];
        assert.deepEqual(
          [
            cell(row, 'Label'),
            cell(row, 'Label (zh)'),
            cell(row, 'Description'),
            cell(row, 'Description (zh)'),
            cell(row, 'Data version'),
          ],
          [n.label.en, n.label.zh, n.summary.en, n.summary.zh, TEST_META.version],
        );
      });
    });
  });
}

describe('Kumu label check', () => {
  it('finds no shared labels in the framework graph', () => {
    const graph = GRAPHS[0]?.graph();
    assert.ok(graph);
    assert.deepEqual(duplicateLabels(graph), []);
  });

  it('refuses a graph where two nodes share an English label', () => {
    const g = tinyGraph();
    const twin = Graph.parse({
      ...g,
      nodes: g.nodes.map((n) => (n.id === 'data' ? { ...n, label: { ...n.label, en: 'Sample bias' } } : n)),
    });
    assert.deepEqual(duplicateLabels(twin), ['Sample bias']);
    assert.throws(() => kumuElementsCsv(twin, TEST_META), /Sample bias/);
    assert.throws(() => kumuConnectionsCsv(twin, TEST_META), /Sample bias/);
  });
});

describe('CSV writing of arbitrary text', () => {
  it('reads back exactly what was written, whatever the text', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1 }).filter((s) => s.trim().length > 0);
    fc.assert(
      fc.property(text, text, text, (en, zh, summary) => {
        const base = tinyGraph();
        const [first] = base.nodes;
        assert.ok(first);
        const graph = Graph.parse({
          ...base,
          nodes: [{ ...first, label: { en, zh }, summary: { en: summary, zh: summary } }],
          edges: [],
        });
        // Compare with the parsed node: the schema trims labels, and that is not the writer's doing.
        const [node] = graph.nodes;
        const [row] = readCsv(gephiNodesCsv(graph, TEST_META));
        assert.deepEqual(
          [cell(row, 'Label'), cell(row, 'label_zh'), cell(row, 'summary_en')],
          [node?.label.en, node?.label.zh, node?.summary.en],
        );
      }),
      { numRuns: 200 },
    );
  });
});
