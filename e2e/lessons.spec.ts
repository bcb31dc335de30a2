/**
 * Teachers' lessons (issue 16): a teacher builds a lesson with the keyboard alone, shares
 * its link, and a student opens it elsewhere and plays it; the same lesson embedded in a
 * sandboxed frame on another origin, printed as a handout, in the other language, and
 * from a hostile address.
 */
import fs from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { z } from 'zod';
import { lessonStrings, lessonTeachStrings } from '../content/messages/lesson-strings';
import { toursStrings } from '../content/messages/tour-strings';
import { encodeLesson } from '../graph/lesson-codec';
import type { Lang } from '../graph/schema';
import { expectNoAxeViolations, watchErrors } from './fixtures';
import { LANGS, exampleLessonValue } from './routes';

const HOST = `http://127.0.0.1:${process.env.E2E_HOST_PORT}`;

/** The ideas the teacher adds, in the order they are added. */
const IDEAS = ['emergence', 'bias', 'fairness'] as const;

const Labels = z.object({
  nodes: z.array(z.object({ id: z.string(), label: z.object({ en: z.string(), zh: z.string() }) })),
});
/** Each idea's label in the built data: what the teacher types into the search to find it. */
const labels = new Map(
  Labels.parse(JSON.parse(fs.readFileSync(new URL('../public/data/graph.json', import.meta.url), 'utf8'))).nodes.map(
    (n) => [n.id, n.label],
  ),
);
const searchesFor = (lang: Lang) =>
  IDEAS.map((id) => {
    const label = labels.get(id);
    if (!label) throw new Error(`public/data/graph.json has no node "${id}"`);
    return [label[lang], id] as const;
  });

/** What the teacher types in each language. */
const BUILD = {
  en: {
    title: 'Week 3: where bias comes from',
    searches: searchesFor('en'),
    note: 'Ask: who decides what is fair? <b>not bold</b>',
  },
  zh: {
    title: '第三周：偏见从何而来',
    searches: searchesFor('zh'),
    note: '讨论：由谁来决定什么是公平？<b>不加粗</b>',
  },
};

const stepIds = (page: Page) =>
  page.locator('.lesson-step-edit').evaluateAll((els) => els.map((el) => el.getAttribute('data-key')?.split('~')[0]));

async function openBuilder(page: Page, lang: 'en' | 'zh') {
  await page.goto(`/${lang}/lessons/new/`);
  await page.locator('.lesson-builder[data-ready]').waitFor();
}

/** Builds the three-step lesson with the keyboard only (focus is moved to a field as a screen reader's "jump to" would; every action is a key). */
async function buildByKeyboard(page: Page, lang: 'en' | 'zh') {
  const t = lessonStrings(lang);
  const b = BUILD[lang];
  await page.getByLabel(t.titleLabel, { exact: true }).focus();
  await page.keyboard.type(b.title);

  const search = page.getByRole('combobox', { name: t.searchLabel });
  const results = page.getByRole('listbox', { name: t.searchLabel });
  await search.focus();
  for (const [query, id] of b.searches) {
    await page.keyboard.type(query);
    await expect(results.getByRole('option').first()).toBeVisible();
    await expect(results.getByRole('option', { selected: true })).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.locator('.lesson-step-edit').last()).toHaveAttribute('data-key', `${id}~0`);
  }
  await expect(search).toBeFocused();
  expect(await stepIds(page)).toEqual(['emergence', 'bias', 'fairness']);

  // Reorder: fairness up twice, with the focus staying on its "Move up" button.
  const up = page.locator('.lesson-step-edit').nth(2).locator('[data-action="up"]');
  await up.focus();
  await page.keyboard.press('Enter');
  expect(await stepIds(page)).toEqual(['emergence', 'fairness', 'bias']);
  const moved = page.locator('.lesson-step-edit').nth(1).locator('[data-action="up"]');
  await expect(moved).toBeFocused();
  const fairness = (await page.locator('.lesson-step-edit').nth(1).locator('h3 a').textContent()) ?? '';
  await expect(page.locator('.lesson-builder [role="status"]').filter({ hasText: t.moved(fairness, 2) })).toHaveCount(
    1,
  );
  await page.keyboard.press('Enter');
  expect(await stepIds(page)).toEqual(['fairness', 'emergence', 'bias']);
  // At the top, "Move up" is disabled, so focus moves to "Move down" of the same step.
  await expect(page.locator('.lesson-step-edit').first().locator('[data-action="down"]')).toBeFocused();
  // And down again with the keyboard: fairness, emergence, bias → emergence, fairness, bias.
  await page.keyboard.press('Enter');
  expect(await stepIds(page)).toEqual(['emergence', 'fairness', 'bias']);

  // A note on the second step (fairness), typed.
  await page.getByLabel(t.stepNoteLabel, { exact: true }).nth(1).focus();
  await page.keyboard.type(b.note);
  await expect(page.getByLabel(t.stepNoteLabel, { exact: true }).nth(1)).toHaveValue(b.note);
}

