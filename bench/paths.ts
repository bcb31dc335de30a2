/**
 * npm run bench:paths — how long the path finder takes to answer (graph/argument-paths.ts),
 * over every pair of ideas the explorer shows by default (about 25,000), with and without
 * the hubs switch: the first answer (which builds the walk graph once), then the median,
 * 95th percentile and worst of the rest. One undirected cytoscape A* per pair, the
 * explorer's previous shortest path, is measured in the same run as the floor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findArgumentPaths } from '../graph/argument-paths';
import { DEFAULT_STATE } from '../graph/explore-state';
import { explorerGraph } from '../graph/explorer-data';
import { loadGraph } from '../graph/load';
import { headless } from '../graph/view';

/** Every `STRIDE`-th pair is timed (1: all of them). */
const STRIDE = Number(process.env.BENCH_STRIDE ?? 1);

function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const round = (x: number) => Math.round(x * 100) / 100;

export interface PathBenchRow {
  search: string;
  pairs: number;
  'first ms': number;
  'p50 ms': number;
  'p95 ms': number;
  'max ms': number;
}

export function runPathBench(): PathBenchRow[] {
  const graph = explorerGraph(loadGraph());
  const nodes = graph.nodes.filter((n) => DEFAULT_STATE.kinds.includes(n.kind));
  const visible = {
    nodeIds: new Set<string>(nodes.map((n) => n.id)),
    edgeIds: new Set<string>(graph.edges.filter((e) => DEFAULT_STATE.edges.includes(e.kind)).map((e) => e.id)),
  };
  const pairs: [string, string][] = [];
  let k = 0;
  for (const a of nodes) for (const b of nodes) if (a !== b && k++ % STRIDE === 0) pairs.push([a.id, b.id]);

  const measure = (search: string, run: (from: string, to: string) => unknown): PathBenchRow => {
    const samples: number[] = [];
    for (const [from, to] of pairs) {
      const t0 = performance.now();
      run(from, to);
      samples.push(performance.now() - t0);
    }
    const [first = NaN, ...rest] = samples;
    return {
      search,
      pairs: pairs.length,
      'first ms': round(first),
      'p50 ms': round(percentile(rest, 50)),
      'p95 ms': round(percentile(rest, 95)),
      'max ms': round(Math.max(...rest)),
    };
  };

  const cy = headless(graph);
  const eles = cy.elements();
  const floor = measure('floor: one undirected A*', (from, to) =>
    eles.aStar({ root: eles.getElementById(from), goal: eles.getElementById(to), directed: false }),
  );
  const off = measure('chains, else connection', (from, to) =>
    findArgumentPaths(graph, from, to, { hubs: false, visible }),
  );
  const on = measure('… with hubs=1', (from, to) => findArgumentPaths(graph, from, to, { hubs: true, visible }));
  return [floor, off, on];
}

function main() {
  const rows = runPathBench();
  console.log(`\nbench:paths — ${new Date().toISOString()}`);
  console.table(rows);
  const out = path.join(process.cwd(), '.bench');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'paths.json'),
    `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
  );
  console.log('written to .bench/paths.json');
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
