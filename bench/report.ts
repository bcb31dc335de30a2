/**
 * The one table `npm run bench` prints: every figure of every benchmark as a row of
 * area, subject, figures, budget and result. A row's budget and result cells list its
 * checks line by line, so each verdict stands beside the promise it is about.
 */
import { firstLoadChecks, htmlChecks, kb, lighthouseChecks, searchChecks, type Check } from './budgets';
import type { KindSummary, PageSize, Weight } from './first-load';
import type { GraphBenchRow } from './graph';
import { CATEGORIES, type LighthouseRun } from './lighthouse';
import type { SearchBenchSizes, SearchLatencyRow } from './search';
import type { Row } from './table';

export const COLUMNS = ['area', 'subject', 'figures', 'budget', 'result'] as const;

export interface TableRow extends Row {
  area: string;
  subject: string;
  figures: string;
  budget: string;
  result: string;
}

/** A table row and the checks behind its verdict. */
export interface Reported {
  row: TableRow;
  checks: Check[];
}

const NO_BUDGET = '—';
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const weight = (w: Weight): string => `${kb(w.raw)} raw · ${kb(w.gzip)} gzip`;

function reported(
  area: string,
  subject: string,
  figures: string,
  checks: Check[],
  note?: { budget: string; result: string },
): Reported {
  const budget = checks.length > 0 ? checks.map((c) => c.budget).join('\n') : (note?.budget ?? NO_BUDGET);
  const result =
    checks.length > 0 ? checks.map((c) => (c.ok ? 'ok' : 'BREACH')).join('\n') : (note?.result ?? NO_BUDGET);
  return { row: { area, subject, figures, budget, result }, checks };
}

export function buildRows(buildMs: number | undefined, floorBuildMs: number): Reported[] {
  return [
    reported(
      'build',
      'static export (npm run build)',
      buildMs === undefined ? 'not measured (--no-build: out/ reused)' : `${seconds(buildMs)} wall clock`,
      [],
    ),
    reported('build', 'floor app (next build)', `${seconds(floorBuildMs)} wall clock`, []),
  ];
}

const many = (k: KindSummary): boolean => k.kind.id === 'node' || k.kind.id === 'tour';

function cytoscapeFigure(k: KindSummary): string {
  const { firstLoad, lazy } = k.cytoscape;
  const of = many(k) ? ` of ${k.pages} pages` : '';
  if (firstLoad > 0) return `cytoscape: in first-load JS${many(k) ? ` on ${firstLoad}${of}` : ''}`;
  if (lazy > 0) return `cytoscape: loaded later on demand (next/dynamic)${many(k) ? ` on ${lazy}${of}` : ''}`;
  return 'cytoscape: none';
}

const skipped = (k: KindSummary, area: string): Reported =>
  reported(area, k.kind.label, 'skipped: no such page in out/ (being built on another branch)', [], {
    budget: NO_BUDGET,
    result: 'skipped',
  });

export function firstLoadRows(kinds: readonly KindSummary[], floor: PageSize): Reported[] {
  const area = 'first-load JS';
  const rows = [
    reported(
      area,
      'floor: empty Next.js page\n(same next/react, built this run)',
      `${weight(floor.js)}\n${floor.chunks.length} chunks`,
      [],
    ),
  ];
  for (const k of kinds) {
    if (!k.js) {
      rows.push(
        k.kind.optional
          ? skipped(k, area)
          : reported(area, k.kind.label, 'no such page in out/', firstLoadChecks(k, floor)),
      );
      continue;
    }
    const subject = many(k) ? `${k.kind.label}\nlargest of ${k.pages}: ${k.js.url}` : k.kind.label;
    const over = k.js.gzip - floor.js.gzip;
    const figures = `${weight(k.js)}\nfloor ${over >= 0 ? '+' : '−'}${kb(Math.abs(over))} gzip\n${cytoscapeFigure(k)}`;
    rows.push(reported(area, subject, figures, firstLoadChecks(k, floor)));
  }
  return rows;
}

