/**
 * npm run bench:graph — how the explorer's canvas scales. Synthetic graphs of 150, 1,500
 * and 5,000 nodes (about two edges per node) are drawn in headless Chromium by the
 * explorer's GraphCanvas and by a bare cytoscape page with the same layout (the floor),
 * in the same run; we report the median time to first render and to a finished
 * (interactive) layout, and their ratios to the floor.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import type { ExplorerGraph } from '../graph/explorer-data';
import { EdgeId, NODE_KINDS, NodeId } from '../graph/schema';

export const SIZES = (process.env.BENCH_SIZES ?? '150,1500,5000').split(',').map(Number);
export const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const OUT = path.join(process.cwd(), '.bench');

/** A reproducible random graph: a random tree plus as many extra edges again. */
export function syntheticGraph(n: number, seed = 42): ExplorerGraph {
  let s = seed;
  const rand = () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const id = (s: string) => NodeId.parse(s);
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: id(`n${i}`),
    kind: NODE_KINDS[i % (NODE_KINDS.length - 1)] ?? 'concept',
    label: { en: `Node ${i}`, zh: `节点 ${i}` },
    summary: { en: '', zh: '' },
  }));
  const edges: ExplorerGraph['edges'] = [];
  for (let i = 1; i < n; i++) {
    edges.push({
      id: EdgeId.parse(`t${i}`),
      source: id(`n${Math.floor(rand() * i)}`),
      target: id(`n${i}`),
      kind: 'gives-rise-to',
      stance: 'stated',
    });
    const j = Math.floor(rand() * n);
    if (j !== i)
      edges.push({
        id: EdgeId.parse(`x${i}`),
        source: id(`n${i}`),
        target: id(`n${j}`),
        kind: 'part-of',
        stance: i % 5 === 0 ? 'inferred' : 'stated',
      });
  }
  return { nodes, edges };
}

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    minify: true,
    format: 'iife',
    platform: 'browser',
    jsx: 'automatic',
    // Every variable the site's modules read at build time (components/paths.ts): a bare
    // page has no \`process\`, and one left unset stops the page before it draws.
    define: {
      'process.env.NODE_ENV': '"production"',
      'process.env.NEXT_PUBLIC_BASE_PATH': '""',
      'process.env.SITE_URL': '"http://localhost:3000"',
    },
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

const PAGE_CSS = `
  :root { --bg:#fff; --fg:#1b1f24; --muted:#4f5863; --focus:#b35900; --link:#0b5cad; }
  html, body { margin: 0; } #root { position: relative; width: 1200px; height: 800px; }
  .canvas-inner { position: absolute; inset: 0; }`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** One graph size: the explorer's canvas against the bare cytoscape floor, medians in ms. */
export interface GraphBenchRow {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  floorFirstRenderMs: number;
  firstRenderRatio: number;
  layoutMs: number;
  floorLayoutMs: number;
  layoutRatio: number;
}

/** Runs the benchmark (used by `npm run bench` too) and returns one row per graph size. */
export async function runGraphBench({
  sizes = SIZES,
  runs = RUNS,
}: { sizes?: readonly number[]; runs?: number } = {}): Promise<GraphBenchRow[]> {
  const [ours, bare] = await Promise.all([bundle('bench/graph-entry.tsx'), bundle('bench/bare-entry.ts')]);
  const executablePath = CHROMIUM_PATH;
  const browser = await chromium.launch({
    ...(fs.existsSync(executablePath) ? { executablePath } : {}),
    args: CHROMIUM_ARGS,
  });
  const rows: { nodes: number; edges: number; page: string; firstRender: number; layout: number }[] = [];
  // Closed on failure too: `npm run bench` goes on to other work after this.
  try {
    for (const n of sizes) {
      const graph = syntheticGraph(n);
      const html = `<!doctype html><html><head><style>${PAGE_CSS}</style></head><body><div id="root"></div><script>window.__BENCH_GRAPH__=${JSON.stringify(graph)}</script></body></html>`;
      for (const [name, code] of [
        ['bare cytoscape', bare],
        ['explorer canvas', ours],
      ] as const) {
        const firsts: number[] = [];
        const layouts: number[] = [];
        for (let r = 0; r < runs; r++) {
          const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
          // A script error on the page fails the run at once, with its message, instead of
          // waiting out the timeout for a result that will never come.
          const failed = new Promise<never>((_, reject) =>
            page.once('pageerror', (e) => reject(new Error(`bench:graph — ${name}, ${n} nodes: ${e.message}`))),
          );
          await page.setContent(html);
          await page.addScriptTag({ content: code });
          const result = await Promise.race([
            page.waitForFunction(() => window.__BENCH_RESULT__, undefined, { timeout: 300_000, polling: 50 }),
            failed,
          ]);
          const { firstRender, layout } = (await result.jsonValue()) as { firstRender: number; layout: number };
          firsts.push(firstRender);
          layouts.push(layout);
          await page.close();
        }
        rows.push({
          nodes: n,
          edges: graph.edges.length,
          page: name,
          firstRender: median(firsts),
          layout: median(layouts),
        });
      }
    }
  } finally {
    await browser.close();
  }

  return sizes.map((n) => {
    const floor = rows.find((r) => r.nodes === n && r.page === 'bare cytoscape');
    const app = rows.find((r) => r.nodes === n && r.page === 'explorer canvas');
    if (!floor || !app) throw new Error(`missing measurements for ${n} nodes`);
    return {
      nodes: n,
      edges: app.edges,
      firstRenderMs: Math.round(app.firstRender),
      floorFirstRenderMs: Math.round(floor.firstRender),
      firstRenderRatio: +(app.firstRender / floor.firstRender).toFixed(2),
      layoutMs: Math.round(app.layout),
      floorLayoutMs: Math.round(floor.layout),
      layoutRatio: +(app.layout / floor.layout).toFixed(2),
    };
  });
}

async function main() {
  const table = await runGraphBench();
  console.log(`\nbench:graph — median of ${RUNS} runs, headless Chromium, ${new Date().toISOString()}`);
  console.table(table);
  fs.mkdirSync(OUT, { recursive: true });
  fs.writeFileSync(
    path.join(OUT, 'graph.json'),
    `${JSON.stringify({ runs: RUNS, date: new Date().toISOString(), results: table }, null, 2)}\n`,
  );
  console.log(`written to ${path.relative(process.cwd(), path.join(OUT, 'graph.json'))}`);
}

// Run as a command (`npm run bench:graph`), not when `npm run bench` imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
