import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import { expectNoAxeViolations } from './fixtures';
import { canvasLabels, overlaps } from './graph-helpers';

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.tour[data-ready]').waitFor();
}

const visibleStepTitle = (page: Page) => page.locator('.tour-step:not([hidden]) h2');

test.describe('tours', () => {
  test('the tours page lists the four tours in both languages', async ({ page }) => {
    await page.goto('/en/tours/');
    await expect(page.getByRole('link', { name: 'The paper in twelve steps' })).toBeVisible();
    await expect(page.locator('.card')).toHaveCount(4);
    await page.goto('/zh/tours/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
    await expect(page.locator('.card')).toHaveCount(4);
  });

  test('walks a tour with the buttons and the arrow keys', async ({ page }) => {
    await open(page, '/en/tours/paper-in-twelve-steps/');
    await expect(page.locator('.tour-progress')).toContainText('Step 1 of 12');
    await expect(page.locator('.tour-step:not([hidden])')).toHaveCount(1);
    const first = await visibleStepTitle(page).textContent();
    await page.getByRole('button', { name: /Next step/ }).click();
    await expect(page).toHaveURL(/\?step=2$/);
    await expect(page.locator('.tour-progress')).toContainText('Step 2 of 12');
    expect(await visibleStepTitle(page).textContent()).not.toBe(first);
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.tour-progress')).toContainText('Step 3 of 12');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.locator('.tour-progress')).toContainText('Step 1 of 12');
    await expect(page.getByRole('button', { name: /Previous step/ })).toBeDisabled();
    await page.goBack();
    await expect(page.locator('.tour-progress')).toContainText('Step 2 of 12');
  });

  test('a deep-linked step shows that step, with its ideas highlighted', async ({ page }) => {
    await open(page, '/en/tours/mediation-and-mirroring/?step=4');
    await expect(page.locator('.tour-progress')).toContainText('Step 4 of');
    const ideas = await page
      .locator('.tour-step:not([hidden]) .step-ideas a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')?.split('/').at(-2)));
    const highlighted = (await page.locator('.tour-graph').getAttribute('data-highlight'))?.split(' ');
    expect(highlighted?.sort()).toEqual(ideas.sort());
    expect(ideas).toContain('embodiment-relation');
    await expect(page.locator('.tour-graph .canvas canvas').first()).toBeVisible();
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`(${lang}) the graph zooms to the current step's ideas, each label readable and apart`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await open(page, `/${lang}/tours/paper-in-twelve-steps/?step=3`);
      const graph = page.locator('.tour-graph');
      await expect(graph.locator('.canvas-inner[data-layout="done"]')).toBeAttached({ timeout: 30_000 });
      /** The step's ideas that are drawn on screen, labelled at ≥ 11 px, with no two labels overlapping. */
      const stepInView = async () => {
        const ids = (await graph.getAttribute('data-highlight'))?.split(' ') ?? [];
        const box = await graph.locator('.canvas').boundingBox();
        const labels = await canvasLabels(page, '.tour-graph');
        const shown = labels.filter(
          (l) =>
            box !== null &&
            l.fontPx >= 11 &&
            l.box.x >= box.x - 1 &&
            l.box.y >= box.y - 1 &&
            l.box.x + l.box.width <= box.x + box.width + 1 &&
            l.box.y + l.box.height <= box.y + box.height + 1,
        );
        const zoom = await graph
          .locator('.canvas-inner')
          .evaluate((el: HTMLElement & { _cyreg?: { cy?: Core } }) => el._cyreg?.cy?.zoom() ?? 0);
        const missing = ids.filter((id) => !shown.some((l) => l.id === id));
        return {
          // Every idea of the step in view, or — when they cannot all fit with readable
          // labels — zoomed out as far as labels stay readable, centred on them.
          framed: ids.length > 0 && missing.length < ids.length && (missing.length === 0 || zoom <= 11 / 13 + 0.01),
          overlapping: overlaps(labels),
        };
      };
      await expect.poll(stepInView, { timeout: 15_000 }).toEqual({ framed: true, overlapping: [] });
      await page.getByRole('button', { name: lang === 'en' ? /Next step/ : /下一步/ }).click();
      await expect(page.locator('.tour-progress')).toContainText(lang === 'en' ? 'Step 4' : '第 4 步');
      await expect.poll(stepInView, { timeout: 15_000 }).toEqual({ framed: true, overlapping: [] });
    });
  }

  test('a tour can be cited, in plain text and BibTeX', async ({ page }) => {
    await open(page, '/en/tours/traits-to-risks/');
    const cite = page.locator('section.cite-this');
    await expect(cite).toContainText('From traits to risks');
    await expect(cite).toContainText('@');
    await expect(cite).toContainText('/en/tours/traits-to-risks/');
  });

  test('an impossible step is ignored with a note', async ({ page }) => {
    await open(page, '/zh/tours/traits-to-risks/?step=99');
    await expect(page.getByRole('note')).toContainText('step=99');
    await expect(page.locator('.tour-progress')).toContainText('第 1 步');
  });

  test('reads as a sequence of steps without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/tours/governance-and-limits/');
    const steps = page.locator('.tour-step');
    expect(await steps.count()).toBeGreaterThanOrEqual(8);
    await expect(steps.last()).toBeVisible();
    await expect(steps.first().locator('.prose')).not.toBeEmpty();
    await context.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`axe finds no violations on a ${lang} tour`, async ({ page }) => {
      await open(page, `/${lang}/tours/paper-in-twelve-steps/?step=3`);
      await expectNoAxeViolations(page);
    });
  }
});
