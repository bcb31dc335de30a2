import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, watchErrors } from './fixtures';

test.describe('search palette', () => {
  test('opens with /, finds pinyin, moves with the arrows and opens a node with Enter', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/');
    await page.locator('.search-button[data-ready]').waitFor();
    await page.keyboard.press('/');
    const box = page.getByRole('combobox', { name: /Search ideas/ });
    await expect(box).toBeFocused();
    await box.fill('yinsi');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText('Privacy and security');
    await expect(options.first()).toContainText('隐私安全');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.fill('bias');
    await expect(options.first()).toContainText('Bias');
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/nodes\/bias\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bias');
    expect(errors).toEqual([]);
  });

  test('opens with Ctrl+K; Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/zh/nodes/emergence/');
    await page.locator('.search-button[data-ready]').waitFor();
    const switcher = page.getByRole('navigation', { name: '语言' }).getByRole('link');
    await switcher.focus();
    await page.keyboard.press('Control+k');
    const box = page.getByRole('combobox');
    await expect(box).toBeFocused();
    await box.fill('偏见');
    await expect(page.getByRole('option').first()).toContainText('偏见');
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(switcher).toBeFocused();
  });

  test('the header button opens it too, and axe finds no violations while it is open', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('.search-button[data-ready]').waitFor();
    await page.getByRole('link', { name: /^Search/ }).click();
    await page.getByRole('combobox').fill('foundation model');
    await expect(page.getByRole('option').first()).toContainText('General model');
    await expectNoAxeViolations(page);
  });
});

test('the search page reads its query from the address', async ({ page }) => {
  await page.goto('/en/search/?q=homogenisation');
  await expect(page.getByRole('heading', { name: 'Results for “homogenisation”' })).toBeVisible();
  await expect(page.locator('.search-page-results li').first()).toContainText('Homogenization');
  await expect(page.getByRole('searchbox', { name: /Search ideas/ })).toHaveValue('homogenisation');
  await expectNoAxeViolations(page);
});

test('typing in the explorer highlights matching ideas in the list', async ({ page }) => {
  await page.goto('/en/explore/');
  await page.locator('.explorer[data-ready]').waitFor();
  await page.getByLabel('Highlight ideas on the graph').fill('bias');
  await expect(page.locator('.static-graph .ad-node[data-id="bias"]')).toHaveClass(/is-match/);
  await page.getByRole('group', { name: 'Show as' }).getByRole('button', { name: 'List' }).click();
  await expect(page.locator('.list-view li[data-node-id="bias"]')).toHaveClass(/is-match/);
  await expect(page.locator('.list-view li[data-node-id="emergence"]')).not.toHaveClass(/is-match/);
  await expect(page.locator('.explorer-find [role="status"]')).toContainText('highlighted');
});
