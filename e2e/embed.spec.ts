/**
 * Embeds as a course platform shows them: the site framed by a page on another origin
 * (e2e/host/ on a second port), in a frame sandboxed with allow-scripts only (an opaque
 * origin: no storage, every request cross-origin), under the headers the site ships.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { z } from 'zod';
import { AXE_TAGS, expectNoAxeViolations, watchErrors } from './fixtures';
import { EMBED_VIEWS } from '../graph/embed-params';
import { showSmallGraph, startCanvas } from './graph-helpers';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT}`;
const graph = JSON.parse(fs.readFileSync('public/data/graph.json', 'utf8')) as {
  nodes: { id: string; label: { en: string; zh: string } }[];
};
const label = (id: string) => graph.nodes.find((n) => n.id === id)?.label;

/** Opens the host page framing `/embed/?<query>` (or another path) and returns the frame. */
async function frameOnHost(
  page: Page,
  baseURL: string | undefined,
  opts: { embed?: string; path?: string; sandbox?: string; resize?: boolean },
) {
  const q = new URLSearchParams({ site: baseURL ?? '' });
  if (opts.embed !== undefined) q.set('embed', opts.embed);
  if (opts.path) q.set('path', opts.path);
  if (opts.sandbox !== undefined) q.set('sandbox', opts.sandbox);
  if (opts.resize) q.set('resize', '1');
  await page.goto(`${HOST}/?${q}`);
  return page.frameLocator('iframe');
}

