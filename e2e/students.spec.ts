import { expect, test, type Page } from '@playwright/test';
import { compareStrings } from '../content/messages/compare-strings';
import { glossaryFilterStrings } from '../content/messages/glossary-strings';
import { paperStrings } from '../content/messages/paper-strings';
import { toursStrings } from '../content/messages/tour-strings';
import { loadGraph } from '../graph/load';
import { quoteFor } from '../graph/paper-outline';
import { PAPER_SECTIONS, paperSection, sectionAnchor } from '../graph/sections';
import { expectNoAxeViolations } from './fixtures';
import { LANGS, tourIds } from './routes';

/**
 * The students' issue: reading along with the paper, comparing two ideas, tours without
 * dead ends, link previews, a glossary that filters. Both languages; the pages that are
 * not interactive read in full without JavaScript.
 */
const ANCHORS = PAPER_SECTIONS.map((s) => sectionAnchor(s.id));

/** The quotations the pages choose, read from the graph: an idea's quotation under a section, its first citation. */
const graph = loadGraph();
function quoteUnder(id: string, section: string): string {
  const node = graph.node.get(id);
  const entry = paperSection(section);
  const quote = node && entry ? quoteFor(node, entry)?.quote : undefined;
  if (quote === undefined) throw new Error(`${id} has no quotation under ${section}`);
  return quote;
}
function firstQuote(id: string): string {
  const quote = graph.node.get(id)?.citations[0]?.quote;
  if (quote === undefined) throw new Error(`${id} has no citation`);
  return quote;
}

async function openTour(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.tour[data-ready]').waitFor();
}

