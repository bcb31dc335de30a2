import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

test('the relations page draws Ihde’s four relations with the paper’s formulas', async ({ page }) => {
  await page.goto('/en/relations/');
  for (const f of [
    '（人-技术）→世界',
    '人→（技术-世界）',
    '人→技术-（-世界）',
    '人→（技术/世界）',
    '人-模型（数据）-世界',
  ]) {
    await expect(page.getByText(f, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: /Embodiment relation/ })).toBeVisible();
  expect(await page.locator('svg.relation-diagram text').count()).toBeGreaterThan(12);
  await expect(page.getByRole('link', { name: /Eyeglasses/ })).toHaveAttribute('href', '/en/nodes/case-eyeglasses/');
});

test.describe('glossary', () => {
  test('lists terms in both languages with pinyin, sorted, with a letter index (English)', async ({ page }) => {
    await page.goto('/en/glossary/');
    const row = page.getByRole('row', { name: /^Bias/ }).first();
    await expect(row).toContainText('偏见');
    await expect(row).toContainText('piānjiàn');
    await page.getByRole('navigation', { name: 'Letter index' }).getByRole('link', { name: 'M' }).click();
    await expect(page).toHaveURL(/#letter-M$/);
    const terms = await page.locator('table.glossary tbody th').allTextContents();
    const sorted = [...terms].sort((a, b) =>
      a
        .replace(/^[^A-Za-z]+/, '')
        .toLowerCase()
        .localeCompare(b.replace(/^[^A-Za-z]+/, '').toLowerCase(), 'en'),
    );
    expect(terms).toEqual(sorted);
  });

  test('sorts by pinyin in Chinese', async ({ page }) => {
    await page.goto('/zh/glossary/');
    const first = page
      .locator('section')
      .filter({ has: page.locator('#letter-B') })
      .locator('tbody th')
      .first();
    await expect(first).toBeVisible();
    const p = page.getByRole('row', { name: /^偏见/ });
    await expect(p).toContainText('Bias');
    await expect(page.locator('#letter-P')).toBeVisible();
    const pinyins = await page.locator('table.glossary td.pinyin').allTextContents();
    expect(pinyins.length).toBeGreaterThan(100);
  });
});

for (const lang of ['en', 'zh'] as const) {
  for (const path of ['matrix', 'relations', 'glossary']) {
    test(`${lang}/${path} reads without JavaScript and axe finds no violations`, async ({ browser, page }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const noJs = await context.newPage();
      await noJs.goto(`/${lang}/${path}/`);
      await expect(noJs.getByRole('heading', { level: 1 })).not.toBeEmpty();
      expect((await noJs.locator('main').innerText()).length).toBeGreaterThan(500);
      await context.close();
      await page.goto(`/${lang}/${path}/`);
      await expectNoAxeViolations(page);
    });
  }
}
