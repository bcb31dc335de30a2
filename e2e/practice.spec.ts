/**
 * Practice as a student meets it, in both languages: a tour's questions answered with the
 * keyboard only, feedback with the paper's words, the score kept across a reload and then
 * forgotten; practice with storage blocked; a bad address named in a note; every question
 * readable without JavaScript; "Check yourself" on an idea's page and at the end of a
 * tour; the embedded view in a sandboxed frame on another origin; and axe on the way.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { QuestionBank, type Question } from '../graph/questions/schema';
import { practiceStrings } from '../content/messages/practice-strings';
import { expectNoAxeViolations, watchErrors } from './fixtures';
import { LANGS } from './routes';

const bank = QuestionBank.parse(JSON.parse(fs.readFileSync('public/data/questions.json', 'utf8'))).questions;
const TOUR = 'mediation-and-mirroring';
const tourQuestions = bank.filter((q) => q.tours.some((t) => t === TOUR));
const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT}`;

/** Presses Tab until `target` has focus (keyboard only), failing after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

/** Answers the question on screen with the keyboard: rightly, or with the first wrong option. */
async function answer(page: Page, q: Question, lang: 'en' | 'zh', right: boolean) {
  const form = page.locator('.practice-form');
  if (q.type === 'short') {
    await tabTo(page, form.getByRole('textbox'));
    await page.keyboard.type(right ? (q.answers[lang][0] ?? '') : 'something else');
  } else {
    const wanted = right ? q.answer : q.answer === 0 ? 1 : 0;
    await tabTo(page, form.getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let i = 0; i < wanted; i++) await page.keyboard.press('ArrowDown');
    await expect(form.getByRole('radio').nth(wanted)).toBeChecked();
  }
  await page.keyboard.press('Enter');
}

async function openPractice(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.practice-app[data-ready]').waitFor();
}

