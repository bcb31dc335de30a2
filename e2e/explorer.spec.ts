import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './fixtures';

const listItem = (page: Page, id: string) => page.locator(`.list-view li[data-node-id="${id}"]`);

/** Opens an explorer URL and waits until its controls are live. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.explorer[data-ready]').waitFor();
}

test.describe('explorer', () => {
  test('draws the graph and lists the same ideas', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/en/explore/');
    await expect(page.locator('.canvas canvas').first()).toBeVisible();
    await expect(page.locator('.canvas')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('figcaption#graph-summary')).toContainText(/Showing \d+ ideas and \d+ links/);
    await expect(listItem(page, 'emergence')).toBeVisible();
    // Cited works are hidden by default.
    await expect(listItem(page, 'ref-11')).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Links between the ideas shown' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the kind filter hides and restores nodes, with a removable chip', async ({ page }) => {
    await open(page, '/en/explore/');
    await expect(listItem(page, 'bias')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Ethical challenges' }).uncheck();
    await expect(listItem(page, 'bias')).toHaveCount(0);
    await expect(listItem(page, 'emergence')).toBeVisible();
    await expect(page).toHaveURL(/kinds=/);
    await page.getByRole('button', { name: /Remove filter: Ethical challenges hidden/ }).click();
    await expect(listItem(page, 'bias')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Ethical challenges' })).toBeChecked();
  });

  test('a focus URL shows that neighbourhood, and depth widens it', async ({ page }) => {
    await open(page, '/en/explore/?focus=staged-release');
    await expect(page.getByRole('complementary')).toContainText('Staged release');
    await expect(listItem(page, 'staged-release')).toHaveClass(/is-focus/);
    await expect(listItem(page, 'micro-mechanisms')).toBeVisible();
    await expect(listItem(page, 'emergence')).toHaveCount(0);
    const depth1 = await page.locator('.list-view li[data-node-id]').count();
    await page.getByLabel('Neighbourhood depth').selectOption('2');
    await expect(page).toHaveURL(/depth=2/);
    await expect.poll(() => page.locator('.list-view li[data-node-id]').count()).toBeGreaterThan(depth1);
  });

  test('back and forward restore the previous state', async ({ page }) => {
    await open(page, '/en/explore/');
    await page.getByRole('checkbox', { name: 'Cases' }).uncheck();
    await expect(listItem(page, 'case-traffic-light')).toHaveCount(0);
    await page.getByLabel('Layout').selectOption('argument');
    await expect(page).toHaveURL(/layout=argument/);
    await page.goBack();
    await expect(page).not.toHaveURL(/layout=argument/);
    await expect(page.getByLabel('Layout')).toHaveValue('force');
    await expect(listItem(page, 'case-traffic-light')).toHaveCount(0);
    await page.goBack();
    await expect(listItem(page, 'case-traffic-light')).toBeVisible();
    await page.goForward();
    await expect(listItem(page, 'case-traffic-light')).toHaveCount(0);
  });

  test('a malformed URL shows a plain note and a working graph', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/en/explore/?focus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&depth=9&kinds=planet&zoom=2');
    const note = page.getByRole('note');
    await expect(note).toContainText('not understood');
    await expect(note).toContainText('depth=9');
    await expect(note).toContainText('zoom=2');
    await expect(note).toContainText('kinds=planet');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(listItem(page, 'emergence')).toBeVisible();
    await expect(page.locator('.canvas canvas').first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the list view works with the keyboard alone', async ({ page }) => {
    await open(page, '/en/explore/');
    const button = listItem(page, 'fine-tuning').getByRole('button', { name: 'Fine-tuning' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/focus=fine-tuning/);
    await expect(page.getByRole('status').first()).toContainText('Focused on Fine-tuning');
    await expect(listItem(page, 'fine-tuning').getByRole('button', { name: 'Fine-tuning' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: 'Clear focus' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/focus=/);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`axe finds no violations on the ${lang} explorer`, async ({ page }) => {
      await open(page, `/${lang}/explore/?focus=bias`);
      await expect(page.locator('.canvas canvas').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('local graph on node pages', () => {
  test('shows the neighbourhood and links into the explorer', async ({ page }) => {
    await page.goto('/en/nodes/fine-tuning/');
    await expect(page.locator('.local-graph .canvas canvas').first()).toBeVisible();
    await page.getByRole('link', { name: 'Open in the explorer' }).click();
    await expect(page).toHaveURL(/\/en\/explore\/\?focus=fine-tuning$/);
    await expect(listItem(page, 'fine-tuning')).toHaveClass(/is-focus/);
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`axe finds no violations on a ${lang} node page with its local graph`, async ({ page }) => {
      await page.goto(`/${lang}/nodes/mirroring-effect/`);
      await expect(page.locator('.local-graph .canvas canvas').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
