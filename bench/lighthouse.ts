/**
 * Lighthouse (the pinned 12.8.2, through its Node API) on the served export: mobile (the
 * default config, simulated slow 4G and a 4× slower CPU) and desktop (its desktop
 * config). Passes run one after another, each in a fresh Chromium, because two passes
 * sharing two cores would slow each other and skew the performance score.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

/** The system Chromium with the flags the end-to-end tests use (scripts/chromium.ts), headless. */
export { CHROMIUM_PATH };
export const CHROMIUM_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export interface AuditFinding {
  id: string;
  title: string;
  /** The report's group: `metrics` for the five that make the performance score. */
  group?: string;
  score: number | null;
  displayValue?: string;
  /** What the audit points at: elements (CSS selectors), URLs or messages, a few at most. */
  items: string[];
}

export interface LighthouseRun {
  label: string;
  url: string;
  formFactor: FormFactor;
  scores: Record<Category, number | null>;
  /** Lab metrics in ms (CLS unitless), to see what moved a performance score. */
  metrics: { fcp?: number; lcp?: number; tbt?: number; cls?: number; si?: number };
  /** Per category, the scored audits that did not pass. */
  failing: Record<Category, AuditFinding[]>;
  /**
   * Scripts fetched while Lighthouse watched the page load, first-load or not (Next
   * prefetches the routes that links point to, and with them their chunks), in bytes
   * transferred; and which of them were the `watch`ed chunks (cytoscape's).
   */
  scripts: { count: number; transferred: number; watched: string[] };
  error?: string;
  seconds: number;
  /** Performance scores of all passes when more than one ran; this run is their median. */
  passes?: (number | null)[];
}

/** A record with one entry per category, built without casts. */
function byCategory<T>(value: (c: Category) => T): Record<Category, T> {
  return {
    performance: value('performance'),
    accessibility: value('accessibility'),
    'best-practices': value('best-practices'),
    seo: value('seo'),
  };
}

const METRIC_AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
} as const;
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings', 'error']);
const MAX_ITEMS = 5;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}

/** One line per detail item: the element's selector, else its URL, else its text. */
function describeItem(item: unknown): string | undefined {
  if (!isRecord(item)) return undefined;
  const node = item.node;
  if (isRecord(node)) {
    const selector = typeof node.selector === 'string' ? node.selector : '';
    const snippet = typeof node.snippet === 'string' ? node.snippet.slice(0, 120) : '';
    return [selector, snippet].filter(Boolean).join(' ');
  }
  for (const key of ['url', 'source', 'description', 'label']) {
    const value = item[key];
    if (typeof value === 'string' && value !== '') return value.slice(0, 160);
    if (isRecord(value) && typeof value.url === 'string') return value.url;
  }
  return undefined;
}

function detailItems(audit: Result['audits'][string]): string[] {
  const details: unknown = audit.details;
  if (!isRecord(details) || !Array.isArray(details.items)) return [];
  return details.items
    .map(describeItem)
    .filter((s): s is string => s !== undefined && s !== '')
    .slice(0, MAX_ITEMS);
}

/**
 * The audits of a category that cost it points, or (for performance) explain lost points.
 * Performance audits are graded (a metric scores 0.5 at the median of real sites), so
 * there "failing" means below 0.9, the report's own line between orange and green, and
 * covers the five metrics and the diagnostics; elsewhere only scored audits count, and
 * they pass or fail outright. The report's `hidden` group (in 12.x the new "insights",
 * which repeat the diagnostics) is left out, as the report leaves it out.
 */
export function failingAudits(lhr: Result, category: Category): AuditFinding[] {
  const pass = category === 'performance' ? 0.9 : 1;
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || !SCORED_MODES.has(audit.scoreDisplayMode) || ref.group === 'hidden') return [];
    if (category !== 'performance' && ref.weight === 0) return [];
    if (audit.scoreDisplayMode !== 'error' && (audit.score === null || audit.score >= pass)) return [];
    return [
      {
        id: audit.id,
        title: audit.title,
        ...(ref.group === undefined ? {} : { group: ref.group }),
        score: audit.score,
        ...(audit.displayValue
          ? { displayValue: audit.displayValue }
          : audit.errorMessage
            ? { displayValue: `error: ${audit.errorMessage}` }
            : {}),
        items: detailItems(audit),
      },
    ];
  });
}