for (const lang of LANGS) {
  const t = practiceStrings(lang);

  test(`${lang}: a student answers a tour's questions with the keyboard, keeps the score, then forgets it`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    await openPractice(page, `/${lang}/practice/?tour=${TOUR}`);
    await expect(page.locator('.practice-count')).toHaveText(t.progress(1, tourQuestions.length));
    const [first, second, third] = tourQuestions;
    if (!first || !second || !third) throw new Error('the tour has fewer than three questions');

    await answer(page, first, lang, true);
    const feedback = page.locator('.practice-feedback');
    await expect(feedback).toHaveAttribute('data-result', 'right');
    await expect(feedback.locator('blockquote')).toHaveText(first.evidence.citation.quote);
    await expect(feedback.getByRole('link')).toHaveAttribute('href', `/${lang}/nodes/${first.evidence.link}/`);
    await expect(page.getByRole('status').filter({ hasText: t.right })).toHaveText(`${t.right} ${t.score(1, 1)}`);
    // The one button now moves on, and still has focus.
    await expect(page.getByRole('button', { name: t.next })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.practice-count')).toBeFocused();

    await answer(page, second, lang, true);
    await expect(feedback).toHaveAttribute('data-result', 'right');
    await page.keyboard.press('Enter');
    await answer(page, third, lang, false);
    await expect(feedback).toHaveAttribute('data-result', 'wrong');
    await expect(feedback).toContainText(t.wrong);
    await expect(feedback.locator('blockquote')).toHaveText(third.evidence.citation.quote);
    await expect(page.locator('.practice-score')).toHaveText(t.score(2, 3));

    await page.reload();
    await page.locator('.practice-app[data-ready]').waitFor();
    await expect(page.locator('.practice-score')).toHaveText(t.score(2, 3));
    await expect(page.locator('.practice-count')).toHaveText(t.progress(4, tourQuestions.length));
    await expect(page.getByText(t.resumed(3, tourQuestions.length))).toBeVisible();
    await expectNoAxeViolations(page);

    const forget = page.getByRole('button', { name: t.forget });
    await tabTo(page, forget);
    await page.keyboard.press('Enter');
    await expect(page.getByText(t.forgotten)).toBeVisible();
    await expect(page.locator('.practice-score')).toHaveText(t.score(0, 0));
    await page.reload();
    await page.locator('.practice-app[data-ready]').waitFor();
    await expect(page.locator('.practice-count')).toHaveText(t.progress(1, tourQuestions.length));
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
  });

  test(`${lang}: practice works with storage blocked, and says progress is not kept`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const errors = watchErrors(page);
    await openPractice(page, `/${lang}/practice/?tour=${TOUR}`);
    const [first] = tourQuestions;
    if (!first) throw new Error('no question');
    await answer(page, first, lang, true);
    await expect(page.locator('.practice-feedback')).toHaveAttribute('data-result', 'right');
    await expect(page.locator('.practice-score')).toHaveText(t.score(1, 1));
    await expect(page.getByRole('note').filter({ hasText: t.storageBlocked })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
  });

  test(`${lang}: an address it cannot use is named, and every question is offered instead`, async ({ page }) => {
    await openPractice(page, `/${lang}/practice/?tour=moon&level=sea`);
    const note = page.getByRole('note').filter({ hasText: t.ignoredTitle });
    await expect(note).toContainText('tour=moon');
    await expect(note).toContainText('level=sea');
    await expect(page.locator('.practice-count')).toHaveText(t.progress(1, bank.length));
  });

  test(`${lang}: without JavaScript every question reads, with its answer behind a disclosure`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${lang}/practice/`);
    const items = page.locator('.practice-static > ol > li');
    await expect(items).toHaveCount(bank.length);
    const first = items.first();
    await first.locator('summary').click();
    await expect(first.locator('blockquote')).toHaveText(bank[0]?.evidence.citation.quote ?? '');
    await context.close();
  });
}

test('Check yourself on an idea’s page and at the end of a tour', async ({ page }) => {
  const t = practiceStrings('en');
  const id = 'bias';
  const onIdea = bank.filter((q) => q.nodes.some((n) => n === id));
  await page.goto(`/en/nodes/${id}/`);
  const section = page.locator('section.check-yourself');
  await expect(section.getByRole('heading', { name: t.checkYourself })).toBeVisible();
  await expect(section).toContainText(t.checkYourselfIdea(onIdea.length));
  await section.getByRole('button', { name: t.start }).click();
  await expect(section.locator('.practice-count')).toHaveText(t.progress(1, onIdea.length));
  await expect(section.getByRole('link', { name: t.openPractice })).toHaveAttribute('href', `/en/practice/?node=${id}`);

  await page.goto('/en/tours/traits-to-risks/?step=10');
  await page.locator('.tour[data-ready]').waitFor();
  const atEnd = page.locator('.tour-step:not([hidden]) section.check-yourself');
  await expect(atEnd).toBeVisible();
  await expect(atEnd.getByRole('link', { name: t.openPractice })).toHaveAttribute(
    'href',
    '/en/practice/?tour=traits-to-risks',
  );
  await page.goto('/en/tours/traits-to-risks/?step=2');
  await page.locator('.tour[data-ready]').waitFor();
  await expect(page.locator('section.check-yourself')).toBeHidden();
});

test('the embedded practice works in a sandboxed frame on another origin, and stores nothing', async ({
  page,
  baseURL,
}) => {
  const t = practiceStrings('zh');
  const errors = watchErrors(page);
  const q = new URLSearchParams({
    site: baseURL ?? '',
    embed: `view=practice&tour=${TOUR}&lang=zh`,
    sandbox: 'allow-scripts',
  });
  await page.goto(`${HOST}/?${q}`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.embed-root[data-ready]')).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1 })).toContainText('自我检测');
  await expect(frame.locator('.practice-count')).toHaveText(t.progress(1, tourQuestions.length));
  await expect(frame.getByText(t.noStorage)).toBeVisible();
  const [first] = tourQuestions;
  if (!first || first.type !== 'short') throw new Error('the tour starts with a short answer');
  await frame.getByRole('textbox').fill(first.answers.zh[0] ?? '');
  await frame.getByRole('button', { name: t.check }).click();
  await expect(frame.locator('.practice-feedback blockquote')).toHaveText(first.evidence.citation.quote);
  await expect(frame.locator('.practice-feedback a')).toHaveAttribute('target', '_blank');
  expect(errors).toEqual([]);
});

/** What a phone reader would trip over once an answer is shown: sideways scroll, small targets, small running text. */
async function narrowProblems(page: Page) {
  const layout = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const small = [
      ...document.querySelectorAll<HTMLElement>('.practice-app p, .practice-app li, .practice-app blockquote'),
    ]
      .filter((el) => (el.textContent ?? '').trim().length >= 80 && el.offsetParent !== null)
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
      .map((el) => `${el.className}: ${getComputedStyle(el).fontSize}`);
    return { scroll: document.documentElement.scrollWidth - width, small };
  });
  const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
  return { ...layout, targets: violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))) };
}

for (const lang of LANGS) {
  test(`${lang}: on a phone the feedback reads at full size and nothing scrolls sideways`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await openPractice(page, `/${lang}/practice/?tour=traits-to-risks`);
    const first = bank.find((q) => q.tours.some((t) => t === 'traits-to-risks'));
    if (!first) throw new Error('the tour has no question');
    await answer(page, first, lang, false);
    await expect(page.locator('.practice-feedback')).toHaveAttribute('data-result', 'wrong');
    expect(await narrowProblems(page)).toEqual({ scroll: 0, small: [], targets: [] });
  });
}