/** Copies the link with the keyboard and returns it (what the clipboard holds). */
async function copyLink(page: Page, lang: 'en' | 'zh'): Promise<string> {
  const t = lessonStrings(lang);
  await page.getByRole('button', { name: t.copyLink }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(t.copied)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.getByLabel(t.linkLabel).inputValue());
  return copied;
}

async function playInFreshContext(browser: Browser, link: string, lang: 'en' | 'zh') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  const t = lessonStrings(lang);
  const tt = toursStrings(lang);
  const b = BUILD[lang];
  await page.goto(link);
  await page.locator('.tour[data-ready]').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(b.title);
  await expect(page.locator('.tour-progress')).toContainText(tt.progress(1, 3));
  await expect(page.locator('.tour-step:not([hidden]) .lesson-explanation .prose')).toBeVisible();
  await expect(page.locator('.tour-graph')).toHaveAttribute('data-highlight', 'emergence');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/[?&]step=2/);
  await expect(page.locator('.tour-progress')).toContainText(tt.progress(2, 3));
  const step = page.locator('.tour-step:not([hidden])');
  // The note is text, exactly as typed: its markup is not markup.
  await expect(step.locator('.teacher-note .note-text')).toHaveText(b.note);
  await expect(step.locator('.teacher-note b')).toHaveCount(0);
  await expect(step.locator('.step-relations')).toContainText(t.relationsLabel);
  await expect(page.locator('.tour-graph')).toHaveAttribute('data-highlight', 'fairness');
  await expect(step.locator('.lesson-explanation .prose')).toBeVisible();
  expect(errors).toEqual([]);
  return { context, page };
}

