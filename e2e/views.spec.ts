import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './fixtures';

test.describe('policy matrix', () => {
  test('a cell opens its citation and leads to the measure’s limitation', async ({ page }) => {
    await page.goto('/en/matrix/');
    const table = page.getByRole('table', { name: /Ethical challenges \(rows/ });
    await expect(table.getByRole('columnheader', { name: 'Cleaning training data' })).toBeVisible();
    const row = table.getByRole('row', { name: /^Toxicity/ });
    const cell = row.locator('details.cell').first();
    await cell.locator('summary').click();
    await expect(cell.locator('q[lang="zh-Hans"]').first()).toBeVisible();
    const limitation = cell.getByRole('link', { name: 'Crowd-rating without normative grounding' });
    await expect(limitation).toBeVisible();
    await limitation.click();
    await expect(page).toHaveURL(/\/en\/nodes\/lack-of-normative-grounding\/$/);
    await expect(page.getByRole('link', { name: /What “Toxicity scoring/ })).toBeVisible();
  });

  test('flags rows that no measure addresses as gaps', async ({ page }) => {
    await page.goto('/en/matrix/');
    const energy = page.getByRole('row', { name: /^Energy consumption/ });
    await expect(energy).toContainText('Gap: no measure in the paper addresses this');
    await expect(page.getByRole('row', { name: /^Toxicity/ })).not.toContainText('Gap');
    await expect(page.locator('#gaps + p + ul')).toContainText(/global justice/i);
  });

  test('filters by level', async ({ page }) => {
    await page.goto('/zh/matrix/');
    await page.locator('.level-filter[data-ready]').waitFor();
    await page.getByRole('checkbox', { name: '算力' }).uncheck();
    await expect(page.locator('#level-compute')).toBeHidden();
    await expect(page.locator('#level-data')).toBeVisible();
  });
});

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
    await expect(row).toContainText('piān jiàn');
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
