/**
 * The performance budget (issue #8, item 6) as data, and pure checks of measured figures
 * against it. Each check says what was promised and what was measured, so a breach
 * printed by `--check` needs no other context.
 */
import type { KindSummary, PageSize } from './first-load';
import type { Category, LighthouseRun } from './lighthouse';
import type { RouteKindId } from './route-kinds';
import type { SearchBenchSizes, SearchLatencyRow } from './search';

/** Sizes are in kB of 1,024 bytes, as in the other benchmarks. */
export const KB = 1024;

export const BUDGETS = {
  /** What these pages may add to an empty Next.js page's first-load JS, gzip. */
  floorMarginGzip: 15 * KB,
  floorKinds: ['node', 'home', 'tour', 'matrix', 'glossary'] satisfies RouteKindId[],
  /**
   * Pages that draw no graph must not load cytoscape with their first load. The relations
   * page draws Ihde's relations in SVG, so it belongs here too, though the list
   * leaves it out. Explorer, node pages, tours and the embed view draw graphs.
   */
  noCytoscapeKinds: ['home', 'matrix', 'glossary', 'sources', 'data', 'search', 'relations'] satisfies RouteKindId[],
  /** The largest node page's HTML, gzip. */
  nodeHtmlGzip: 60 * KB,
  /** Lighthouse desktop performance on every page measured. */
  desktopPerformance: 0.95,
  /**
   * Lighthouse mobile performance (median of the passes) on each page Lighthouse visits,
   * by its label (bench/index.ts), checked (issue 14 item 5): the pages read on a phone most
   * (home, an idea's page) at 0.95; a tour and the matrix, which carry more, at 0.90. A
   * page not named here is a breach, so a new page cannot go unbudgeted.
   */
  mobilePerformance: { home: 0.95, node: 0.95, tour: 0.9, matrix: 0.9, explorer: 0.9 } as Record<string, number>,
  /**
   * The explorer, the site's heaviest page, is held to more (issue 12 item 4): its desktop
   * score, and its Total Blocking Time on mobile.
   */
  explorer: { label: 'explorer', desktopPerformance: 0.97, mobileTbtMs: 600 },
  /** Accessibility, best practices and SEO, on every page in both form factors. */
  otherCategories: 1,
  /** Search (bench:search): p95 of a query's answer on the real index, and at 10,000 synthetic ideas, in ms. */
  searchP95RealMs: 2,
  searchP95SyntheticMs: 16,
  /** Search index files, gzip: the core one (fetched when search opens) and the explanations' words. */
  searchCoreGzip: 60 * KB,
  searchBodyGzip: 120 * KB,
} as const;

export interface Check {
  subject: string;
  budget: string;
  actual: string;
  ok: boolean;
}

