/**
 * The review list (graph/review.yaml) records the full read of issue 13: one row per node,
 * one per tour. A node or tour added without a row, a row for an id that no longer exists,
 * or a row listed twice fails here, so the list keeps covering the whole graph.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { loadGraph } from './load';

interface NodeRow {
  id: string;
  read: string[];
  finding: string;
  changes: string;
}
interface TourRow {
  tour: string;
  finding: string;
}

const root = process.cwd();
const review = parse(fs.readFileSync(path.join(root, 'graph/review.yaml'), 'utf8')) as {
  nodes: NodeRow[];
  tours: TourRow[];
};

/** Ids listed more than once. */
function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

describe('the review list', () => {
  const nodeIds = loadGraph().graph.nodes.map((n) => String(n.id));
  const listed = review.nodes.map((row) => row.id);

  it('has a row for every node', () => {
    const missing = nodeIds.filter((id) => !listed.includes(id));
    assert.deepEqual(missing, [], `nodes without a row in graph/review.yaml: ${missing.join(', ')}`);
  });

  it('has no row for an unknown node', () => {
    const unknown = listed.filter((id) => !nodeIds.includes(id));
    assert.deepEqual(unknown, [], `rows for ids the graph does not have: ${unknown.join(', ')}`);
  });

  it('lists each node once', () => assert.deepEqual(duplicates(listed), []));

  it('records what was read and what was found for each node', () => {
    for (const row of review.nodes) {
      for (const part of ['summary', 'explanation.en', 'explanation.zh', 'edges']) {
        assert.ok(row.read.includes(part), `${row.id}: read lacks ${part}`);
      }
      assert.ok(row.finding.trim().length > 0, `${row.id}: no finding`);
      assert.ok(row.changes.trim().length > 0, `${row.id}: no changes entry (write "none")`);
    }
  });

  it('has one row for every tour', () => {
    const tours = fs
      .readdirSync(path.join(root, 'content/tours'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const rows = review.tours.map((row) => row.tour);
    assert.deepEqual(duplicates(rows), []);
    assert.deepEqual([...rows].sort(), tours);
  });
});