for (const lang of LANGS) {
  const t = lessonStrings(lang);

  test.describe(`lessons (${lang})`, () => {
    test('a teacher builds a three-step lesson with the keyboard, copies the link, and it plays in a fresh browser', async ({
      page,
      browser,
      context,
    }) => {
      test.setTimeout(120_000);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await openBuilder(page, lang);
      await buildByKeyboard(page, lang);
      await expectNoAxeViolations(page);
      const link = await copyLink(page, lang);
      expect(link).toContain(`/${lang}/lessons/play/?lesson=1.`);
      expect(link.length).toBeLessThan(2000);
      await expect(page.locator('[data-length]')).toHaveText(t.linkLength(link.length));

      const played = await playInFreshContext(browser, link, lang);
      await expectNoAxeViolations(played.page);

      // "Edit this lesson" reopens the builder with it, in that fresh browser.
      await played.page.getByRole('link', { name: t.edit }).click();
      await played.page.locator('.lesson-builder[data-ready]').waitFor();
      await expect(played.page.getByLabel(t.titleLabel, { exact: true })).toHaveValue(BUILD[lang].title);
      expect(await stepIds(played.page)).toEqual(['emergence', 'fairness', 'bias']);
      await expect(played.page).toHaveURL(new RegExp(`/${lang}/lessons/new/$`));
      await played.context.close();
    });

    test('the lesson embedded in a sandboxed frame on another origin plays and resizes its host', async ({
      page,
      baseURL,
    }) => {
      const errors = watchErrors(page);
      const q = new URLSearchParams({
        site: baseURL ?? '',
        embed: `view=lesson&lang=${lang}&lesson=${exampleLessonValue(lang)}`,
        sandbox: 'allow-scripts',
        resize: '1',
      });
      await page.goto(`${HOST}/?${q}`);
      const frame = page.frameLocator('iframe');
      await expect(frame.locator('.embed-root[data-ready]')).toBeVisible();
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
        t.embedTitle(lessonTeachStrings(lang).exampleTitle),
      );
      await expect(frame.locator('.teacher-note')).toBeVisible();
      await expect(frame.locator('.lesson-explanation .prose')).toBeVisible();
      await frame.getByRole('button', { name: new RegExp(toursStrings(lang).next) }).click();
      await expect(frame.locator('.tour-progress')).toContainText(toursStrings(lang).progress(2, 3));
      await expect(frame.locator('.tour-step > h2')).toBeFocused();
      // The frame says how tall it is; the host's script applies it.
      const last = () =>
        page.evaluate(() => {
          const msgs = (
            window as unknown as { hostMessages: { origin: string; data: { type?: string; height?: number } }[] }
          ).hostMessages.filter((m) => m.data?.type === 'framework-explorer:resize');
          return msgs[msgs.length - 1];
        });
      await expect.poll(async () => (await last())?.data.height ?? 0).toBeGreaterThan(300);
      expect((await last())?.origin).toBe('null');
      await expect
        .poll(async () => {
          const frameHeight = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
          return Math.abs(frameHeight - ((await last())?.data.height ?? 0));
        })
        .toBeLessThan(2);
      expect(errors).toEqual([]);
    });

    test('printed, a lesson is a handout: every step, the notes, the paper’s words, the address at the top', async ({
      page,
    }) => {
      await page.goto(`/${lang}/lessons/play/?lesson=${exampleLessonValue(lang)}`);
      await page.locator('.tour[data-ready]').waitFor();
      // Every step's explanation has arrived (they are fetched as the lesson opens).
      await expect(page.locator('.lesson-explanation .prose')).toHaveCount(3);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.lesson-step')).toHaveCount(3);
      for (const step of await page.locator('.lesson-step').all()) {
        await expect(step).toBeVisible();
        await expect(step.locator('.teacher-note')).toBeVisible();
        await expect(step.locator('.citations q[lang="zh-Hans"]').first()).toBeVisible();
      }
      const address = page.locator('.lesson-address');
      await expect(address).toBeVisible();
      await expect(address).toContainText(`/${lang}/lessons/play/?lesson=1.`);
      // The page's bare address (without the lesson) is not printed as well.
      await expect(page.locator('.print-address:not(.lesson-address)')).toBeHidden();
      await expect(page.locator('.tour-nav')).toBeHidden();
    });
  });
}

test('in the other language the site’s texts switch and the teacher’s notes stay as written', async ({ page }) => {
  await page.goto(`/zh/lessons/play/?lesson=${exampleLessonValue('en')}`);
  await page.locator('.tour[data-ready]').waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lessonTeachStrings('en').exampleTitle);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'en');
  await expect(page.locator('.tour-progress')).toContainText(toursStrings('zh').progress(1, 3));
  const note = page.locator('.tour-step:not([hidden]) .teacher-note .note-text');
  await expect(note).toHaveAttribute('lang', 'en');
  await expect(note).toHaveText(lessonTeachStrings('en').exampleSteps[0] ?? '');
  await expect(page.locator('.tour-step:not([hidden]) .lesson-explanation .prose')).toHaveAttribute('class', /prose/);
  await expect(page.locator('.tour-step:not([hidden]) .teacher-note .label')).toHaveText(
    lessonStrings('zh').teacherNote,
  );
});

test('"Add to my lesson" on an idea’s page adds it to the lesson in the builder', async ({ page }) => {
  const t = lessonStrings('en');
  await page.goto('/en/nodes/bias/');
  await page.getByRole('button', { name: t.addToLesson }).click();
  await expect(page.getByText(t.addedToLesson.replace('{n}', '1'))).toBeVisible();
  await page.getByRole('link', { name: t.openLesson }).click();
  await page.locator('.lesson-builder[data-ready]').waitFor();
  expect(await stepIds(page)).toEqual(['bias']);
  // Back on another idea's page, the button adds the next step.
  await page.goto('/en/nodes/fairness/');
  await page.getByRole('button', { name: t.addToLesson }).click();
  await expect(page.getByText(t.addedToLesson.replace('{n}', '2'))).toBeVisible();
});

