/**
 * npm run bench:search — size of the search indexes and query latency. Latency is measured
 * over the real index and over a synthetic 10,000-node index, for our searcher and for a
 * bare fuse.js search over the same records (the floor), in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { readContentFiles } from '../content/load';
import { loadGraph } from '../graph/load';
import { createSearcher, type CoreIndex, type SearchRecord } from '../graph/search';
import { buildBodyIndex, buildCoreIndex, searchRecords } from '../graph/search-build';

export const QUERIES = [
  '隐私',
  '偏见',
  '涌现性',
  '镜像效应',
  '通用模型',
  'bias',
  'privacy',
  'foundation model',
  'mirroring',
  'long tail',
  'yinsi',
  'ys',
  'tongyongmoxing',
  'homogenisation',
  'toxcity',
  'privcy',
  'surroundings',
  '长臂猿',
  'staged release',
  'Perspective API',
];
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

function time(fn: (q: string) => unknown, rounds: number): { p50: number; p95: number } {
  for (const q of QUERIES) fn(q); // warm up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const t0 = performance.now();
      fn(q);
      samples.push(performance.now() - t0);
    }
  }
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** 10,000 records shaped like the real ones: the real records repeated with numbered labels. */
function synthetic(records: SearchRecord[], n: number): SearchRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const r = records[i % records.length];
    if (!r) throw new Error('no records');
    return { ...r, id: `${r.id}-${i}`, labelEn: `${r.labelEn} ${i}`, labelZh: `${r.labelZh}${i}` };
  });
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
const round = (x: number) => +x.toFixed(3);

export interface SearchBenchSizes {
  coreRawKB: number;
  coreGzipKB: number;
  bodyRawKB: number;
  bodyGzipKB: number;
}

/** Latency over one index, ours and the bare fuse.js floor; the keys are the table's columns. */
export interface SearchLatencyRow {
  index: string;
  records: number;
  'p50 ms': number;
  'p95 ms': number;
  'bare fuse p50 ms': number;
  'bare fuse p95 ms': number;
  'p95 ratio': number;
}

/** Runs the benchmark (used by `npm run bench` too): index sizes and latency rows. */
export function runSearchBench({ rounds = ROUNDS }: { rounds?: number } = {}): {
  sizes: SearchBenchSizes;
  latency: SearchLatencyRow[];
} {
  const index = loadGraph();
  const records = searchRecords(index);
  const realCore = buildCoreIndex(records, index.graph.version);
  const body = buildBodyIndex(readContentFiles().files);
  const coreJson = JSON.stringify(realCore);
  const bodyJson = JSON.stringify(body);

  const latency: SearchLatencyRow[] = [];
  for (const [name, core] of [
    ['real graph', realCore],
    ['synthetic 10,000', buildCoreIndex(synthetic(records, 10_000), 'synthetic')],
  ] as [string, CoreIndex][]) {
    const ours = createSearcher(core, name === 'real graph' ? body : undefined);
    // The floor: fuse.js as it comes, over the same records and fields, index prebuilt.
    const keys = ['labelEn', 'aliasesEn', 'labelZh', 'aliasesZh', 'summaryEn', 'summaryZh'];
    const bare = new Fuse(core.records, { keys }, Fuse.createIndex(keys, core.records));
    const a = time((q) => ours.search(q, 'en'), rounds);
    const b = time((q) => bare.search(q, { limit: 40 }), rounds);
    latency.push({
      index: name,
      records: core.records.length,
      'p50 ms': round(a.p50),
      'p95 ms': round(a.p95),
      'bare fuse p50 ms': round(b.p50),
      'bare fuse p95 ms': round(b.p95),
      'p95 ratio': +(a.p95 / b.p95).toFixed(2),
    });
  }

  const sizes = {
    coreRawKB: kb(Buffer.byteLength(coreJson)),
    coreGzipKB: kb(gzipSync(coreJson).length),
    bodyRawKB: kb(Buffer.byteLength(bodyJson)),
    bodyGzipKB: kb(gzipSync(bodyJson).length),
  };
  return { sizes, latency };
}

function main() {
  const { sizes, latency } = runSearchBench();
  console.log(`\nbench:search — ${QUERIES.length} queries × ${ROUNDS} rounds, ${new Date().toISOString()}`);
  console.table([sizes]);
  console.table(latency);
  const out = path.join(process.cwd(), '.bench');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'search.json'),
    `${JSON.stringify({ date: new Date().toISOString(), sizes, latency }, null, 2)}\n`,
  );
  console.log('written to .bench/search.json');
}

// Run as a command (`npm run bench:search`), not when `npm run bench` imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
