/**
 * npm run bench:search — size of the search indexes and query latency. Latency is that of
 * `answer()`, what the palette and the search page run on every keystroke (ranking, the
 * results of each term, intent, suggestions), over the real index and over a synthetic
 * index of 10,000 ideas with explanation bodies, for our searcher and for a bare fuse.js
 * search over the same records (the floor), in the same run.
 *
 * `-- --check` exits non-zero when a figure breaks its budget (bench/budgets.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { readContentFiles } from '../content/load';
import { loadGraph } from '../graph/load';
import { createSearcher, type BodyIndex, type CoreIndex } from '../graph/search';
import { buildBodyIndex, buildCoreIndex } from '../graph/search-build';
import { searchChecks, type Check } from './budgets';
import { GZIP_LEVEL } from './first-load';

/** Single words and names, then the phrases and questions readers type (both languages). */
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
  'yinsi',
  'ys',
  'tongyongmoxing',
  'homogenisation',
  'toxcity',
  'privcy',
  'surroundings',
  '长臂猿',
  'Perspective API',
  '2.2.1',
  'privacy measures',
  'homogenization vs emergence',
  'what limits data cleaning',
  'how does homogenization spread bias',
  'energy consumption of training',
  '隐私的治理措施',
  '涌现性和同质性的区别',
  '数据清洗有哪些局限',
  '什么是镜像效应',
  'crocodile',
  'privasy measurs',
];
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** The results the palette shows (and so builds) for each query: components/search/palette-options.ts. */
const PALETTE_RESULTS = 8;
export const SYNTHETIC_IDEAS = 10_000;

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

interface Timing {
  p50: number;
  p95: number;
  /** The same percentiles of the CPU time each query took (this process, all its threads). */
  cpuP50: number;
  cpuP95: number;
}

/**
 * Times each query, `rounds` times over. Wall-clock time is what a reader waits; on a
 * machine shared with other work it also counts the time other processes held the CPU,
 * so the CPU time each query took is measured beside it.
 */
function time(fn: (q: string) => unknown, rounds: number): Timing {
  for (const q of QUERIES) fn(q); // warm up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      fn(q);
      wall.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return {
    p50: percentile(wall, 50),
    p95: percentile(wall, 95),
    cpuP50: percentile(cpu, 50),
    cpuP95: percentile(cpu, 95),
  };
}

/**
 * An index of `n` ideas shaped like the real ones: the real records repeated with numbered
 * labels, each with an explanation body — the words of its own explanation and of the
 * next idea's, plus a number of its own — so phrase search has as many words per idea to
 * go through as on the real site, and more.
 */
export function synthetic(core: CoreIndex, body: BodyIndex, n: number): { core: CoreIndex; body: BodyIndex } {
  const real = core.records;
  const records = Array.from({ length: n }, (_, i) => {
    const r = real[i % real.length];
    if (!r) throw new Error('no records');
    return { ...r, id: `${r.id}-${i}`, labelEn: `${r.labelEn} ${i}`, labelZh: `${r.labelZh}${i}`, section: undefined };
  });
  const synthBody: BodyIndex = {};
  records.forEach((r, i) => {
    const own = body[real[i % real.length]?.id ?? ''] ?? { en: [], zh: [] };
    const next = body[real[(i + 1) % real.length]?.id ?? ''] ?? { en: [], zh: [] };
    synthBody[r.id] = { en: [...own.en, ...next.en, `w${i}`], zh: [...own.zh, ...next.zh] };
  });
  return {
    core: { ...core, version: 'synthetic', records, governance: {}, limits: {}, responses: {} },
    body: synthBody,
  };
}

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
const round = (x: number) => +x.toFixed(3);
const gzipKB = (json: string) => kb(gzipSync(json, { level: GZIP_LEVEL }).length);

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
  'cpu p50 ms': number;
  'cpu p95 ms': number;
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
  // What the build publishes once every page search links to exists (sections included).
  const realCore = buildCoreIndex(index, index.graph.version, { pages: { compare: true, paper: true } });
  const body = buildBodyIndex(readContentFiles().files);
  const coreJson = JSON.stringify(realCore);
  const bodyJson = JSON.stringify(body);
  const big = synthetic(realCore, body, SYNTHETIC_IDEAS);

  const latency: SearchLatencyRow[] = [];
  for (const [name, core, b] of [
    ['real graph', realCore, body],
    [`synthetic ${SYNTHETIC_IDEAS.toLocaleString('en')}`, big.core, big.body],
  ] as const) {
    const ours = createSearcher(core, b);
    // The floor: fuse.js as it comes, over the same records and fields, index prebuilt.
    const keys = ['labelEn', 'aliasesEn', 'labelZh', 'aliasesZh', 'summaryEn', 'summaryZh'];
    const bare = new Fuse(core.records, { keys }, Fuse.createIndex(keys, core.records));
    // What the palette runs on each keystroke: the answer with the results it shows.
    const a = time((q) => ours.answer(q, 'en', { limit: PALETTE_RESULTS }), rounds);
    // The floor takes most of a second per query at 10,000 records: a few rounds tell its figure.
    const f = time((q) => bare.search(q, { limit: 40 }), name === 'real graph' ? rounds : Math.min(rounds, 3));
    latency.push({
      index: name,
      records: core.records.length,
      'p50 ms': round(a.p50),
      'p95 ms': round(a.p95),
      'cpu p50 ms': round(a.cpuP50),
      'cpu p95 ms': round(a.cpuP95),
      'bare fuse p50 ms': round(f.p50),
      'bare fuse p95 ms': round(f.p95),
      'p95 ratio': +(a.p95 / f.p95).toFixed(2),
    });
  }

  const sizes = {
    coreRawKB: kb(Buffer.byteLength(coreJson)),
    coreGzipKB: gzipKB(coreJson),
    bodyRawKB: kb(Buffer.byteLength(bodyJson)),
    bodyGzipKB: gzipKB(bodyJson),
  };
  return { sizes, latency };
}

function main() {
  const check = process.argv.includes('--check');
  const { sizes, latency } = runSearchBench();
  console.log(`\nbench:search — ${QUERIES.length} queries × ${ROUNDS} rounds, ${new Date().toISOString()}`);
  console.table([sizes]);
  console.table(latency);
  const checks: Check[] = searchChecks(sizes, latency);
  console.table(checks);
  const out = path.join(process.cwd(), '.bench');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(
    path.join(out, 'search.json'),
    `${JSON.stringify({ date: new Date().toISOString(), sizes, latency, checks }, null, 2)}\n`,
  );
  console.log('written to .bench/search.json');
  const breaches = checks.filter((c) => !c.ok);
  if (check && breaches.length > 0) {
    console.error(`✘ ${breaches.length} of ${checks.length} search budget checks failed`);
    process.exit(1);
  }
  if (check) console.log(`✔ ${checks.length} of ${checks.length} search budget checks hold`);
}

// Run as a command (`npm run bench:search`), not when `npm run bench` imports it.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