/** Scripts among the page's network requests (the `network-requests` audit's table). */
function scriptRequests(lhr: Result, watch: readonly string[]): LighthouseRun['scripts'] {
  const details: unknown = lhr.audits['network-requests']?.details;
  const items: unknown[] = isRecord(details) && Array.isArray(details.items) ? details.items : [];
  const scripts = items.filter(isRecord).filter((i) => i.resourceType === 'Script' && typeof i.url === 'string');
  const paths = scripts.map((i) => new URL(String(i.url)).pathname);
  return {
    count: scripts.length,
    transferred: scripts.reduce((sum, i) => sum + (typeof i.transferSize === 'number' ? i.transferSize : 0), 0),
    watched: watch.filter((w) => paths.includes(w)),
  };
}

function summarise(
  lhr: Result,
  base: Pick<LighthouseRun, 'label' | 'url' | 'formFactor'>,
  seconds: number,
  watch: readonly string[],
): LighthouseRun {
  const scores = byCategory((c) => lhr.categories[c]?.score ?? null);
  const failing = byCategory((c) => failingAudits(lhr, c));
  const metrics = Object.fromEntries(
    Object.entries(METRIC_AUDITS).flatMap(([key, id]) => {
      const value = lhr.audits[id]?.numericValue;
      return value === undefined ? [] : [[key, key === 'cls' ? +value.toFixed(3) : Math.round(value)]];
    }),
  );
  return { ...base, scores, metrics, failing, scripts: scriptRequests(lhr, watch), seconds };
}

/** One Lighthouse pass in its own Chromium; the full report is kept under `reportDir`. */
export async function runLighthouse(
  page: { label: string; url: string },
  formFactor: FormFactor,
  reportDir: string,
  watch: readonly string[] = [],
  pass = 1,
): Promise<LighthouseRun> {
  const started = performance.now();
  const base = { label: page.label, url: page.url, formFactor };
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(
      page.url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      formFactor === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    fs.mkdirSync(reportDir, { recursive: true });
    const name = `${
      page.url
        .replace(/^https?:\/\/[^/]+\//, '')
        .replace(/[^\w]+/g, '-')
        .replace(/^-|-$/g, '') || 'root'
    }.${formFactor}${pass > 1 ? `.${pass}` : ''}.json`;
    fs.writeFileSync(path.join(reportDir, name), JSON.stringify(lhr));
    return summarise(lhr, base, (performance.now() - started) / 1000, watch);
  } catch (error) {
    return {
      ...base,
      scores: byCategory(() => null),
      metrics: {},
      failing: byCategory(() => []),
      scripts: { count: 0, transferred: 0, watched: [] },
      error: error instanceof Error ? error.message : String(error),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * The pass with the median performance score, standing for all of them: the score moves
 * most from pass to pass on a busy machine, and one pass's audits explain one score.
 */
export function medianRun(passes: readonly LighthouseRun[]): LighthouseRun {
  const scored = passes
    .filter((r) => r.error === undefined)
    .sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const median = scored[Math.floor((scored.length - 1) / 2)] ?? passes[0];
  if (!median) throw new Error('no Lighthouse passes');
  return passes.length > 1 ? { ...median, passes: passes.map((r) => r.scores.performance) } : median;
}

/** Every page in every form factor, `passes` times each, sequentially. */
export async function runLighthouseAll(
  pages: readonly { label: string; url: string }[],
  reportDir: string,
  watch: readonly string[],
  log: (line: string) => void,
  passes = 1,
): Promise<LighthouseRun[]> {
  const runs: LighthouseRun[] = [];
  for (const page of pages) {
    for (const formFactor of FORM_FACTORS) {
      const each: LighthouseRun[] = [];
      for (let pass = 1; pass <= passes; pass++) {
        log(`lighthouse ${formFactor} ${page.url}${passes > 1 ? ` (pass ${pass} of ${passes})` : ''}`);
        each.push(await runLighthouse(page, formFactor, reportDir, watch, pass));
      }
      runs.push(medianRun(each));
    }
  }
  return runs;
}