for (const lang of LANGS) {
  const tp = paperStrings(lang);
  const tc = compareStrings(lang);

  test.describe(`${lang}: the paper`, () => {
    test('has every section in order, each with its heading, our summary and its ideas', async ({ page }) => {
      await page.goto(`/${lang}/paper/`);
      await expect(page.getByRole('heading', { level: 1, name: tp.title })).toBeVisible();
      const ids = await page.locator('section.paper-section').evaluateAll((els) => els.map((e) => e.id));
      expect(ids).toEqual(ANCHORS);
      // The paper's own heading (Chinese) is in every numbered section's heading.
      await expect(page.locator('#s2-2-1-title')).toContainText('算法层面：不确定性与真实性、可靠性问题');
      await expect(page.locator('#s2-2-1-title')).toContainText('Algorithm level');
      await expect(page.locator('#s2-1-1 .section-summary')).toContainText(tp.ourSummary);
      // The ideas of §2.1.1, grouped by kind, link to their pages; its defining clause is quoted.
      const emergence = page
        .locator('#s2-1-1 .idea-list li')
        .filter({ has: page.locator('a[href$="/nodes/emergence/"]') });
      await expect(emergence.locator('q')).toHaveText(quoteUnder('emergence', '2.1.1'));
      await expect(page.locator('#s4-2-limitations a[href$="/nodes/long-tail-effect/"]')).toBeVisible();
      await expect(page.locator('.paper-toc a[href="#s2-2-2"]')).toBeVisible();
    });

    test('says plainly that the paper’s title, authors and venue are not given', async ({ page }) => {
      for (const url of [`/${lang}/paper/`, `/${lang}/`, `/${lang}/sources/`, `/${lang}/nodes/emergence/`]) {
        await page.goto(url);
        await expect(page.locator('[data-paper-identity="not-given"]').first()).toContainText(tp.identityNotGiven);
      }
    });

    test('section references link to their anchor on the paper page', async ({ page }) => {
      await page.goto(`/${lang}/nodes/emergence/`);
      const link = page.locator('#citations ~ ul .section-link, .citations .section-link').first();
      const href = await link.getAttribute('href');
      expect(href).toMatch(new RegExp(`^/${lang}/paper/#(${ANCHORS.join('|')})$`));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/paper/#`));
      const anchor = new URL(page.url()).hash.slice(1);
      await expect(page.locator(`#${anchor}`)).toBeInViewport();
      // Prose that names a section links it too (content/remark-section-links.ts).
      await page.goto(`/${lang}/tours/paper-in-twelve-steps/?step=4`);
      await expect(page.locator('.tour-step:not([hidden]) .prose a.section-link').first()).toHaveAttribute(
        'href',
        `/${lang}/paper/#s2-2`,
      );
    });

    test('a node page shows where the idea sits in the paper, and its tours', async ({ page }) => {
      await page.goto(`/${lang}/nodes/emergence/`);
      const where = page.getByRole('region', { name: tp.whereTitle });
      await expect(where.locator('li.cited > a[href$="#s2-1-1"]')).toBeVisible();
      await expect(where.locator('li.cited')).toHaveCount(await where.locator('.cited-mark').count());
      const tours = page.getByRole('region', { name: toursStrings(lang).appearsIn });
      const step = tours.locator('a[href*="/tours/paper-in-twelve-steps/?step="]').first();
      await expect(step).toBeVisible();
      await step.click();
      await page.locator('.tour[data-ready]').waitFor();
      await expect(page.locator('.tour-step:not([hidden]) .step-ideas a[href$="/nodes/emergence/"]')).toBeVisible();
    });

    test('compare: emergence × homogenization shows both definitions, shared and separate links', async ({ page }) => {
      // axe takes a while over the page's fourteen pre-rendered comparisons on a busy machine.
      test.setTimeout(120_000);
      await page.goto(`/${lang}/compare/?a=emergence&b=homogenization`);
      await page.locator('.compare-app[data-ready]').waitFor();
      const cmp = page.locator('#emergence--homogenization');
      await expect(cmp).toBeInViewport();
      const cards = cmp.locator('.compare-card');
      await expect(cards).toHaveCount(2);
      await expect(cards.first().locator('.compare-quote q').first()).toHaveText(firstQuote('emergence'));
      await expect(cards.nth(1).locator('.compare-quote q').first()).toHaveText(firstQuote('homogenization'));
      await expect(cmp.locator('.compare-shared a[href$="/nodes/core-traits/"]')).toBeVisible();
      await expect(cards.first().locator('a[href$="/nodes/robustness/"]')).toBeVisible();
      await expect(cards.nth(1).locator('a[href$="/nodes/horizontal-homogenization/"]')).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test('compare: any other pair is compared in the browser; a bad address gets a note', async ({ page }) => {
      await page.goto(`/${lang}/compare/?a=bias&b=fairness`);
      const result = page.locator('#comparison');
      await expect(result.locator('.compare-card')).toHaveCount(2);
      await expect(result.locator('.compare-card a[href$="/nodes/bias/"]').first()).toBeVisible();
      await page.goto(`/${lang}/compare/?a=no-such-idea&b=bias`);
      await expect(page.getByRole('note')).toContainText(tc.unknown('a', 'no-such-idea'));
      await page.goto(`/${lang}/compare/?a=bias`);
      await expect(page.getByRole('note')).toContainText(tc.missing('b'));
      // Choosing in the form updates the address and the comparison.
      await page.getByLabel(tc.second).selectOption('toxicity');
      await page.getByRole('button', { name: tc.submit }).click();
      await expect(page).toHaveURL(/\?a=bias&b=toxicity$/);
      await expect(page.locator('#comparison .compare-card')).toHaveCount(2);
    });
  });

  test.describe(`${lang}: tours without dead ends`, () => {
    for (const id of tourIds())
      test(`the last step of ${id} links onward`, async ({ page }) => {
        await openTour(page, `/${lang}/tours/${id}/`);
        const total = await page.locator('.tour-step').count();
        await openTour(page, `/${lang}/tours/${id}/?step=${total}`);
        const end = page.locator('.tour-step:not([hidden]) .tour-end');
        await expect(end).toBeVisible();
        await expect(end.locator('a[href*="/tours/"]').first()).toBeVisible();
        await expect(end.locator(`a[href^="/${lang}/explore/?focus="]`)).toBeVisible();
        await end.locator(`a[href^="/${lang}/tours/"]`).first().click();
        await expect(page).toHaveURL(new RegExp(`/${lang}/tours/[a-z-]+/$`));
        expect(page.url()).not.toContain(`/tours/${id}/`);
      });

    test('previous and next also at the bottom of each step, by title', async ({ page }) => {
      const t = toursStrings(lang);
      await openTour(page, `/${lang}/tours/traits-to-risks/?step=2`);
      const footer = page.getByRole('navigation', { name: t.navBottom });
      const third = (await page.locator('.tour-step[data-step="3"] h2').textContent()) ?? '';
      await footer.getByRole('button', { name: t.onTo(3, third) }).click();
      await expect(page).toHaveURL(/\?step=3$/);
      await expect(page.locator('.tour-step:not([hidden]) h2')).toBeFocused();
      await footer
        .getByRole('button', { name: new RegExp(`^${t.backTo(2, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
        .click();
      await expect(page).toHaveURL(/\?step=2$/);
    });

    test('on a phone the navigator is one row and the step’s ideas sit under its title', async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await openTour(page, `/${lang}/tours/paper-in-twelve-steps/?step=3`);
      const nav = page.getByRole('navigation', { name: toursStrings(lang).navTop, exact: true });
      const box = await nav.boundingBox();
      expect(box?.height ?? 999).toBeLessThanOrEqual(64);
      const tops = await nav
        .locator('button, .tour-progress')
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(12);
      await expect(nav.locator('.tour-progress')).toContainText('3 / 12');
      const step = page.locator('.tour-step:not([hidden])');
      const title = await step.locator('h2').boundingBox();
      const chips = await step.locator('.idea-chips').boundingBox();
      const text = await step.locator('.prose').boundingBox();
      expect((chips?.y ?? 0) > (title?.y ?? 0) && (chips?.y ?? 0) < (text?.y ?? 0)).toBe(true);
      const size = await step
        .locator('.idea-chips a')
        .first()
        .evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
      expect(size).toBeGreaterThanOrEqual(16);
      await context.close();
    });
  });

  test.describe(`${lang}: the explorer's section filter`, () => {
    test('reads the section from the address, and keeps it there when chosen', async ({ page }) => {
      await page.goto(`/${lang}/explore/?section=2.2.3`);
      await page.locator('.explorer[data-ready]').waitFor();
      // The ideas as a list (the explorer opens on the graph).
      await page
        .getByRole('group', { name: /Show as|显示方式/ })
        .getByRole('button', { name: /List|列表/ })
        .click();
      const listed = page.locator('.node-list > li');
      await expect(page.locator('#list-global-justice')).toBeVisible();
      await expect(page.locator('#list-emergence')).toHaveCount(0);
      const few = await listed.count();
      await page.getByLabel(tp.filterLabel).selectOption('3');
      await expect(page).toHaveURL(/section=3$/);
      await expect(page.locator('#list-mirroring-effect')).toBeVisible();
      await page.getByRole('button', { name: new RegExp(tp.filterChip('').slice(0, 4)) }).click();
      await expect(page).not.toHaveURL(/section=/);
      expect(await listed.count()).toBeGreaterThan(few);
    });
  });

  test.describe(`${lang}: glossary`, () => {
    test('the filter finds 涌现性 by “yongxian” and by “yx”, and kinds narrow it', async ({ page }) => {
      test.setTimeout(120_000);
      const t = glossaryFilterStrings(lang);
      await page.goto(`/${lang}/glossary/`);
      await page.locator('.glossary-app[data-ready]').waitFor();
      const row = page.locator('#term-emergence');
      const field = page.getByLabel(t.label);
      for (const q of ['yongxian', 'yx']) {
        await field.fill(q);
        await expect(row).toBeVisible();
        await expect(page.locator('#term-bias')).toBeHidden();
      }
      await field.fill('');
      await expect(page.locator('#term-bias')).toBeVisible();
      await page.getByRole('button', { name: lang === 'en' ? 'Traits' : '特性' }).click();
      await expect(row).toBeVisible();
      await expect(page.locator('#term-bias')).toBeHidden();
      await expect(page.getByRole('status')).toContainText(/\d/);
      await expectNoAxeViolations(page);
    });

    for (const width of [1280, 640, 390])
      test(`keeps a six-character Chinese term on one line at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/${lang}/glossary/`);
        for (const id of ['multi-stakeholder-oversight', 'data-cleaning', 'value-sensitive-design']) {
          const cell = page.locator(`#term-${id} .term-zh`);
          expect(((await cell.textContent()) ?? '').trim()).toHaveLength(6);
          const lines = await cell.evaluate((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
          });
          expect(lines, id).toBe(1);
        }
        await expect(page.locator('#term-restricted-access .pinyin')).toContainText('zhǐ zhēnduì');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
  });
}

test.describe('link previews', () => {
  test('hovering a link to an idea shows its card, without moving the page', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/en/nodes/emergence/');
    const link = page.locator('.relation-group a.node-link').first();
    await link.scrollIntoViewIfNeeded();
    const before = await page.locator('main').boundingBox();
    await link.hover();
    const card = page.getByRole('tooltip');
    await expect(card).toBeVisible();
    await expect(card.locator('.lp-other')).toHaveAttribute('lang', 'zh-Hans');
    await expect(card.locator('.badge')).not.toBeEmpty();
    await expect(card.locator('.lp-summary')).not.toBeEmpty();
    await expect(link).toHaveAttribute('aria-describedby', /link-preview/);
    expect(await page.locator('main').boundingBox()).toEqual(before);
    await expectNoAxeViolations(page);
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();
    await expect(link).not.toHaveAttribute('aria-describedby', /link-preview/);
  });

  test('keyboard focus shows the card; Escape hides it', async ({ page }) => {
    await page.goto('/zh/paper/');
    const link = page.locator('#s2-1-1 .idea-list a.node-link').first();
    const card = page.getByRole('tooltip');
    // The previews listen once the page has started: a Tab pressed before that shows no
    // card (the link works as a plain link), so tab onto the link until the page runs.
    await expect(async () => {
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await expect(card).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(card).toHaveAttribute('lang', 'zh-Hans');
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
  });

  test('never on a touch-only device', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/en/paper/');
    const hover = await page.evaluate(() => window.matchMedia('(any-hover: hover)').matches);
    expect(hover).toBe(false);
    await page.locator('#s2-1-1 .idea-list a.node-link').first().tap();
    await expect(page).toHaveURL(/\/en\/nodes\//);
    await expect(page.getByRole('tooltip')).toHaveCount(0);
    await context.close();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`${lang}: the paper page and the paper's own contrasts read in full`, async ({ page }) => {
      await page.goto(`/${lang}/paper/`);
      for (const anchor of ANCHORS) await expect(page.locator(`#${anchor} .section-summary`)).toBeVisible();
      await page.goto(`/${lang}/compare/?a=emergence&b=homogenization#emergence--homogenization`);
      await expect(page.locator('noscript').first()).toBeAttached();
      await expect(page.locator('#emergence--homogenization .compare-quote').first()).toBeVisible();
      await expect(page.locator('#embodiment-relation--alterity-relation .compare-card')).toHaveCount(2);
      await page.goto(`/${lang}/tours/governance-and-limits/`);
      await expect(page.locator('.tour-end')).toBeVisible();
    });
  }
});