test.describe('in a sandboxed, cross-origin frame', () => {
  test('a local view renders and honours focus and depth', async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    const counts: number[] = [];
    for (const depth of [1, 2]) {
      const frame = await frameOnHost(page, baseURL, {
        embed: `view=local&focus=emergence&depth=${depth}`,
        sandbox: 'allow-scripts',
      });
      await expect(frame.locator('.embed-root[data-ready]')).toBeVisible();
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
        `“${label('emergence')?.en}” and the ideas around it`,
      );
      const caption = frame.locator('#graph-summary');
      await expect(caption).toContainText(`Focused on “${label('emergence')?.en}”, up to ${depth} step`);
      // The canvas is drawn (cytoscape's layers) inside the sandbox.
      await expect(frame.locator('.canvas canvas').first()).toBeAttached();
      const text = (await caption.textContent()) ?? '';
      counts.push(Number(/Showing (\d+) ideas/.exec(text)?.[1]));
      // The text alternative is built when opened, and holds the focus.
      await frame.locator('.list-details > summary').click();
      await expect(frame.locator('.list-details li[data-node-id="emergence"]')).toHaveCount(1);
    }
    expect(counts[0]).toBeGreaterThan(1);
    expect(counts[1]).toBeGreaterThan(counts[0] ?? 0);
    expect(errors).toEqual([]);
  });

  test('the frame posts its height, and the optional host script applies it', async ({ page, baseURL }) => {
    const frame = await frameOnHost(page, baseURL, {
      embed: 'view=matrix&levels=data',
      sandbox: 'allow-scripts',
      resize: true,
    });
    await expect(frame.locator('.embed-root[data-ready]')).toBeVisible();
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            (window as unknown as { hostMessages: { data: { type?: string } }[] }).hostMessages.filter(
              (m) => m.data?.type === 'framework-explorer:resize',
            ).length,
        ),
      )
      .toBeGreaterThan(0);
    const last = await page.evaluate(() => {
      const msgs = (
        window as unknown as { hostMessages: { origin: string; data: { type?: string; height?: number } }[] }
      ).hostMessages.filter((m) => m.data?.type === 'framework-explorer:resize');
      return msgs[msgs.length - 1];
    });
    // A sandboxed frame has an opaque origin, so its messages come from "null".
    expect(last?.origin).toBe('null');
    const height = last?.data.height ?? 0;
    expect(height).toBeGreaterThan(200);
    expect(height).toBeLessThan(20_000);
    await expect
      .poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height))
      .toBeCloseTo(height, -1);
  });

  test('an invalid parameter shows a message naming it and its valid values, and a working default view', async ({
    page,
    baseURL,
  }) => {
    const errors = watchErrors(page);
    const frame = await frameOnHost(page, baseURL, { embed: 'view=galaxy&lang=zh&depth=9', sandbox: 'allow-scripts' });
    const note = frame.getByRole('note');
    await expect(note).toContainText('view=galaxy');
    // Every view the parser accepts, named in Chinese quotation marks.
    await expect(note).toContainText(EMBED_VIEWS.map((v) => `“${v}”`).join('、'));
    await expect(note).toContainText('depth=9');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('框架全图');
    await expect(frame.locator('#graph-summary')).toContainText('当前显示');
    await expect(frame.locator('.canvas canvas').first()).toBeAttached();
    expect(errors).toEqual([]);
  });

  test('a tour fetches its step text across origins and steps with the buttons', async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    const frame = await frameOnHost(page, baseURL, {
      embed: 'view=tour&tour=traits-to-risks&step=2',
      sandbox: 'allow-scripts',
    });
    await expect(frame.getByText('Step 2 of', { exact: false })).toBeVisible();
    await expect(frame.locator('.tour-step .prose p').first()).toBeVisible();
    await frame.getByRole('button', { name: /Next step/ }).click();
    await expect(frame.getByText('Step 3 of', { exact: false })).toBeVisible();
    await expect(frame.locator('.tour-step h2')).toBeFocused();
    // The host page's own address never changes: the frame keeps its state to itself.
    expect(new URL(page.url()).searchParams.get('embed')).toBe('view=tour&tour=traits-to-risks&step=2');
    expect(errors).toEqual([]);
  });

  test('a path is drawn and written out', async ({ page, baseURL }) => {
    const frame = await frameOnHost(page, baseURL, {
      embed: 'view=path&from=emergence&to=bias',
      sandbox: 'allow-scripts',
    });
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      `From “${label('emergence')?.en}” to “${label('bias')?.en}”`,
    );
    const chain = frame.locator('.path-result');
    await expect(chain).toContainText(label('emergence')?.en ?? '');
    await expect(chain).toContainText(label('bias')?.en ?? '');
  });

  test('a page other than /embed/ refuses to be framed', async ({ page, baseURL, request }) => {
    const res = await request.get('/en/nodes/emergence/');
    expect(res.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const blocked = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
    const frame = await frameOnHost(page, baseURL, { path: '/en/nodes/emergence/' });
    // The browser refuses the document (and says why); the page's heading never shows.
    await blocked;
    await expect(frame.getByRole('heading', { name: label('emergence')?.en })).toHaveCount(0);
    expect(
      page
        .frames()
        .find((f) => f !== page.mainFrame())
        ?.url(),
    ).toMatch(/^chrome-error:|^about:blank$/);
  });
});

test.describe('the mouse wheel', () => {
  for (const [query, scrolls] of [
    ['view=graph', true],
    ['view=graph&scroll=1', false],
  ] as const) {
    test(`${scrolls ? 'scrolls the page' : 'zooms the graph'} over the canvas with ${query}`, async ({ page }) => {
      await page.setViewportSize({ width: 800, height: 400 });
      await page.goto(`/embed/?${query}`);
      await expect(page.locator('.embed-root[data-ready]')).toBeVisible();
      await expect(page.locator('.canvas canvas').first()).toBeAttached();
      const canvas = page.locator('.canvas');
      // From the top of the page, so that it has room to scroll, with the pointer on the
      // part of the canvas in view.
      await page.evaluate(() => window.scrollTo(0, 0));
      // Cytoscape leaves the wheel to the page for a moment after the page scrolls.
      await page.waitForTimeout(1000);
      const before = await page.evaluate(() => window.scrollY);
      const box = await canvas.boundingBox();
      expect((box?.y ?? 400) + 60, 'the canvas is in view').toBeLessThan(400);
      await page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 40);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(300);
      const after = await page.evaluate(() => window.scrollY);
      if (scrolls) expect(after).toBeGreaterThan(before);
      else expect(after).toBe(before);
    });
  }
});

