import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { z } from 'zod';
import { briefStrings } from '../content/messages/brief-strings';
import { messages } from '../content/messages';
import { expectNoAxeViolations } from './fixtures';
import { LANGS } from './routes';

/**
 * A policymaker's brief, end to end, in both languages: choose two challenges with the
 * keyboard, share the address and open it fresh, step back and forward, download the
 * Markdown and the Word file (each read back independently and compared with the page),
 * and print with nothing of the site's navigation on paper.
 */
const Graph = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.object({ en: z.string(), zh: z.string() }) })),
});
const graph = Graph.parse(
  JSON.parse(fs.readFileSync(fileURLToPath(new URL('../public/data/graph.json', import.meta.url)), 'utf8')),
);
const labelOf = (id: string) => {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`graph.json has no node ${id}`);
  return node.label;
};

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of a Markdown tree: inline runs joined as written, blocks apart (as a page's innerText reads). */
function mdText(root: Root): string {
  const PHRASING = new Set(['text', 'strong', 'emphasis', 'link', 'inlineCode']);
  const text = (node: Root | Root['children'][number]): string => {
    if ('value' in node && typeof node.value === 'string') return node.value;
    if (!('children' in node)) return '';
    const inline = node.children.every((c) => PHRASING.has(c.type));
    return node.children.map(text).join(inline ? '' : ' ');
  };
  return normalize(text(root));
}

async function download(page: Page, name: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const where = await file.path();
  return fs.readFileSync(where);
}

// The machine these run on is shared: give each journey room.
test.describe.configure({ timeout: 120_000 });

for (const lang of LANGS) {
  const s = briefStrings(lang);
  const label = { bias: labelOf('bias')[lang], toxicity: labelOf('toxicity')[lang] };

  test.describe(`brief (${lang})`, () => {
    test.use({ viewport: { width: 1366, height: 900 } });

    test('choose two challenges with the keyboard, share, reopen, step back and forward, download, print', async ({
      page,
      browser,
    }) => {
      await page.goto(`/${lang}/brief/`);
      await page.locator('.brief-composer[data-ready]').waitFor();
      await expect(page.locator('.brief-empty')).toBeVisible();

      // Keyboard only: focus Bias, tick it, Tab on (past its parts) to Toxicity, tick it.
      await page.getByRole('checkbox', { name: label.bias, exact: true }).focus();
      await page.keyboard.press('Space');
      await expect(page).toHaveURL(/\?challenges=bias$/);
      const toxicity = page.getByRole('checkbox', { name: label.toxicity, exact: true });
      for (let i = 0; i < 12 && !(await toxicity.evaluate((e) => e === document.activeElement)); i += 1)
        await page.keyboard.press('Tab');
      await expect(toxicity).toBeFocused();
      await page.keyboard.press('Space');
      await expect(page).toHaveURL(/\?challenges=bias,toxicity$/);

      const article = page.locator('.brief-composer .brief-document');
      await expect(article.getByRole('heading', { level: 2, name: label.bias })).toBeVisible();
      await expect(article.getByRole('heading', { level: 2, name: label.toxicity })).toBeVisible();
      await expect(article.locator('blockquote[lang="zh-Hans"]').first()).toBeVisible();

      // The address to share is this page's, and opens the same brief in a fresh browser.
      const address = await page.getByLabel(s.share).inputValue();
      expect(address).toBe(page.url());
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(address);
      await expect(other.locator('.brief-document h2').filter({ hasText: label.toxicity }).first()).toBeVisible();
      expect(normalize(await other.locator('.brief-document').innerText())).toBe(normalize(await article.innerText()));
      await fresh.close();

      // Back and forward step through the choices.
      await page.goBack();
      await expect(page).toHaveURL(/\?challenges=bias$/);
      await expect(article.getByRole('heading', { level: 2, name: label.toxicity })).toHaveCount(0);
      await page.goForward();
      await expect(article.getByRole('heading', { level: 2, name: label.toxicity })).toBeVisible();

      // The Markdown, parsed as Markdown, says exactly what the page says.
      const md = (await download(page, s.markdown)).toString('utf8');
      expect(mdText(fromMarkdown(md))).toBe(normalize(await article.innerText()));

      // The Word file, opened with mammoth, has every heading and quotation of the page.
      const docx = await download(page, s.docx);
      const { value: html } = await mammoth.convertToHtml(
        { buffer: docx },
        { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] },
      );
      const headings = (await article.locator('h1, h2, h3, h4').allInnerTexts()).map(normalize);
      const found = [...html.matchAll(/<h([1-4])[^>]*>(.*?)<\/h\1>/g)].map((m) =>
        normalize((m[2] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')),
      );
      expect(found).toEqual(headings);
      const quotes = (await article.locator('blockquote').allInnerTexts()).map(normalize);
      const quoted = [...html.matchAll(/<blockquote>(.*?)<\/blockquote>/g)].map((m) =>
        normalize((m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&')),
      );
      expect(quoted).toEqual(quotes);

      // On paper: the brief, without the site's navigation or the page's controls.
      await page.emulateMedia({ media: 'print' });
      const file = path.join(os.tmpdir(), `brief-${lang}-${process.pid}.pdf`);
      for (const format of ['A4', 'Letter'] as const) {
        await page.pdf({ path: file, format });
        const text = normalize(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }));
        expect(text).toContain(normalize(await article.getByRole('heading', { level: 1 }).innerText()));
        const t = messages(lang);
        // The site's navigation would print its links in a run ("Home Tours Explore …").
        const flat = text.replace(/\s+/g, '');
        expect(flat, `navigation on paper (${format})`).not.toContain(`${t.nav.home}${t.nav.tours}${t.nav.explore}`);
        for (const control of [t.skipToContent, s.markdown, s.clear, s.chooserTitle, s.prebuiltTitle])
          expect(text, `${control} on paper (${format})`).not.toContain(control);
        const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
        expect(pages, 'a page for the overview, one per challenge, one for the references').toBeGreaterThanOrEqual(4);
      }
      fs.rmSync(file);
    });

    test('a ready-made brief and the composer pass axe, and bad addresses are named', async ({ page }) => {
      await page.goto(`/${lang}/brief/data/`);
      await expect(page.locator('.brief-document h1')).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/${lang}/brief/?challenges=bias,nonsense&colour=red`);
      await page.locator('.brief-composer .brief-document').waitFor();
      await expect(page.locator('.brief-output .notice')).toContainText('challenges=nonsense');
      await expect(page.locator('.brief-output .notice')).toContainText('colour=red');
      await expectNoAxeViolations(page);
    });

    test('a whole level is one box, and the ready-made brief of that level says the same', async ({ page }) => {
      await page.goto(`/${lang}/brief/`);
      await page.locator('.brief-composer[data-ready]').waitFor();
      await page.locator('.whole-level input').nth(1).check();
      await expect(page).toHaveURL(/\?levels=data$/);
      const composed = page.locator('.brief-composer .brief-document');
      await composed.locator('h2').first().waitFor();
      const composedHeads = (await composed.locator('h2').allInnerTexts()).map(normalize);
      await page.goto(`/${lang}/brief/data/`);
      const ready = (await page.locator('.brief-document h2').allInnerTexts()).map(normalize);
      expect(ready).toEqual(composedHeads);
    });
  });
}