test('a hostile lesson address never injects markup, never blanks the page, and names what it could not use', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const t = lessonStrings('en');
  await page.goto(
    '/en/lessons/play/?lesson=%3Cscript%3Ealert(1)%3C/script%3E&step=%3Cimg%20src=x%20onerror=alert(2)%3E',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.playerFallbackTitle);
  await expect(page.getByRole('note')).toContainText(t.unreadable);
  await expect(page.getByRole('note')).toContainText(t.problem({ type: 'unreadable', reason: 'encoding' }));

  // A well-formed lesson whose texts and ids are markup: all of it shows as text.
  const hostile = encodeLesson({
    lang: 'en',
    data: '0.1.0',
    title: '<img src=x onerror=alert(3)>',
    note: '<script>alert(4)</script>',
    steps: [
      { node: 'bias', title: '"><svg onload=alert(5)>', note: '<iframe src=javascript:alert(6)>' },
      { node: 'gone-idea', title: '', note: 'kept' },
    ],
  });
  await page.goto(`/en/lessons/play/?lesson=${hostile}`);
  await page.locator('.tour[data-ready]').waitFor();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<img src=x onerror=alert(3)>');
  await expect(page.locator('main img, main svg[onload], main iframe, main script')).toHaveCount(0);
  await expect(page.getByRole('note').first()).toContainText('gone-idea');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('.tour-step:not([hidden]) h2')).toHaveText(t.missingIdea);
  await expect(page.locator('.tour-step:not([hidden]) .teacher-note')).toContainText('kept');
  expect(errors).toEqual([]);
});

test('a lesson file opens in the builder, and a broken one is named', async ({ page }) => {
  const t = lessonStrings('en');
  await openBuilder(page, 'en');
  const input = page.getByLabel(t.openFile);
  await input.setInputFiles({
    name: 'week3.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({
        format: 'framework-explorer-lesson',
        version: 1,
        data: '0.1.0',
        lang: 'en',
        title: 'From a file',
        note: '',
        steps: [{ node: 'bias', title: '', note: 'n', colour: 'red' }],
      }),
    ),
  });
  await expect(page.getByText(t.opened('week3.json'))).toBeVisible();
  await expect(page.getByRole('note')).toContainText(t.problem({ type: 'unknown-field', step: 1, field: 'colour' }));
  await expect(page.getByLabel(t.titleLabel, { exact: true })).toHaveValue('From a file');
  await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') });
  await expect(page.getByText(t.openFailed('notes.txt'))).toBeVisible();
  // The lesson opened before is still there.
  await expect(page.getByLabel(t.titleLabel, { exact: true })).toHaveValue('From a file');
});

test('a long Chinese note makes the link too long for some platforms: its length and cause are named, the file offered', async ({
  page,
}) => {
  const t = lessonStrings('zh');
  await openBuilder(page, 'zh');
  await page.getByRole('button', { name: t.copyTour }).click();
  // 900 different Han characters: text that compresses as little as real prose does.
  const note = Array.from({ length: 900 }, (_, i) => String.fromCodePoint(0x4e00 + ((i * 7919) % 20000))).join('');
  await page.getByLabel(t.noteLabel).fill(note);
  const warning = page.locator('.link-warning');
  await expect(warning).toBeVisible();
  const length = Number(await warning.getAttribute('data-length'));
  expect(length).toBeGreaterThan(2000);
  await expect(warning).toContainText(`${length.toLocaleString('zh-Hans')} 个字符`);
  await expect(warning).toContainText('说明和标题');
  await expect(page.getByRole('button', { name: t.download })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of LANGS) {
    test(`the builder and the player say they need a script and where to read instead (${lang})`, async ({ page }) => {
      const t = lessonStrings(lang);
      await page.goto(`/${lang}/lessons/new/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.builderTitle);
      await expect(page.locator('noscript .notice')).toContainText(t.noscript);
      await expect(page.locator(`noscript .notice a[href="/${lang}/tours/"]`)).toBeVisible();
      await page.goto(`/${lang}/lessons/play/?lesson=${exampleLessonValue(lang)}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.playerFallbackTitle);
      await expect(page.locator('noscript .notice')).toContainText(t.noscript);
    });
  }
});