test.describe('oEmbed', () => {
  for (const [page_, kind, id] of [
    ['/zh/nodes/emergence/', 'nodes', 'emergence'],
    ['/en/tours/traits-to-risks/', 'tours', 'traits-to-risks'],
  ] as const) {
    test(`${page_} announces a rich oEmbed response that frames the matching embed`, async ({ page, request }) => {
      await page.goto(page_);
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      const href = (await link.getAttribute('href')) ?? '';
      const lang = page_.slice(1, 3);
      expect(new URL(href).pathname).toBe(`/oembed/${lang}/${kind}/${id}.json`);
      const res = await request.get(new URL(href).pathname);
      expect(res.status()).toBe(200);
      const body = z
        .looseObject({ width: z.number(), height: z.number(), html: z.string(), title: z.string() })
        .parse(await res.json());
      expect(body).toMatchObject({ version: '1.0', type: 'rich' });
      expect(body.width).toBeGreaterThan(0);
      expect(body.height).toBeGreaterThan(0);
      expect(body.html).toMatch(/^<iframe src="[^"]+\/embed\/\?view=(local|tour)&amp;lang=(en|zh)&amp;(focus|tour)=/);
      expect(body.html).toContain(`title="${body.title.replace(/"/g, '&quot;')}"`);
    });
  }
});

