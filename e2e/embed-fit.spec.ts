import { expect, test, type Page } from '@playwright/test';
import { suggestedEmbedHeight } from '../components/embed/embed-height';
import { loadTours } from '../content/tours';
import type { EmbedParams } from '../graph/embed-params';
import { LANGS } from '../graph/vocabulary';
import { exampleLessonValue } from './routes';

/**
 * Issue 14 item 6: in a course page's 700 px column, every embed view fits the height the
 * "Embed this view" dialog suggests, so the course page shows no second scrollbar — a
 * tour and a lesson at every step. (The matrix, whose height follows its rows, has its own
 * test in matrix.spec.ts.)
 */
const WIDTH = 700;

function height(view: EmbedParams['view'], controls = false): number {
  return suggestedEmbedHeight({ view, controls, explorer: { levels: [] } });
}

async function overflow(page: Page) {
  return page.evaluate(() => ({
    down: document.documentElement.scrollHeight - window.innerHeight,
    across: document.documentElement.scrollWidth - window.innerWidth,
  }));
}

async function open(page: Page, query: string, h: number) {
  await page.setViewportSize({ width: WIDTH, height: h });
  await page.goto(`/embed/?${query}`);
  await page.locator('.embed-root[data-ready]').waitFor();
}

async function expectFits(page: Page, what: string) {
  // The canvas and the step texts arrive after the page has started; the view is measured once they have.
  await expect
    .poll(async () => (await overflow(page)).down, { message: `${what}: no scrollbar inside the frame` })
    .toBeLessThanOrEqual(0);
  expect((await overflow(page)).across, `${what}: nothing wider than the frame`).toBeLessThanOrEqual(0);
}

const tours = loadTours();

for (const lang of LANGS) {
  test.describe(`embeds fit their suggested height in a ${WIDTH} px frame (${lang})`, () => {
    for (const [query, view, controls] of [
      ['view=graph', 'graph', false],
      ['view=graph&controls=1', 'graph', true],
      ['view=local&focus=emergence&depth=2', 'local', false],
      ['view=local&focus=bias&controls=1', 'local', true],
      ['view=path&from=emergence&to=bias', 'path', false],
      ['view=path&from=homogenization&to=fairness', 'path', false],
      ['view=practice&tour=mediation-and-mirroring', 'practice', false],
    ] as const)
      test(query, async ({ page }) => {
        await open(page, `${query}&lang=${lang}`, height(view, controls));
        if (view !== 'practice') await page.locator('.canvas-inner[data-layout="done"]').waitFor({ timeout: 30_000 });
        else await page.locator('.practice-form').waitFor();
        await expectFits(page, query);
        if (controls) {
          // The controls fold under one line; opened, they stay in their own box.
          const folded = page.locator('details.embed-controls');
          await expect(folded).not.toHaveAttribute('open');
          await folded.locator(':scope > summary').click();
          await expect(folded.locator('.explorer-panel')).toBeVisible();
        }
      });

    for (const tour of tours)
      test(`tour ${tour.id}, every step`, async ({ page }) => {
        test.setTimeout(120_000);
        await open(page, `view=tour&tour=${tour.id}&lang=${lang}`, height('tour'));
        for (let step = 1; step <= tour.steps.length; step++) {
          if (step > 1) await page.locator('.tour-nav button').last().click();
          await expect(page.locator('.tour-step')).toHaveAttribute('data-step', String(step));
          await page.locator('.tour-step .prose').waitFor();
          await expectFits(page, `${tour.id} step ${step}`);
        }
      });

    test('the example lesson, every step', async ({ page }) => {
      test.setTimeout(120_000);
      await open(page, `view=lesson&lesson=${exampleLessonValue(lang)}&lang=${lang}`, height('lesson'));
      const total = Number(/(\d+)\D*$/.exec((await page.locator('.tour-progress').innerText()).trim())?.[1]);
      expect(total).toBeGreaterThan(1);
      // The lesson's note is read, not squeezed away by the step below it: whole, or at
      // least two lines high with the rest a scroll away in its own box.
      const note = await page.locator('.lesson-embed-note').evaluate((el) => ({
        shown: el.clientHeight,
        whole: el.scrollHeight,
        line: parseFloat(getComputedStyle(el).lineHeight),
      }));
      expect(note.shown, 'the lesson note is shown').toBeGreaterThanOrEqual(Math.min(note.whole, 2 * note.line) - 1);
      for (let step = 1; step <= total; step++) {
        if (step > 1) await page.locator('.tour-nav button').last().click();
        await expect(page.locator('.tour-step')).toHaveAttribute('data-step', String(step));
        await expectFits(page, `lesson step ${step}`);
      }
    });
  });
}
