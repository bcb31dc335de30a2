import type { Core } from 'cytoscape';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './fixtures';
import { showSmallGraph } from './graph-helpers';

/** --bg of each theme (app/globals.css), as getComputedStyle reports it. */
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(17, 20, 24)';

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeSwitch = (page: Page, name = 'Colour theme') => page.getByRole('group', { name });

test.describe('colour theme', () => {
  test('the switch changes the theme, and a reload brings the choice back before any of the page’s own scripts run', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.goto('/en/nodes/emergence/');
    await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();
    expect(await bodyBackground(page)).toBe(LIGHT_BG);

    await themeSwitch(page).getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('dark');

    // The start-up script runs before the parser builds the body: it is an inline script in
    // <head> (no request to wait for), allowed by the page's own Content-Security-Policy hash.
    expect(
      await page.evaluate(() =>
        [...document.head.querySelectorAll('script')].some(
          (s) => !s.src && s.textContent?.includes('framework-explorer-theme'),
        ),
      ),
    ).toBe(true);
    // Nor may the theme depend on React: the framework's scripts never arrive.
    await page.route('**/_next/static/**/*.js', (route) => route.abort());
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    expect(violations).toEqual([]);
    await page.unrouteAll();

    // With everything loaded the switch shows the stored choice; "follow the system" forgets it.
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
    await page.getByRole('radio', { name: 'Follow the system' }).check();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await page.evaluate(() => localStorage.getItem('framework-explorer-theme'))).toBeNull();
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    // The chunks aborted on purpose above are logged as failed loads; nothing else may be.
    expect(errors.filter((e) => !/Failed to load resource|ChunkLoadError|Loading chunk/.test(e))).toEqual([]);
  });

  test('with no stored choice a dark system gives the dark theme, and light can still be chosen', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en/');
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await expect(page.getByRole('radio', { name: 'Follow the system' })).toBeChecked();
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe('light');
    // The choice holds on the next page too.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tours' }).click();
    await expect(page).toHaveURL(/\/en\/tours\/$/);
    await page.reload();
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    await context.close();
  });

  test('the switch works from the keyboard, has targets of at least 24px and speaks Chinese on Chinese pages', async ({
    page,
  }) => {
    await page.goto('/zh/');
    const group = themeSwitch(page, '配色');
    await expect(group.getByRole('radio')).toHaveCount(3);
    await group.getByRole('radio', { name: '跟随系统' }).focus();
    await page.keyboard.press('ArrowLeft');
    await expect(group.getByRole('radio', { name: '深色' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    // The header holds the switch twice (in the row on wide screens, in the menu on phones);
    // measure the one the reader sees.
    for (const option of await group.locator('.theme-option').all()) {
      const box = await option.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
    }
  });

  test('without JavaScript the page follows the system and shows no switch that cannot work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/en/nodes/bias/');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bias');
    await expect(themeSwitch(page)).toBeHidden();
    await context.close();
  });

  test('where storage is refused (sandboxed frames, some privacy modes) the page follows the system without errors', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/en/');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the explorer’s canvas is redrawn in the colours of the chosen theme', async ({ page }) => {
    await page.goto('/en/explore/?focus=bias');
    await page.locator('.explorer[data-ready]').waitFor();
    await expect(page.locator('.canvas canvas[data-id="layer2-node"]')).toBeVisible();
    // Laying out a focused view takes seconds on a busy machine.
    await expect(page.locator('.canvas-inner[data-layout="done"]')).toBeAttached({ timeout: 30_000 });
    // An idea's label is drawn in the page's text colour on the page's background, as
    // cytoscape holds them (the picture's pixels depend on the layout; its style does not).
    const flat = (c: string | undefined) => c?.replace(/\s+/g, '');
    const drawn = () =>
      page.evaluate(() => {
        const el = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>('.canvas-inner');
        const n = el?._cyreg?.cy?.getElementById('bias');
        return n && n.nonempty() ? `${n.style('color')} on ${n.style('background-color')}` : undefined;
      });
    const page_ = () =>
      page.evaluate(() => {
        const css = getComputedStyle(document.body);
        return `${css.color} on ${css.backgroundColor}`;
      });
    const light = flat(await page_());
    await expect.poll(async () => flat(await drawn())).toBe(light);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(async () => flat(await page_())).not.toBe(light);
    const dark = flat(await page_());
    await expect.poll(async () => flat(await drawn())).toBe(dark);
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(async () => flat(await drawn())).toBe(light);
  });
});

test.describe('dark theme accessibility', () => {
  test.use({ colorScheme: 'dark' });
  const pages: [string, string, string][] = [
    ['home', '/en/', '/zh/'],
    ['a node page', '/en/nodes/privacy-and-security/', '/zh/nodes/privacy-and-security/'],
    ['the explorer', '/en/explore/?focus=bias', '/zh/explore/?focus=bias'],
    ['a tour', '/en/tours/traits-to-risks/?step=2', '/zh/tours/traits-to-risks/?step=2'],
    ['the matrix', '/en/matrix/', '/zh/matrix/'],
  ];
  for (const [what, ...urls] of pages) {
    for (const url of urls) {
      test(`${what} (${url}) has no axe violations in the dark theme`, async ({ page }) => {
        const errors = watchErrors(page);
        await page.goto(url);
        // The player, explorer and local graph have drawn once their [data-ready] or canvas is there
        // (a node page's or a tour's canvas starts when its figure comes into view).
        await page.locator('.explorer[data-ready], .tour[data-ready], .small-graph, .hero, .matrix').first().waitFor();
        if (await page.locator('.small-graph').count()) await showSmallGraph(page);
        expect(await bodyBackground(page)).toBe(DARK_BG);
        await expectNoAxeViolations(page);
        expect(errors).toEqual([]);
      });
    }
  }
});

