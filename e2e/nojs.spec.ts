import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { messages } from '../content/messages';
import { LANGS, SEARCH_QUERY, nodeOfEachKind, tourIds } from './routes';
import { lessonTeachStrings } from '../content/messages/lesson-strings';

/**
 * Every kind of page reads with JavaScript off: its main content — headings, the
 * explanation, the paper's quotations, citations, table rows, tour steps — is in the HTML
 * and visible. Only the interactive graph and the search palette need a script.
 */
test.use({ javaScriptEnabled: false });

const TourFile = z.object({ steps: z.array(z.object({ title: z.object({ en: z.string(), zh: z.string() }) })) });
const tourSteps = (id: string) =>
  TourFile.parse(
    parseYaml(fs.readFileSync(fileURLToPath(new URL(`../content/tours/${id}/tour.yaml`, import.meta.url)), 'utf8')),
  ).steps;

/** The page has its title and a main landmark with at least `chars` characters of visible text. */
async function reads(page: Page, url: string, chars: number) {
  const response = await page.goto(url);
  expect(response?.ok(), `${url} answers`).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  const text = await page.getByRole('main').innerText();
  expect(text.length, `visible text in main of ${url}`).toBeGreaterThan(chars);
}

test('an embed without JavaScript says so in both languages and links to the site', async ({ page }) => {
  await page.goto('/embed/?view=local&focus=emergence');
  const notes = page.locator('noscript .notice');
  await expect(notes).toHaveCount(2);
  await expect(notes.first()).toContainText(messages('en').embed.noscript);
  await expect(notes.nth(1)).toContainText(messages('zh').embed.noscript);
  await expect(notes.first().locator('a[href="/en/"]')).toBeVisible();
});

test('the language chooser offers both languages', async ({ page }) => {
  await reads(page, '/', 50);
  await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/');
  await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/zh/');
});