export function htmlRows(kinds: readonly KindSummary[], floor: PageSize): Reported[] {
  const area = 'HTML';
  const rows = [reported(area, 'floor: empty Next.js page', weight(floor.html), [])];
  for (const k of kinds) {
    if (!k.html) {
      rows.push(
        k.kind.optional ? skipped(k, area) : reported(area, k.kind.label, 'no such page in out/', htmlChecks(k)),
      );
      continue;
    }
    const subject = many(k) ? `${k.kind.label}\nlargest of ${k.pages}: ${k.html.url}` : k.kind.label;
    rows.push(reported(area, subject, weight(k.html), htmlChecks(k)));
  }
  return rows;
}

const fmtScore = (s: number | null): string => (s === null ? '—' : s.toFixed(2));

function metricsFigure(run: LighthouseRun): string {
  const m = run.metrics;
  const ms = (v: number | undefined) => (v === undefined ? '—' : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v} ms`);
  return `FCP ${ms(m.fcp)} · LCP ${ms(m.lcp)} · TBT ${ms(m.tbt)} · CLS ${m.cls ?? '—'} · SI ${ms(m.si)}`;
}

export function lighthouseRows(runs: readonly LighthouseRun[]): Reported[] {
  return runs.map((run) => {
    const passes = run.passes ? `, median of ${run.passes.length} passes (${run.passes.map(fmtScore).join(', ')})` : '';
    const subject = `${run.label} ${new URL(run.url).pathname}\n${run.formFactor}${passes}`;
    if (run.error !== undefined) return reported('Lighthouse', subject, `failed: ${run.error}`, lighthouseChecks(run));
    const scores = CATEGORIES.map((c) => `${c} ${fmtScore(run.scores[c])}`);
    const scripts = `scripts fetched: ${run.scripts.count}, ${kb(run.scripts.transferred)} transferred${run.scripts.watched.length > 0 ? ' (incl. cytoscape)' : ''}`;
    const figures = [
      `${scores.slice(0, 2).join(' · ')}`,
      `${scores.slice(2).join(' · ')}`,
      metricsFigure(run),
      scripts,
    ].join('\n');
    return reported('Lighthouse', subject, figures, lighthouseChecks(run));
  });
}

export function searchRows(
  sizes: SearchBenchSizes,
  latency: readonly SearchLatencyRow[],
  queries: number,
  rounds: number,
): Reported[] {
  const area = 'search (bench:search)';
  const ms = (v: number) => `${v} ms`;
  const checks = searchChecks(sizes, latency);
  const [core, body, ...timings] = checks;
  return [
    reported(
      area,
      'index sizes',
      `core ${sizes.coreRawKB} kB raw · ${sizes.coreGzipKB} kB gzip\nbody ${sizes.bodyRawKB} kB raw · ${sizes.bodyGzipKB} kB gzip`,
      [core, body].filter((c) => c !== undefined),
    ),
    ...latency.map((r) =>
      reported(
        area,
        `latency, ${r.index}\n(${r.records} records, ${queries} queries × ${rounds})`,
        `ours: p50 ${ms(r['p50 ms'])} · p95 ${ms(r['p95 ms'])}\nbare fuse.js: p50 ${ms(r['bare fuse p50 ms'])} · p95 ${ms(r['bare fuse p95 ms'])}\np95 ratio ${(r['p95 ms'] / r['bare fuse p95 ms']).toFixed(3)}`,
        timings.filter((c) => c.subject.endsWith(r.index === 'real graph' ? 'real index' : 'synthetic index')),
      ),
    ),
  ];
}

export function graphRows(rows: readonly GraphBenchRow[], runs: number): Reported[] {
  return rows.map((r) =>
    reported(
      'graph (bench:graph)',
      `${r.nodes.toLocaleString('en')} nodes, ${r.edges.toLocaleString('en')} edges\n(median of ${runs})`,
      `first render ${r.firstRenderMs} ms, floor ${r.floorFirstRenderMs} ms (${r.firstRenderRatio}×)\nfinished layout ${r.layoutMs} ms, floor ${r.floorLayoutMs} ms (${r.layoutRatio}×)`,
      [],
    ),
  );
}

/** A benchmark that could not run: its row says why, and `--check` counts it as a failure. */
export function failedRow(area: string, error: unknown): Reported {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
  return reported(area, 'did not complete', message.slice(0, 200), [
    { subject: area, budget: 'the benchmark completes', actual: message, ok: false },
  ]);
}
