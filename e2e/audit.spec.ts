import { expect, test, type Locator, type Page } from '@playwright/test';
import { messages } from '../content/messages';
import { expectNoAxeViolations } from './fixtures';
import { openRoute, siteRoutes } from './routes';

/**
 * Accessibility audit of every kind of page in both languages: axe finds nothing (WCAG
 * 2.2 AA rules), the landmarks are there, and a keyboard user can skip the header. Then
 * one journey through the site with the keyboard alone.
 */

const open = openRoute;

const focusInMain = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el !== null && el !== document.body && el.closest('main') !== null;
  });

for (const route of siteRoutes()) {
  test(`${route.name}: axe finds no violations; landmarks and skip link are in place`, async ({ page }) => {
    // axe takes tens of seconds over the explorer's full list and edge table on a busy machine.
    test.setTimeout(120_000);
    await open(page, route);
    await expectNoAxeViolations(page);

    await expect(page.getByRole('main')).toHaveCount(1);
    if (route.shell === 'embed') {
      // An embed's banner holds one link to the full site: Tab reaches it, then the view.
      await expect(page.getByRole('banner')).toHaveCount(1);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('banner').getByRole('link')).toBeFocused();
      await page.keyboard.press('Tab');
      expect(await focusInMain(page), 'the second Tab lands in main').toBe(true);
      return;
    }
    if (route.shell === 'bare') {
      // Nothing comes before the main content, so there is nothing to skip: the first Tab lands in it.
      await page.keyboard.press('Tab');
      expect(await focusInMain(page), 'the first Tab lands in main').toBe(true);
      return;
    }
    const t = messages(route.lang);
    const banner = page.getByRole('banner');
    await expect(banner).toHaveCount(1);
    await expect(banner.getByRole('navigation', { name: t.nav.label })).toHaveCount(1);
    await expect(banner.getByRole('navigation', { name: t.languageSwitch.label })).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t.skipToContent });
    await expect(skip, 'the skip link is the first thing Tab reaches').toBeFocused();
    await expect(skip, 'and it shows when focused').toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusInMain(page), 'the next Tab stays in the main content').toBe(true);
  });
}

/** What has focus, for messages, and whether a keyboard user can see where it is. */
async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { key: 'body', label: 'the page', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    // A key that tells elements apart, so a Tab that does not move focus is caught.
    const path: string[] = [];
    for (let n: Element | null = el; n && n !== document.documentElement; n = n.parentElement) {
      path.unshift(`${n.tagName}:${n.parentElement ? [...n.parentElement.children].indexOf(n) : 0}`);
    }
    return { key: path.join('/'), label, visible: el.matches(':focus-visible') && (outline || shadow) };
  });
}

/**
 * Presses Tab until `target` has focus, checking on the way that every stop shows a focus
 * indicator and that focus always moves on (no keyboard trap). Fails after `max` presses.
 */