for (const lang of LANGS) {
  const t = messages(lang);

  test.describe(`${lang}`, () => {
    test('home: the argument at a glance and a way in for each reader', async ({ page }) => {
      await reads(page, `/${lang}/`, 1000);
      await expect(page.locator('ol.chain > li h3')).toHaveCount(6);
      expect(await page.locator('ol.chain a[href*="/nodes/"]').count()).toBeGreaterThan(10);
      await expect(page.getByRole('heading', { name: t.home.audienceTitle })).toBeVisible();
    });

    // Nodes of five kinds: the source kind has a reference block, the others a full explanation.
    for (const { kind, id } of nodeOfEachKind().filter((n) =>
      ['trait', 'challenge', 'governance', 'case', 'source'].includes(n.kind),
    )) {
      test(`node page of kind ${kind} (${id}): explanation, quotations, citations, relations`, async ({ page }) => {
        await reads(page, `/${lang}/nodes/${id}/`, 400);
        for (const name of [t.node.explanation, t.node.citations, t.node.relations, t.cite.title]) {
          await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
        }
        expect((await page.locator('section[aria-labelledby="explanation"]').innerText()).length).toBeGreaterThan(100);
        const citations = page.locator('section[aria-labelledby="citations"]');
        await expect(citations.locator('q[lang="zh-Hans"]').first()).toBeVisible();
        await expect(citations.locator('q[lang="zh-Hans"]').first()).not.toBeEmpty();
        await expect(page.locator('section[aria-labelledby="relations"] a[href*="/nodes/"]').first()).toBeVisible();
        // The citation of the page itself is text, not something a script fills in.
        await expect(page.locator('section.cite-this')).toContainText(`/${lang}/nodes/${id}/`);
      });
    }

    test('explorer: its heading, the argument drawn, a note, and a way to every idea and link', async ({ page }) => {
      await reads(page, `/${lang}/explore/`, 300);
      // Playwright's text locators skip <noscript>, whose content shows when scripts are off.
      await expect(page.locator('noscript .notice')).toBeVisible();
      await expect(page.locator('noscript .notice')).toContainText(t.explore.noscript);
      // The opening view is drawn in the page, with real text.
      await expect(page.locator('.static-graph svg .ad-node').first()).toBeVisible();
      // The plain list page carries every idea and every link.
      await page.locator('noscript .notice a').first().click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/explore/list/$`));
      await reads(page, `/${lang}/explore/list/`, 2000);
      const graph = z
        .object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) })
        .parse(JSON.parse(fs.readFileSync('public/data/graph.json', 'utf8')));
      await expect(page.locator('.idea-list > li')).toHaveCount(graph.nodes.length);
      await expect(page.locator('.idea-list .node-relations > li')).toHaveCount(graph.edges.length);
    });

    test('tours: the four tours, listed', async ({ page }) => {
      await reads(page, `/${lang}/tours/`, 300);
      await expect(page.locator('.card')).toHaveCount(tourIds().length);
    });

    for (const id of tourIds()) {
      test(`tour ${id}: every step in order, with its text and ideas`, async ({ page }) => {
        await reads(page, `/${lang}/tours/${id}/`, 1000);
        const steps = tourSteps(id);
        const shown = page.locator('.tour-step');
        await expect(shown).toHaveCount(steps.length);
        for (const [i, step] of steps.entries()) {
          const el = shown.nth(i);
          await expect(el.getByRole('heading', { level: 2 })).toHaveText(step.title[lang]);
          await expect(el).toBeVisible();
          expect((await el.locator('.prose').innerText()).length, `text of step ${i + 1}`).toBeGreaterThan(80);
          await expect(el.locator('.step-ideas a').first()).toBeVisible();
        }
      });
    }

    test('matrix: every challenge a row, with its measures, gaps and trade-offs', async ({ page }) => {
      await reads(page, `/${lang}/matrix/`, 2000);
      const rows = page.locator('table.matrix tbody tr');
      expect(await rows.count()).toBeGreaterThan(15);
      // A mark leads to its evidence further down the page without a script.
      const cell = page.locator('table.matrix a.cell-link').first();
      const target = await cell.getAttribute('href');
      await cell.click();
      await expect(page.locator(`${target ?? ''} q[lang="zh-Hans"]`).first()).toBeVisible();
      await expect(page.locator('#gaps')).toBeVisible();
      await expect(page.locator('#tradeoffs')).toBeVisible();
    });

    test('measures table: every measure a row, with its challenges and limitations', async ({ page }) => {
      await reads(page, `/${lang}/measures/`, 1000);
      expect(await page.locator('table.measures-table tbody tr').count()).toBeGreaterThan(10);
      await expect(page.locator('table.measures-table .stance-tag').first()).toBeVisible();
    });

    test('ready-made briefs read in full; the composer says it needs a script and links to them', async ({ page }) => {
      await reads(page, `/${lang}/brief/data/`, 3000);
      expect(await page.locator('.brief-document h2').count()).toBeGreaterThan(5);
      await expect(page.locator('.brief-document blockquote[lang="zh-Hans"]').first()).toBeVisible();
      await reads(page, `/${lang}/brief/`, 200);
      await expect(page.locator('noscript')).toHaveCount(1);
      await expect(page.locator('.brief-page .notice')).toBeVisible();
      await expect(page.locator(`.prebuilt-briefs a[href="/${lang}/brief/all/"]`)).toBeVisible();
    });

    test('relations: the diagrams and the paper’s formulas', async ({ page }) => {
      await reads(page, `/${lang}/relations/`, 500);
      expect(await page.locator('svg.relation-diagram').count()).toBeGreaterThanOrEqual(5);
      for (const f of ['（人-技术）→世界', '人→（技术-世界）', '人-模型（数据）-世界']) {
        await expect(page.locator('.formula').getByText(f, { exact: true })).toBeVisible();
      }
    });

    test('glossary: every term in both languages', async ({ page }) => {
      await reads(page, `/${lang}/glossary/`, 3000);
      expect(await page.locator('table.glossary tbody tr').count()).toBeGreaterThan(100);
      await expect(page.locator('table.glossary td.pinyin').first()).not.toBeEmpty();
    });

    test('sources: the cited works and what cites them', async ({ page }) => {
      await reads(page, `/${lang}/sources/`, 1000);
      expect(await page.locator('ol.source-list > li').count()).toBeGreaterThan(30);
      await expect(page.locator('#ref-11')).toBeVisible();
    });

    test('data: the downloads and how to cite', async ({ page }) => {
      await reads(page, `/${lang}/data/`, 800);
      await expect(page.locator('table.downloads a[href="/data/graph.json"]').first()).toBeVisible();
      expect(await page.locator('table.downloads tbody tr').count()).toBeGreaterThan(8);
      await expect(page.locator('#how-to-cite')).toBeVisible();
    });

    test('teachers’ guide: the views, every parameter, each platform, the links', async ({ page }) => {
      await reads(page, `/${lang}/teach/`, 2000);
      expect(
        await page.locator('#parameters ~ .table-scroll tbody tr, section:has(#parameters) tbody tr').count(),
      ).toBe([...t.teach.params, lessonTeachStrings(lang).param].length);
      for (const [name] of t.teach.platformNotes)
        await expect(page.locator('.platform-notes dt', { hasText: name })).toBeVisible();
      await expect(page.locator('a[href^="/embed/?view=local"]').first()).toBeVisible();
    });

    test('search page: the form, and where to find ideas without the search script', async ({ page }) => {
      await reads(page, `/${lang}/search/?q=${encodeURIComponent(SEARCH_QUERY[lang])}`, 100);
      await expect(page.getByRole('searchbox', { name: t.search.inputLabel })).toBeVisible();
      await expect(page.getByRole('button', { name: t.search.submit })).toBeVisible();
      const note = page.locator('noscript .notice');
      await expect(note).toBeVisible();
      await expect(note).toContainText(t.search.noscript);
      for (const [name, path] of [
        [t.nav.glossary, 'glossary'],
        [t.nav.explore, 'explore'],
        [t.nav.sources, 'sources'],
      ] as const) {
        await expect(note.locator(`a[href="/${lang}/${path}/"]`)).toHaveText(name);
      }
    });
  });
}