/**
 * In print media the figure shows one drawing of its graph — an SVG with each idea's label
 * as text, the key under it — and nothing of the canvas: no canvas, no zoom buttons.
 */
async function expectPrintedDrawing(page: Page, scope: string, labels: readonly string[]) {
  const figure = page.locator(scope);
  await expect(figure).toBeVisible();
  await expect(figure.locator('svg.argument-drawing')).toHaveCount(1);
  await expect(figure.locator('svg.argument-drawing')).toBeVisible();
  // Each idea is drawn with its label as text (its lines run together here; a long one may end in "…").
  const drawn = await figure.locator('svg.argument-drawing .ad-node').evaluateAll((gs) =>
    gs.map((g) => ({
      name: g.querySelector('title')?.textContent ?? '',
      text: g.querySelector('.ad-label')?.textContent ?? '',
    })),
  );
  const flat = (s: string) => s.replace(/\s+/g, '').replace(/…$/, '');
  for (const label of labels) {
    const idea = drawn.find((d) => d.name === label);
    expect(idea, label).toBeDefined();
    expect(flat(idea?.text ?? '').length, label).toBeGreaterThan(3);
    expect(flat(label).startsWith(flat(idea?.text ?? '')), label).toBe(true);
  }
  const box = await figure.locator('svg.argument-drawing').boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(300);
  await expect(figure.locator('.graph-legend')).toBeVisible();
  for (const canvas of await figure.locator('canvas').all()) await expect(canvas).toBeHidden();
  const buttons = await figure.locator('button').all();
  expect(buttons.length, 'zoom in, zoom out, fit').toBeGreaterThanOrEqual(3);
  for (const button of buttons) await expect(button).toBeHidden();
}

test.describe('print', () => {
  test('a node page prints as a handout: no navigation or canvas, a drawing of its graph with its key, the citations and the page’s address', async ({
    page,
  }) => {
    await page.goto('/en/nodes/emergence/');
    // The canvas has taken over on the screen: paper still gets the drawing, not the canvas.
    await showSmallGraph(page, '.local-graph');
    await expect(page.locator('.local-graph .canvas canvas').first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await expect(themeSwitch(page)).toBeHidden();
    await expectPrintedDrawing(page, '.local-graph', ['Emergence', 'Uncertainty']);
    await expect(page.locator('.local-graph .graph-legend')).toContainText('Key: Traits');
    // The caption says what is printed, not what to click.
    await expect(page.locator('.local-graph figcaption')).toContainText('This idea and its 9 direct neighbours.', {
      useInnerText: true,
    });
    await expect(page.locator('.local-graph figcaption')).not.toContainText('Select a neighbour', {
      useInnerText: true,
    });
    await expect(page.getByRole('heading', { name: 'In the paper', exact: true })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="citations"] q').first()).toBeVisible();
    await expect(page.locator('.prose .quote').first()).toBeVisible();
    await expect(page.locator('.print-address')).toBeVisible();
    await expect(page.locator('.print-address')).toContainText(
      /This page online: http:\/\/[^ ]+\/en\/nodes\/emergence\/$/,
    );
    // Buttons that only work on a screen are gone; the plain citation stays.
    await expect(page.getByRole('button', { name: 'Copy the plain-text citation' })).toBeHidden();
    await expect(page.locator('.cite-item p.cite-text')).toBeVisible();
  });

  test('paper is black on white even when the screen is dark', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/zh/nodes/emergence/');
    await page.getByRole('radio', { name: '深色' }).check();
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await page.emulateMedia({ media: 'print' });
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await context.close();
  });

  test('a tour prints every step in order, without the player', async ({ page }) => {
    await page.goto('/en/tours/traits-to-risks/?step=3');
    await page.locator('.tour[data-ready]').waitFor();
    const steps = page.locator('.tour-step');
    const total = await steps.count();
    expect(total).toBeGreaterThan(2);
    await expect(page.locator('.tour-step:not([hidden])')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    for (let i = 0; i < total; i++) {
      await expect(steps.nth(i).getByRole('heading', { level: 2 })).toBeVisible();
      await expect(steps.nth(i).locator('.step-count')).toHaveText(`Step ${i + 1} of ${total}`);
    }
    await expect(page.getByRole('button', { name: /Next step/ })).toBeHidden();
    // One drawing of the tour's ideas, every idea as bright as the next (no step singled out).
    const ideas = await page
      .locator('.tour-step .step-ideas a')
      .evaluateAll((as) => [...new Set(as.map((a) => a.textContent?.trim() ?? ''))]);
    expect(ideas.length).toBeGreaterThan(3);
    await expectPrintedDrawing(page, '.tour-graph', ideas);
    await expect(page.locator('.tour-graph figcaption')).toContainText('The ideas of this tour and their links.', {
      useInnerText: true,
    });
    await expect(page.locator('.tour-graph figcaption')).not.toContainText(/highlighted|keys/, { useInnerText: true });
    const faded = await page
      .locator('.tour-graph .ad-node')
      .evaluateAll((gs) => gs.filter((g) => getComputedStyle(g).opacity !== '1').length);
    expect(faded).toBe(0);
  });
});