async function tabTo(page: Page, target: Locator, { max = 60, backwards = false } = {}) {
  let previous = (await focusState(page)).key;
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focusState(page);
    expect(now.key, `Tab moved focus away from ${now.label}`).not.toBe(previous);
    if (now.key !== 'body') expect(now.visible, `a focus indicator shows on ${now.label}`).toBe(true);
    previous = now.key;
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${max} presses of Tab did not reach ${target.toString()}`);
}

test('a keyboard-only journey: skip link, search, a node, the other language, a tour', async ({ page }) => {
  const en = messages('en');
  const zh = messages('zh');

  await page.goto('/en/');
  await page.locator('.search-button[data-ready]').waitFor();

  // The skip link first, and it moves focus to the main content.
  const skip = page.getByRole('link', { name: en.skipToContent });
  await tabTo(page, skip, { max: 1 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The search palette opens from the keyboard, and arrows and Enter choose a result.
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: en.search.inputLabel });
  await expect(box).toBeFocused();
  expect((await focusState(page)).visible, 'the search box shows focus').toBe(true);
  await page.keyboard.type('bias');
  const options = page.getByRole('option');
  await expect(options.first()).toContainText('Bias');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // Tab leaves the search box for the palette's close button: the box does not hold focus.
  await tabTo(page, page.getByRole('button', { name: en.search.close }), { max: 1 });
  await tabTo(page, box, { max: 1, backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/nodes\/bias\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bias');
  // Focus returns to where the palette was opened from: the main content, now the node's.
  await expect(page.getByRole('main')).toBeFocused();

  // The language switch, last in the header, is one Shift+Tab back; Enter follows it.
  await page.locator('.search-button[data-ready]').waitFor();
  await tabTo(page, page.getByRole('navigation', { name: en.languageSwitch.label }).getByRole('link'), {
    backwards: true,
    max: 1,
  });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/nodes\/bias\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.locator('.search-button[data-ready]').waitFor();

  // A new page: Tab starts again at the skip link, then on to the tours, and into the first tour.
  await tabTo(page, page.getByRole('link', { name: zh.skipToContent }), { max: 1 });
  await tabTo(page, page.getByRole('navigation', { name: zh.nav.label }).getByRole('link', { name: zh.nav.tours }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/tours\/$/);
  const firstTour = page.locator('.card a').first();
  await tabTo(page, firstTour);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/tours\/[a-z-]+\/$/);
  await page.locator('.tour[data-ready]').waitFor();
  const progress = page.locator('.tour-progress');
  await expect(progress).toContainText('第 1 步');

  // The player's buttons work from the keyboard; focus goes to the new step's heading.
  const next = page.getByRole('button', { name: new RegExp(zh.tours.next) });
  await tabTo(page, next);
  await page.keyboard.press('Enter');
  await expect(progress).toContainText('第 2 步');
  await expect(page.locator('.tour-step:not([hidden]) h2')).toBeFocused();
  // Back to the button with Shift+Tab, and on with Space.
  await tabTo(page, next, { backwards: true, max: 5 });
  await page.keyboard.press('Space');
  await expect(progress).toContainText('第 3 步');
  // The arrow keys step through the tour too.
  await page.keyboard.press('ArrowLeft');
  await expect(progress).toContainText('第 2 步');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(progress).toContainText('第 4 步');
  await expect(page).toHaveURL(/\?step=4$/);

  // Tab leads on through the step and out of the player, to the end of the page.
  await tabTo(page, page.getByRole('contentinfo').getByRole('link').last(), { max: 80 });
});

test('no keyboard trap in the explorer: Tab moves on through the controls and out of every part', async ({ page }) => {
  // The walk reaches the row of tools above the graph, then leaves each part of the
  // controls from its last stop.
  test.setTimeout(120_000);
  const t = messages('en');
  await page.goto('/en/explore/');
  await page.locator('.explorer[data-ready]').waitFor();
  await tabTo(page, page.getByRole('link', { name: t.skipToContent }), { max: 1 });
  await page.keyboard.press('Enter');
  await tabTo(page, page.locator('.explorer .canvas-tools button').first(), { max: 80 });
  // The parts in the order Tab meets them: the panel's path finder, highlight box, detail,
  // filters, then the row of tools above the graph.
  const parts = ['.path-finder', '.explorer-find', '.show-scope', '.legend-filter', '.canvas-tools'];
  for (const part of parts) {
    const last = page
      .locator(`.explorer ${part}`)
      .first()
      .locator('a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]')
      .last();
    await last.focus();
    await page.keyboard.press('Tab');
    const left = await last.evaluate((el, selector) => {
      const now = document.activeElement;
      const widget = el.closest(selector);
      return (
        now !== null &&
        now !== el &&
        !widget?.contains(now) &&
        (el.compareDocumentPosition(now) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      );
    }, part);
    expect(left, `Tab from the end of ${part} moves on past it`).toBe(true);
    expect((await focusState(page)).visible, `focus shows after leaving ${part}`).toBe(true);
  }
});