test.describe('headers', () => {
  const cases: [string, Record<string, RegExp>][] = [
    [
      '/embed/',
      {
        'content-security-policy': /frame-ancestors \*/,
        'x-content-type-options': /^nosniff$/,
        'access-control-allow-origin': /^\*$/,
      },
    ],
    ['/embed/tours/traits-to-risks.en.json', { 'access-control-allow-origin': /^\*$/ }],
    ['/search/core.json', { 'access-control-allow-origin': /^\*$/ }],
    ['/oembed/en/nodes/emergence.json', { 'access-control-allow-origin': /^\*$/ }],
    [
      '/en/',
      {
        'content-security-policy': /^default-src 'self'; script-src 'self' 'unsafe-inline';.*frame-ancestors 'none'$/,
        'x-content-type-options': /^nosniff$/,
        'referrer-policy': /^strict-origin-when-cross-origin$/,
      },
    ],
    ['/zh/explore/', { 'content-security-policy': /frame-ancestors 'none'/ }],
  ];
  for (const [path, expected] of cases) {
    test(`${path} is sent with the shipped headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      for (const [name, value] of Object.entries(expected)) expect(res.headers()[name], name).toMatch(value);
      expect(res.headers()['content-security-policy'] ?? '').not.toContain('unsafe-eval');
    });
  }
});

test('hashed build assets are sent with a year-long immutable cache header, pages are not', async ({ request }) => {
  const page = await request.get('/en/');
  expect(page.headers()['cache-control'] ?? '').not.toContain('immutable');
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1] ?? '');
  expect(assets.length, 'the page loads hashed build assets').toBeGreaterThan(0);
  for (const asset of assets.slice(0, 5)) {
    const res = await request.get(asset);
    expect(res.status(), asset).toBe(200);
    expect(res.headers()['cache-control'], asset).toBe('public, max-age=31536000, immutable');
  }
});

test.describe('content security policy', () => {
  for (const path of [
    '/en/',
    '/zh/nodes/emergence/',
    '/en/explore/',
    '/en/tours/traits-to-risks/',
    '/embed/?view=local&focus=bias',
  ]) {
    test(`${path} runs its own scripts and refuses an injected one`, async ({ page }) => {
      const errors = watchErrors(page);
      // Violations a page's own code causes (even caught ones, such as a library probing
      // for eval) are reported by the browser as events, not always as console errors.
      await page.addInitScript(() => {
        const w = window as unknown as { __violations: string[] };
        w.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
        );
      });
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(policy).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
      await expect(page.locator('[data-ready]').first()).toBeAttached();
      // The explorer opens on its drawing: the canvas starts when the reader moves it.
      if (await page.locator('.explorer-figure .canvas[data-canvas="static"]').count()) await startCanvas(page);
      // A node page's or a tour's graph starts its canvas when it comes near the viewport.
      if (await page.locator('.small-graph .canvas[data-canvas="static"]').count()) await showSmallGraph(page);
      // Pages that draw a graph have loaded and run the canvas by the time it has laid out.
      if (await page.locator('.canvas').count())
        await expect(page.locator('.canvas-inner[data-layout="done"]').first()).toBeAttached({ timeout: 30_000 });
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      const ran = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = 1';
        document.body.append(s);
        return (window as unknown as { __injected?: number }).__injected;
      });
      expect(ran).toBeUndefined();
    });
  }
});

test.describe('each view', () => {
  const views = [
    'view=graph&controls=1',
    'view=local&focus=privacy-and-security&depth=2',
    'view=path&from=emergence&to=bias',
    'view=tour&tour=paper-in-twelve-steps&step=3',
    'view=matrix',
  ];
  // axe runs on each of these in e2e/audit.spec.ts.
  for (const lang of ['en', 'zh']) {
    for (const v of views) {
      test(`${v} (${lang}) shows its view in its language, with nothing to report`, async ({ page }) => {
        await page.goto(`/embed/?${v}&lang=${lang}`);
        await expect(page.locator('.embed-root[data-ready]')).toBeVisible();
        if (v.includes('tour')) await expect(page.locator('.tour-step .prose').first()).toBeVisible();
        await expect(page.getByRole('note')).toHaveCount(0);
        await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-Hans' : 'en');
        await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      });
    }
  }

  test('dark theme is applied and stays accessible', async ({ page }) => {
    await page.goto('/embed/?view=matrix&theme=dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expectNoAxeViolations(page);
  });

  test('the whole graph in the sandboxed frame has no axe violations', async ({ page, baseURL }) => {
    await frameOnHost(page, baseURL, { embed: 'view=graph', sandbox: 'allow-scripts' });
    await expect(page.frameLocator('iframe').locator('.embed-root[data-ready]')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).include('iframe').withTags(AXE_TAGS).analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
  });
});

test('fuzzed parameters never blank the frame, log an error or reach the page as markup', async ({ page }) => {
  test.setTimeout(300_000);
  const hostile = fc.constantFrom(
    '<script>window.__pwned=1</script>',
    '"><img src=x onerror="window.__pwned=1">',
    "'><svg onload=window.__pwned=1>",
    'javascript:window.__pwned=1',
    '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
    '__proto__',
    'constructor',
    '',
  );
  const value = fc.oneof(
    hostile,
    fc.string({ maxLength: 40 }),
    fc.string({ minLength: 300, maxLength: 1200 }),
    fc.constantFrom('local', 'tour', 'matrix', 'emergence', '2', '0', '1'),
  );
  const key = fc.oneof(
    fc.constantFrom(
      'view',
      'lang',
      'focus',
      'depth',
      'from',
      'to',
      'tour',
      'step',
      'kinds',
      'levels',
      'layout',
      'theme',
      'controls',
      'list',
      'scroll',
    ),
    fc.string({ maxLength: 12 }),
  );
  const errors = watchErrors(page);
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 5 }), async (pairs) => {
      const query = new URLSearchParams(pairs).toString();
      await page.goto(`/embed/?${query}`);
      await expect(page.locator('.embed-root[data-ready]')).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      const injected = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        images: document.querySelectorAll('img, svg[onload], [onerror]').length,
      }));
      expect(injected).toEqual({ pwned: undefined, images: 0 });
      expect(errors).toEqual([]);
    }),
    { numRuns: 25, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
  );
});