export const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} kB`;

const includes = (kinds: readonly RouteKindId[], kind: RouteKindId): boolean => kinds.includes(kind);

/** The kind, and for kinds of many pages the one measured (their largest). */
const named = (k: KindSummary, url: string): string =>
  k.pages > 1 ? `${k.kind.label} (largest: ${url})` : k.kind.label;

/** A kind the budget names must have pages; a missing page is a breach, not a pass. */
function missing(k: KindSummary, budget: string): Check[] {
  return k.kind.optional ? [] : [{ subject: k.kind.label, budget, actual: 'no such page in out/', ok: false }];
}

export function firstLoadChecks(k: KindSummary, floor: PageSize): Check[] {
  const checks: Check[] = [];
  if (includes(BUDGETS.floorKinds, k.kind.id)) {
    const budget = `first-load JS ≤ floor + ${kb(BUDGETS.floorMarginGzip)} gzip`;
    if (!k.js) return missing(k, budget);
    const over = k.js.gzip - floor.js.gzip;
    checks.push({
      subject: named(k, k.js.url),
      budget,
      actual: `${kb(k.js.gzip)} gzip, floor ${over >= 0 ? '+' : '−'}${kb(Math.abs(over))}`,
      ok: over <= BUDGETS.floorMarginGzip,
    });
  }
  if (includes(BUDGETS.noCytoscapeKinds, k.kind.id)) {
    const budget = 'no cytoscape in first-load JS';
    if (k.pages === 0) return [...checks, ...missing(k, budget)];
    checks.push({
      subject: k.kind.label,
      budget,
      actual: k.cytoscape.firstLoad === 0 ? 'none' : `on ${k.cytoscape.firstLoad} of ${k.pages} pages`,
      ok: k.cytoscape.firstLoad === 0,
    });
  }
  return checks;
}

export function htmlChecks(k: KindSummary): Check[] {
  if (k.kind.id !== 'node') return [];
  const budget = `largest node page HTML < ${kb(BUDGETS.nodeHtmlGzip)} gzip`;
  if (!k.html) return missing(k, budget);
  return [
    {
      subject: named(k, k.html.url),
      budget,
      actual: `${kb(k.html.gzip)} gzip`,
      ok: k.html.gzip < BUDGETS.nodeHtmlGzip,
    },
  ];
}

/**
 * The performance score a Lighthouse run is held to: on desktop every page's (the
 * explorer's higher), on mobile its page's; undefined for a page without a mobile budget.
 */
export function performanceBudget(run: Pick<LighthouseRun, 'label' | 'formFactor'>): number | undefined {
  if (run.formFactor === 'desktop')
    return run.label === BUDGETS.explorer.label ? BUDGETS.explorer.desktopPerformance : BUDGETS.desktopPerformance;
  return Object.hasOwn(BUDGETS.mobilePerformance, run.label) ? BUDGETS.mobilePerformance[run.label] : undefined;
}

const score = (s: number | null): string => (s === null ? 'none' : s.toFixed(2));

export function lighthouseChecks(run: LighthouseRun): Check[] {
  const subject = `${run.label} ${run.url} (${run.formFactor})`;
  if (run.error !== undefined) return [{ subject, budget: 'a Lighthouse result', actual: run.error, ok: false }];
  const need = (category: Category, min: number): Check => {
    const s = run.scores[category];
    return { subject, budget: `${category} ≥ ${min.toFixed(2)}`, actual: score(s), ok: s !== null && s >= min };
  };
  const min = performanceBudget(run);
  const performance: Check[] = [
    min === undefined
      ? { subject, budget: 'a mobile performance budget', actual: `none for “${run.label}”`, ok: false }
      : need('performance', min),
    ...(run.formFactor === 'mobile' && run.label === BUDGETS.explorer.label
      ? [mobileTbt(subject, run.metrics.tbt)]
      : []),
  ];
  return [
    ...performance,
    need('accessibility', BUDGETS.otherCategories),
    need('best-practices', BUDGETS.otherCategories),
    need('seo', BUDGETS.otherCategories),
  ];
}

/** The search budget: latency on the real and the synthetic index, and the two index files' sizes. */
export function searchChecks(sizes: SearchBenchSizes, latency: readonly SearchLatencyRow[]): Check[] {
  const subject = 'search (bench:search)';
  const size = (what: string, measuredKB: number, budget: number): Check => ({
    subject: `${subject}, ${what}`,
    budget: `< ${kb(budget)} gzip`,
    actual: `${measuredKB.toFixed(1)} kB gzip`,
    ok: measuredKB * KB < budget,
  });
  const p95 = (row: SearchLatencyRow | undefined, what: string, budget: number): Check => ({
    subject: `${subject}, ${what}`,
    budget: `p95 < ${budget} ms`,
    actual: row ? `${row['p95 ms']} ms (${row.records.toLocaleString('en')} records)` : 'not measured',
    ok: row !== undefined && row['p95 ms'] < budget,
  });
  return [
    size('core index', sizes.coreGzipKB, BUDGETS.searchCoreGzip),
    size('body index', sizes.bodyGzipKB, BUDGETS.searchBodyGzip),
    p95(
      latency.find((r) => r.index === 'real graph'),
      'real index',
      BUDGETS.searchP95RealMs,
    ),
    p95(
      latency.find((r) => r.index.startsWith('synthetic')),
      'synthetic index',
      BUDGETS.searchP95SyntheticMs,
    ),
  ];
}

/** The explorer's Total Blocking Time on mobile, under its budget (a run without the figure breaks it). */
function mobileTbt(subject: string, tbt: number | undefined): Check {
  const limit = BUDGETS.explorer.mobileTbtMs;
  return {
    subject,
    budget: `Total Blocking Time < ${limit} ms`,
    actual: tbt === undefined ? 'none' : `${Math.round(tbt)} ms`,
    ok: tbt !== undefined && tbt < limit,
  };
}
