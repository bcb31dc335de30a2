import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { SITE_URL } from '../components/paths';

/**
 * A crawl of the built site, served as the other end-to-end tests serve it, from the
 * language chooser at `/` (which links to `/en/` and `/zh/`): every link, script,
 * stylesheet, image, canonical and language-alternate address must answer, every
 * `#fragment` must name an element on its page, and every page in `out/` must be
 * reachable by following links. The site links to nothing outside itself that must be
 * online, so other origins are not requested.
 */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A fragment as the browser matches it against ids; a malformed escape is matched as written. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
const OUT = fileURLToPath(new URL('../out/', import.meta.url));
/** Pages that exist only to answer unknown addresses; nothing links to them. */
const UNLINKED = new Set(['/404.html', '/404/', '/_not-found/']);

/** Every HTML page of the export as the address it is served at (`en/index.html` → `/en/`). */
function exportedPages(dir = OUT): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return exportedPages(full);
    if (!entry.name.endsWith('.html')) return [];
    const rel = `/${path.relative(OUT, full).split(path.sep).join('/')}`;
    return [rel.endsWith('/index.html') || rel === '/index.html' ? rel.slice(0, -'index.html'.length) : rel];
  });
}

interface PageAnchors {
  url: string;
  ids: string[];
  /** Links on the page that carry a fragment, resolved against the page. */
  links: string[];
}

