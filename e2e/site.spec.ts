import { expect, test } from '@playwright/test';
import { z } from 'zod';
import { Graph } from '../graph/schema';
import { expectNoAxeViolations, watchErrors } from './fixtures';

test.describe('home', () => {
  for (const [lang, htmlLang, heading] of [
    ['en', 'en', 'The ethics of general models'],
    ['zh', 'zh-Hans', '通用模型的伦理问题'],
  ] as const) {
    test(`/${lang}/ shows the argument at a glance and a way in for each reader`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(heading);
      const chain = page.getByRole('list').filter({ has: page.locator('#step-traits') });
      await expect(chain.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(6);
      await expect(page.locator('#step-traits').getByRole('link').first()).toHaveAttribute(
        'href',
        new RegExp(`^/${lang}/nodes/`),
      );
      await expect(
        page
          .locator('#step-challenges')
          .getByRole('link', { name: lang === 'en' ? /Bias/ : /偏见/ })
          .first(),
      ).toBeVisible();
      await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveCount(1);
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  test('/ forwards to the language the browser prefers', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh\/$/);
    await context.close();
  });

  test('/ offers both languages as plain links without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
    await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/');
    await context.close();
  });
});

test.describe('node pages', () => {
  test('an English node page explains, cites and relates the idea', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/nodes/emergence/');
    await expect(page).toHaveTitle(/Emergence/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Emergence');
    await expect(page.locator('.other-label [lang="zh-Hans"]')).toHaveText('涌现性');
    await expect(page.getByRole('heading', { name: 'Explanation' })).toBeVisible();
    const citations = page.locator('section[aria-labelledby="citations"]');
    await expect(citations.locator('q[lang="zh-Hans"]').first()).not.toBeEmpty();
    const relations = page.locator('section[aria-labelledby="relations"]');
    await expect(relations.getByRole('link', { name: 'Uncertainty' }).first()).toHaveAttribute(
      'href',
      '/en/nodes/uncertainty/',
    );
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test('a Chinese node page is wholly in Chinese', async ({ page }) => {
    await page.goto('/zh/nodes/privacy-and-security/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/隐私/);
    await expect(page.getByRole('heading', { name: '解说' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '论文出处' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '关联' })).toBeVisible();
    await expect(page.locator('.badge.level-data')).toContainText('数据');
    await expectNoAxeViolations(page);
  });

  test('inferred relations are marked as editorial in words, not only by style', async ({ page }) => {
    const graph = Graph.parse(await (await page.request.get('/data/graph.json')).json());
    const inferred = graph.edges.find((e) => e.stance === 'inferred');
    if (!inferred) throw new Error('the graph has at least one inferred edge');
    await page.goto(`/en/nodes/${inferred.source}/`);
    const item = page.locator('li.inferred', { has: page.locator(`a[href="/en/nodes/${inferred.target}/"]`) }).first();
    await expect(item).toContainText('editorial');
    await item.getByText('Evidence').click();
    await expect(item.locator('.edge-note')).toHaveText(inferred.note?.en ?? 'a note');
  });

  test('a reference marker leads to the cited work on the sources page', async ({ page }) => {
    await page.goto('/en/nodes/robustness/');
    await page.locator('section[aria-labelledby="citations"]').getByRole('link', { name: '[11]' }).first().click();
    await expect(page).toHaveURL(/\/en\/sources\/#ref-11$/);
    await expect(page.locator('#ref-11')).toContainText('Hendrycks');
  });

  test('reads completely with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [path, sections] of [
      ['/en/nodes/mirroring-effect/', ['Explanation', 'In the paper', 'Relations']],
      ['/zh/nodes/mirroring-effect/', ['解说', '论文出处', '关联']],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
      for (const name of sections) await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
      expect((await page.locator('.prose').innerText()).length).toBeGreaterThan(200);
      await expect(page.locator('section[aria-labelledby="relations"] a').first()).toBeVisible();
    }
    await context.close();
  });
});

test('the language switch keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/nodes/bias/');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/nodes\/bias\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/nodes\/bias\/$/);
});

test.describe('sources', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`/${lang}/sources/ lists the cited works with the ideas that cite them`, async ({ page }) => {
      await page.goto(`/${lang}/sources/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(lang === 'en' ? 'Sources' : '文献');
      const entry = page.locator('#ref-2');
      await expect(entry).toBeVisible();
      expect(await entry.locator('a[href*="/nodes/"]').count()).toBeGreaterThan(2);
      await expect(page.locator('#fn-5')).toContainText('perspectiveapi');
      await expectNoAxeViolations(page);
    });
  }
});

test('an unknown node id answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/en/nodes/no-such-idea/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/en/');
  await expectNoAxeViolations(page);
});

test('the public data contract is served', async ({ request }) => {
  // The published file is exactly what the schema says (the data contract).
  const graph = Graph.parse(await (await request.get('/data/graph.json')).json());
  expect(graph.version).toMatch(/^\d+\.\d+\.\d+$/);
  expect(graph.nodes.length).toBeGreaterThanOrEqual(100);
  expect(graph.edges.length).toBeGreaterThan(graph.nodes.length);
  for (const n of graph.nodes) {
    expect(n.label.en && n.label.zh && n.summary.en && n.summary.zh, n.id).toBeTruthy();
    expect(n.citations.length, n.id).toBeGreaterThan(0);
  }
  const schema = z
    .looseObject({ type: z.string(), properties: z.record(z.string(), z.unknown()) })
    .parse(await (await request.get('/data/graph.schema.json')).json());
  expect(schema.type).toBe('object');
  expect(Object.keys(schema.properties)).toEqual(['version', 'built', 'nodes', 'edges']);
  expect(graph.built).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('data files are served as UTF-8 with their types, and may be fetched from other origins', async ({ request }) => {
  for (const [file, type] of [
    ['nodes.csv', 'text/csv; charset=utf-8'],
    ['graph.graphml', 'application/graphml+xml; charset=utf-8'],
    ['references.bib', 'application/x-bibtex; charset=utf-8'],
    ['skos.jsonld', 'application/ld+json; charset=utf-8'],
  ] as const) {
    const res = await request.get(`/data/${file}`);
    expect(res.status(), file).toBe(200);
    expect(res.headers()['content-type'], file).toBe(type);
    expect(res.headers()['access-control-allow-origin'], file).toBe('*');
  }
});
