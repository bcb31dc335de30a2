/**
 * First-load JavaScript and HTML weight of every exported page, raw and gzip. Next 16 no
 * longer prints "First Load JS", so we count it ourselves the way a browser fetches it:
 * the chunks a page's `<script src>` tags name (each once, `nomodule` ones skipped), read
 * from out/. Chunks that page code imports later (`next/dynamic`, `import()`) are not
 * first-load; we follow them only to tell where cytoscape is loaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import { firstLoadScripts, lazyChunkRefs } from './html-scripts';
import { pageUrl, ROUTE_KINDS, routeKindOf, type RouteKind, type RouteKindId } from './route-kinds';

/** Level 9, the most a static host's precompression would use; reported with the table. */
export const GZIP_LEVEL = constants.Z_BEST_COMPRESSION;

/**
 * A string only cytoscape's own code contains: the id of the stylesheet its renderer
 * injects. Being a string literal, it survives minification, unlike identifiers; the
 * word "cytoscape" alone also appears in our UI text (the Cytoscape JSON download).
 */
export const CYTOSCAPE_SIGNATURE = '__________cytoscape_stylesheet';

export interface Weight {
  raw: number;
  gzip: number;
}

/** Where a page gets cytoscape: with its first load, later on demand, or not at all. */
export type CytoscapeUse = 'first-load' | 'lazy' | 'none';

export interface PageSize {
  url: string;
  kind: RouteKindId | undefined;
  html: Weight;
  js: Weight;
  /** First-load chunks, as paths from the site's root. */
  chunks: string[];
  cytoscape: CytoscapeUse;
}

export function weigh(bytes: Buffer): Weight {
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: GZIP_LEVEL }).length };
}

interface Chunk {
  weight: Weight;
  hasCytoscape: boolean;
  lazy: string[];
}

/** Reads and weighs each chunk once for all pages: the shared chunks are on every page. */
export class ChunkStore {
  readonly #chunks = new Map<string, Chunk>();

  constructor(
    readonly outDir: string,
    readonly basePath: string,
  ) {}

  /** The site-root path of a script a page names (`/_next/…` → `_next/…`), base path removed. */
  sitePath(src: string, pageUrl: string): string {
    const origin = 'http://site.invalid';
    const url = new URL(src, `${origin}${this.basePath}${pageUrl}`);
    if (url.origin !== origin)
      throw new Error(`${pageUrl} loads a script from another site (${src}); only files in out/ can be measured`);
    const prefix = `${this.basePath}/`;
    if (!url.pathname.startsWith(prefix))
      throw new Error(`${pageUrl} loads ${src}, outside the base path "${this.basePath}"`);
    return decodeURIComponent(url.pathname.slice(prefix.length));
  }

  get(sitePath: string): Chunk {
    const known = this.#chunks.get(sitePath);
    if (known) return known;
    const file = path.join(this.outDir, sitePath);
    if (!fs.existsSync(file))
      throw new Error(`${file} is missing: a page loads it, so the export is incomplete or stale`);
    const bytes = fs.readFileSync(file);
    const text = bytes.toString('utf8');
    const chunk = { weight: weigh(bytes), hasCytoscape: text.includes(CYTOSCAPE_SIGNATURE), lazy: lazyChunkRefs(text) };
    this.#chunks.set(sitePath, chunk);
    return chunk;
  }

  /** Every chunk the given chunks can load on demand, transitively, not counting themselves. */
  lazyClosure(firstLoad: readonly string[]): string[] {
    const seen = new Set(firstLoad);
    const queue = [...firstLoad];
    const lazy: string[] = [];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
      for (const ref of this.get(next).lazy) {
        if (seen.has(ref)) continue;
        seen.add(ref);
        lazy.push(ref);
        queue.push(ref);
      }
    }
    return lazy;
  }
}

/** Sizes of one exported page. `file` is relative to the store's out/ directory. */
export function measurePage(store: ChunkStore, file: string): PageSize {
  const url = pageUrl(file);
  const htmlBytes = fs.readFileSync(path.join(store.outDir, file));
  const chunks = [...new Set(firstLoadScripts(htmlBytes.toString('utf8')).map((src) => store.sitePath(src, url)))];
  const js = chunks
    .map((c) => store.get(c).weight)
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  const cytoscape: CytoscapeUse = chunks.some((c) => store.get(c).hasCytoscape)
    ? 'first-load'
    : store.lazyClosure(chunks).some((c) => store.get(c).hasCytoscape)
      ? 'lazy'
      : 'none';
  return { url, kind: routeKindOf(file)?.id, html: weigh(htmlBytes), js, chunks, cytoscape };
}

/** Every HTML file under a directory, relative to it, sorted so runs list pages alike. */
export function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** Sizes of every page of a route kind we budget for. Other pages (404, `/`) are left out. */
export function measureSite(outDir: string, basePath = process.env.BASE_PATH ?? ''): PageSize[] {
  if (!fs.existsSync(path.join(outDir, 'index.html')))
    throw new Error(`${outDir} has no exported site: run "npm run build" first`);
  const store = new ChunkStore(outDir, basePath);
  return htmlFiles(outDir)
    .filter((f) => routeKindOf(f) !== undefined)
    .map((f) => measurePage(store, f));
}

/** A route kind's figures: its largest page by first-load JS and by HTML, each named. */
export interface KindSummary {
  kind: RouteKind;
  pages: number;
  js?: Weight & { url: string };
  html?: Weight & { url: string };
  /** How many of its pages load cytoscape with their first load, and how many later. */
  cytoscape: { firstLoad: number; lazy: number };
}

function largest(pages: readonly PageSize[], by: (p: PageSize) => Weight): (Weight & { url: string }) | undefined {
  const top = pages.reduce<PageSize | undefined>(
    (best, p) => (best === undefined || by(p).gzip > by(best).gzip ? p : best),
    undefined,
  );
  return top && { url: top.url, ...by(top) };
}

/**
 * One summary per route kind, in the table's order. A kind with many pages is reported by
 * its largest, not its median: a budget is a promise about every page of the kind.
 */
export function summariseKinds(pages: readonly PageSize[]): KindSummary[] {
  return ROUTE_KINDS.map((kind) => {
    const own = pages.filter((p) => p.kind === kind.id);
    return {
      kind,
      pages: own.length,
      js: largest(own, (p) => p.js),
      html: largest(own, (p) => p.html),
      cytoscape: {
        firstLoad: own.filter((p) => p.cytoscape === 'first-load').length,
        lazy: own.filter((p) => p.cytoscape === 'lazy').length,
      },
    };
  });
}

/**
 * The exported chunks that contain cytoscape, as URL paths (`/_next/static/chunks/…`), to
 * spot them among the requests a browser makes after the first load (prefetches, lazy
 * imports).
 */
export function cytoscapeChunkUrls(outDir: string, basePath = process.env.BASE_PATH ?? ''): string[] {
  const dir = path.join(outDir, '_next', 'static', 'chunks');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes(CYTOSCAPE_SIGNATURE))
    .map((f) => `${basePath}/_next/static/chunks/${f.split(path.sep).join('/')}`);
}