test('every internal link, asset and anchor of the built site resolves, in both languages', async ({
  page,
  baseURL,
}) => {
  // About 800 addresses and 400 pages: far more than one page's default test time.
  test.setTimeout(8 * 60_000);
  if (baseURL === undefined) throw new Error('playwright.config.ts sets a baseURL');
  const origin = new URL(baseURL).origin;
  const local = (href: string) => new URL(href).origin === origin;

  const pages = new Set<string>();
  // A static site answers /en/explore/?focus=bias with the same file as /en/explore/: an
  // address with a query is fetched once per path (the first one met), not once per idea
  // (every node page links to the explorer, compare and practice with its own id, which
  // would be some two thousand fetches of the same few pages).
  const queried = new Set<string>();
  const repeatedQuery = (href: string) => {
    const u = new URL(href);
    if (u.search === '') return false;
    if (queried.has(u.pathname)) return true;
    queried.add(u.pathname);
    return false;
  };
  const crawl = (path: string | string[]) => {
    const checker = new LinkChecker();
    checker.on('pagestart', (url) => pages.add(String(url)));
    return checker.check({
      path,
      recurse: true,
      concurrency: 16,
      timeout: 60_000,
      checkFragments: true,
      // Canonical and hreflang links carry the public address (SITE_URL); check them here.
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegExp(SITE_URL)}/`), replacement: `${origin}/` }],
      linksToSkip: (href) => Promise.resolve(!local(href) || repeatedQuery(href)),
    });
  };
  const started = Date.now();
  const result = await test.step('crawl from / with linkinator', () => crawl(`${origin}/`));
  // On a loaded machine a pooled keep-alive connection that the server has just closed
  // now and then fails a request ("fetch failed: other side closed", status 0). Those
  // addresses, and only those, are crawled again (up to three times); a missing page
  // answers 404 at once and is never retried. linkinator's own retryErrors is not used:
  // in 7.6.1 its delayed retries can outlive the crawl they belong to.
  const retried = new Set<string>();
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const failed = [
      ...new Set(result.links.filter((l) => l.state === LinkState.BROKEN && l.status === 0).map((l) => l.url)),
    ];
    if (failed.length === 0) break;
    failed.forEach((u) => retried.add(u));
    const again = await test.step(`crawl again from ${failed.length} addresses that failed to connect`, () =>
      crawl(failed));
    const answered = new Set(
      again.links.filter((l) => l.state !== LinkState.BROKEN || l.status !== 0).map((l) => l.url),
    );
    result.links = [
      ...result.links.filter((l) => !(l.status === 0 && answered.has(l.url))),
      ...again.links.filter((l) => l.state === LinkState.BROKEN),
    ];
  }
  const crawlSeconds = ((Date.now() - started) / 1000).toFixed(1);
  const checked = result.links.filter((l) => l.state !== LinkState.SKIPPED);
  const skipped = new Set(result.links.filter((l) => l.state === LinkState.SKIPPED).map((l) => l.url));
  const paths = new Set([...pages].map((p) => new URL(p).pathname));
  const note = (type: string, description: string) => {
    test.info().annotations.push({ type, description });
    console.log(`${type}: ${description}`);
  };
  note(
    'crawl',
    `${pages.size} page addresses (${paths.size} distinct pages), ${new Set(checked.map((l) => l.url)).size} addresses checked, ${skipped.size} skipped (other origins, or a query on a path already fetched), ${retried.size} crawled again after a network error, in ${crawlSeconds} s`,
  );

  const where = (l: LinkResult) => {
    const why = (l.failureDetails ?? []).flatMap((f) =>
      f instanceof Error ? [f.cause instanceof Error ? `${f.message} (${f.cause.message})` : f.message] : [],
    );
    return `${l.url} (status ${l.status ?? 'none'}${why.length > 0 ? `: ${why.join('; ')}` : ''}) on ${l.parent ?? 'the start page'}`;
  };
  const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
  const isFragment = (l: LinkResult) => new URL(l.url).hash !== '';
  await test.step('no link is broken', () => {
    // Missing fragments are listed by the next steps, with the page that holds the link.
    expect.soft(broken.filter((l) => !isFragment(l)).map(where)).toEqual([]);
  });

  // linkinator 7.6.1 checks a fragment only if it saw the link before it fetched the
  // target page (JustinBeckwith/linkinator#880), so a link to /en/sources/#ref-11 found
  // after the sources page was crawled is never checked. Every crawled page is read here
  // with the browser's own HTML parser, and every fragment link is checked against the
  // ids of the page it points to.
  const anchors = await test.step('read ids and fragment links of every page', async () => {
    // Any page of the site will do: fetch() needs its origin.
    await page.goto(`${origin}/404/`);
    return page.evaluate(
      async (urls: string[]): Promise<PageAnchors[]> => {
        const out: PageAnchors[] = [];
        for (const url of urls) {
          const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'text/html');
          const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
          const names = [...doc.querySelectorAll('a[name]')].map((e) => e.getAttribute('name') ?? '');
          const links = [...doc.querySelectorAll('a[href], area[href]')]
            .map((a) => new URL(a.getAttribute('href') ?? '', url))
            .filter((u) => u.hash.length > 1)
            .map((u) => u.href);
          out.push({ url, ids: [...ids, ...names], links: [...new Set(links)] });
        }
        return out;
      },
      [...new Map([...pages].map((p) => [new URL(p).pathname, p])).values()],
    );
  });

  await test.step('every fragment names an element on its page', () => {
    const idsByPath = new Map(anchors.map((a) => [new URL(a.url).pathname, new Set(a.ids)]));
    const missing: string[] = [];
    const missingLinks = new Set<string>();
    let fragments = 0;
    for (const a of anchors) {
      for (const link of a.links) {
        const target = new URL(link);
        if (target.origin !== origin) continue;
        fragments += 1;
        const ids = idsByPath.get(target.pathname);
        const id = safeDecode(target.hash.slice(1));
        if (ids?.has(id)) continue;
        missingLinks.add(link);
        missing.push(
          ids ? `${link}: no element with id "${id}", on ${a.url}` : `${link}: not a crawled page, on ${a.url}`,
        );
      }
    }
    note('fragments', `${fragments} fragment links checked on ${anchors.length} pages`);
    expect.soft(missing).toEqual([]);
    // linkinator's own fragment check, where it ran, is a second opinion on this one.
    const onlyLinkinator = broken.filter((l) => isFragment(l) && !missingLinks.has(l.url)).map(where);
    expect.soft(onlyLinkinator, 'fragments linkinator found missing that the check above did not').toEqual([]);
  });

  await test.step('the crawl reached every page of the export, in both languages', () => {
    const exported = exportedPages().filter((p) => !UNLINKED.has(p));
    expect(exported.length, 'the site is built into out/').toBeGreaterThan(400);
    expect
      .soft(
        exported.filter((p) => !paths.has(p)),
        'pages no link leads to',
      )
      .toEqual([]);
    for (const lang of ['en', 'zh']) expect.soft(paths.has(`/${lang}/`), `/${lang}/ crawled`).toBe(true);
  });
});
