import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { searchPageEn, searchPageZh } from '../content/messages/search-page-strings';
import { searchEn, searchZh } from '../content/messages/search-strings';
import { PAPER_SECTIONS } from '../graph/search-sections';
import { expectNoAxeViolations, watchErrors } from './fixtures';

const root = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));

/** What the built index says: the pages search links to (the build looks for them), each challenge's measures, each measure's limits. */
const core = z
  .object({
    pages: z.object({ compare: z.boolean(), paper: z.boolean() }),
    governance: z.record(z.string(), z.array(z.object({ id: z.string() }))),
    limits: z.record(z.string(), z.array(z.object({ id: z.string() }))),
  })
  .parse(JSON.parse(fs.readFileSync(root('public/search/core.json'), 'utf8')));
const pages = core.pages;

const Graph = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      label: z.object({ en: z.string(), zh: z.string() }),
      summary: z.object({ en: z.string(), zh: z.string() }),
      aliases: z.object({ en: z.array(z.string()), zh: z.array(z.string()) }).optional(),
    }),
  ),
});

/**
 * The ideas a search for one term must list, worked out here from the published data and
 * the explanations, independently of the search code: English words starting with the
 * term, or Chinese text containing it, in the label, an alias, the summary or the
 * explanation (its prose and its quotations' translations).
 */
const { nodes } = Graph.parse(JSON.parse(fs.readFileSync(root('public/data/graph.json'), 'utf8')));

/** An idea's label in the published data (labels change as the content is revised). */
function label(id: string, lang: 'en' | 'zh' = 'en'): string {
  const node = nodes.find((n) => n.id === id);
  if (!node) throw new Error(`graph.json has no idea ${id}`);
  return node.label[lang];
}

function ideasMatching(term: string, lang: 'en' | 'zh'): { all: Set<string>; named: Set<string> } {
  const has = (text: string) =>
    lang === 'en'
      ? text
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .some((w) => w.startsWith(term))
      : text.includes(term);
  const explanation = (id: string) => {
    const mdx = fs.readFileSync(root(`content/nodes/${id}/${lang}.mdx`), 'utf8');
    const translations = [...mdx.matchAll(/translation="([^"]*)"/g)].map((m) => m[1]).join(' ');
    return `${translations} ${mdx.replace(/<[^>]*>/g, ' ')}`;
  };
  const named = new Set(
    nodes.filter((n) => has([n.label[lang], ...(n.aliases?.[lang] ?? [])].join(' '))).map((n) => n.id),
  );
  const all = new Set(
    nodes.filter((n) => named.has(n.id) || has(n.summary[lang]) || has(explanation(n.id))).map((n) => n.id),
  );
  return { all, named };
}

async function openPalette(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.search-button[data-ready]').waitFor();
  await page.keyboard.press('/');
  const box = page.getByRole('combobox');
  await expect(box).toBeFocused();
  return box;
}

test.describe('search palette', () => {
  test('opens with /, finds pinyin, moves with the arrows and opens a node with Enter', async ({ page }) => {
    const errors = watchErrors(page);
    const box = await openPalette(page, '/en/');
    await expect(box).toHaveAccessibleName(/Search ideas/);
    await box.fill('yinsi');
    const options = page.getByRole('option');
    await expect(options.first()).toContainText(label('privacy-and-security'));
    await expect(options.first()).toContainText(label('privacy-and-security', 'zh'));
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await box.fill('bias');
    await expect(options.first()).toContainText(label('bias'));
    await page.keyboard.press('ArrowDown');
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
    await expect(box).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id')) ?? '');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/nodes\/bias\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label('bias'));
    expect(errors).toEqual([]);
  });

  test('opens with Ctrl+K; Escape closes it and returns focus', async ({ page }) => {
    await page.goto('/zh/nodes/emergence/');
    await page.locator('.search-button[data-ready]').waitFor();
    const switcher = page.getByRole('navigation', { name: '语言' }).getByRole('link');
    await switcher.focus();
    await page.keyboard.press('Control+k');
    // The palette's own field (a node page has other comboboxes, e.g. "Compare with…").
    const box = page.getByRole('dialog').getByRole('combobox');
    await expect(box).toBeFocused();
    await box.fill('偏见');
    await expect(page.getByRole('option').first()).toContainText('偏见');
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
    await expect(switcher).toBeFocused();
  });

  test('has one close control, and the header button opens it; axe finds no violations while it is open', async ({
    page,
  }) => {
    await page.goto('/en/');
    await page.locator('.search-button[data-ready]').waitFor();
    await page.getByRole('link', { name: /^Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the framework' });
    await dialog.getByRole('combobox').fill('foundation model');
    await expect(page.getByRole('option').first()).toContainText(label('general-model'));
    // One control closes it: the × button (the field is a text field: no clear button of its own).
    await expect(dialog.getByRole('button')).toHaveCount(1);
    await expect(dialog.getByRole('button', { name: 'Close search' })).toBeVisible();
    await expect(dialog.getByRole('combobox')).toHaveAttribute('type', 'text');
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Close search' }).click();
    await expect(dialog).toBeHidden();
  });

  test('shows the best results and links to all of them on the search page', async ({ page }) => {
    const box = await openPalette(page, '/en/matrix/');
    await box.fill('bias');
    // The count grows once the explanations' index has arrived: wait for the full figure.
    const total = ideasMatching('bias', 'en').all.size + (pages.paper ? 1 : 0);
    const all = page.getByRole('option', { name: `See all ${total} results`, exact: true });
    await expect(all).toBeVisible();
    await expect(page.getByRole('option').filter({ has: page.locator('.search-label') })).toHaveCount(8);
    await all.click();
    await expect(page).toHaveURL(/\/en\/search\/\?q=bias$/);
    await expect(page.locator('[data-result-id]')).toHaveCount(total);
  });

  test('answers a comparison first (English) and a challenge’s governance (Chinese)', async ({ page }) => {
    const box = await openPalette(page, '/en/');
    await box.fill('emergence vs homogenization');
    const compare = page.getByRole('option').first();
    await expect(compare).toHaveText(searchEn.compare(label('emergence'), label('homogenization')));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      pages.compare
        ? /\/en\/compare\/\?a=emergence&b=homogenization$/
        : /\/en\/search\/\?q=emergence\+vs\+homogenization$/,
    );

    const zh = await openPalette(page, '/zh/');
    await zh.fill('隐私的治理措施');
    const privacy = label('privacy-and-security', 'zh');
    await expect(page.getByRole('option').first()).toHaveText(
      searchZh.governance(privacy, core.governance['privacy-and-security']?.length ?? 0),
    );
    await expect(page.getByRole('option').nth(1)).toContainText(privacy);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/zh\/nodes\/privacy-and-security\/#governance$/);
  });

  test('offers a way on when nothing matches', async ({ page }) => {
    const box = await openPalette(page, '/en/');
    await box.fill('tocksicity');
    await expect(page.getByRole('status').filter({ hasText: 'Nothing matches “tocksicity”.' })).toBeVisible();
    const suggestion = page.getByRole('option', { name: 'Did you mean “toxicity”?' });
    await suggestion.click();
    await expect(box).toHaveValue('toxicity');
    await expect(page.getByRole('option').first()).toContainText(label('toxicity'));
    await box.fill('鳄鱼');
    await expect(page.getByRole('option', { name: 'Browse the glossary' })).toBeVisible();
    await expect(page.getByRole('option', { name: 'Explore the whole graph' })).toBeVisible();
  });

  test('finds the paper’s sections by number and heading', async ({ page }) => {
    const box = await openPalette(page, '/en/');
    await box.fill('2.2.1');
    if (pages.paper) {
      const first = page.getByRole('option').first();
      await expect(first).toContainText(`2.2.1 ${PAPER_SECTIONS.find((s) => s.section === '2.2.1')?.heading.en}`);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/en\/paper\/#s2-2-1$/);
    } else {
      // Until the paper page exists, search lists no section (it would lead nowhere).
      await expect(page.getByRole('status').filter({ hasText: 'Nothing matches “2.2.1”.' })).toBeVisible();
    }
  });
});

test.describe('search page', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`/${lang}/search/?q=bias lists every idea that matches, names first, with counts per kind as filters`, async ({
      page,
    }) => {
      const errors = watchErrors(page);
      const { all, named } = ideasMatching('bias', 'en');
      await page.goto(`/${lang}/search/?q=bias`);
      const results = page.locator('[data-result-id]');
      await expect(results.first()).toBeVisible();
      const ids = await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-result-id') ?? ''));
      const ideas = ids.filter((id) => !id.startsWith('§'));
      expect(new Set(ideas)).toEqual(all);
      expect(ideas.length).toBe(all.size);
      // Within each kind, the ideas named "bias" come before those that only mention it.
      for (const group of await page.locator('.search-group-section').all()) {
        const inGroup = await group
          .locator('[data-result-id]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-result-id') ?? ''));
        const firstOther = inGroup.findIndex((id) => !named.has(id));
        if (firstOther >= 0) expect(inGroup.slice(firstOther).filter((id) => named.has(id))).toEqual([]);
      }
      // Each kind's filter names how many results it has; choosing one narrows the list and the address.
      const filters = page.getByRole('navigation', {
        name: lang === 'en' ? 'Show results of one kind' : '只显示一类结果',
      });
      const challenge = filters.getByRole('link', { name: lang === 'en' ? /^Ethical challenges/ : /^伦理挑战/ });
      const count = Number((await challenge.locator('.count').innerText()).trim());
      await challenge.click();
      await expect(page).toHaveURL(/[?&]kind=challenge/);
      await expect(challenge).toHaveAttribute('aria-current', 'true');
      await expect(results).toHaveCount(count);
      await expectNoAxeViolations(page);
      await page.goBack();
      await expect(results).toHaveCount(ids.length);
      expect(errors).toEqual([]);
    });
  }

  test('the Chinese page lists every idea whose Chinese text has 偏见', async ({ page }) => {
    const { all } = ideasMatching('偏见', 'zh');
    await page.goto('/zh/search/?q=偏见');
    const results = page.locator('[data-result-id]');
    await expect(results.first()).toContainText('偏见');
    const ids = await results.evaluateAll((els) => els.map((e) => e.getAttribute('data-result-id') ?? ''));
    expect(new Set(ids.filter((id) => !id.startsWith('§')))).toEqual(all);
  });

  test('reads its query from the address and keeps the field in step', async ({ page }) => {
    await page.goto('/en/search/?q=homogenisation');
    await expect(page.getByRole('heading', { name: 'Results for “homogenisation”' })).toBeVisible();
    await expect(page.locator('.search-page-results li').first()).toContainText(label('homogenization'));
    const field = page.getByRole('searchbox', { name: /Search ideas/ });
    await expect(field).toHaveValue('homogenisation');
    await field.fill('what limits data cleaning');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=what\+limits\+data\+cleaning$/);
    const answer = page.getByRole('region', { name: 'The answer to your question' });
    await expect(answer.getByRole('heading')).toHaveText(searchPageEn.limitsTitle(label('data-cleaning')));
    const limits = core.limits['data-cleaning'] ?? [];
    expect(limits.length).toBeGreaterThan(0);
    for (const l of limits) await expect(answer.getByRole('link', { name: label(l.id), exact: true })).toBeVisible();
    await expect(page.locator('[data-result-id]').first()).toHaveAttribute('data-result-id', 'data-cleaning');
    await page.goBack();
    await expect(field).toHaveValue('homogenisation');
  });

  test('answers phrases and questions end to end, in both languages', async ({ page }) => {
    await page.goto('/en/search/?q=privacy+measures');
    const answer = page.getByRole('region', { name: 'The answer to your question' });
    const privacy = label('privacy-and-security');
    await expect(answer.getByRole('heading')).toHaveText(searchPageEn.governanceTitle(privacy));
    const measures = core.governance['privacy-and-security'] ?? [];
    if (measures.length === 0) await expect(answer).toContainText(searchPageEn.gap(privacy));
    for (const m of measures) await expect(answer.getByRole('link', { name: label(m.id), exact: true })).toBeVisible();
    await expect(answer.getByRole('link', { name: searchPageEn.governanceOpen(privacy) })).toHaveAttribute(
      'href',
      /\/en\/nodes\/privacy-and-security\/#governance$/,
    );
    await expect(page.locator('[data-result-id]').first()).toHaveAttribute('data-result-id', 'privacy-and-security');

    await page.goto('/zh/search/?q=涌现性和同质性的区别');
    const zh = page.getByRole('region', { name: '对问题的回答' });
    await expect(zh.getByRole('heading')).toHaveText(
      searchPageZh.compareTitle(label('emergence', 'zh'), label('homogenization', 'zh')),
    );
    await expect(zh.getByRole('link', { name: label('emergence', 'zh'), exact: true })).toBeVisible();
    await expect(zh.getByRole('link', { name: label('homogenization', 'zh'), exact: true })).toBeVisible();
    const ids = await page
      .locator('[data-result-id]')
      .evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-result-id')));
    expect(new Set(ids)).toEqual(new Set(['emergence', 'homogenization']));
    await expectNoAxeViolations(page);
  });

  const deadEnds = [
    {
      lang: 'en',
      query: 'tocksicity',
      reason: 'Nothing matches “tocksicity”.',
      suggestion: 'toxicity',
      links: ['the glossary of every term', 'the whole graph in the explorer'],
    },
    {
      lang: 'zh',
      query: '偏件',
      reason: '没有与“偏件”匹配的内容。',
      suggestion: '偏见',
      links: ['收录全部术语的术语表', '图谱浏览器中的整个图谱'],
    },
  ] as const;
  for (const d of deadEnds) {
    test(`an empty result says why and offers a way on (${d.lang})`, async ({ page }) => {
      await page.goto(`/${d.lang}/search/?q=${encodeURIComponent(d.query)}`);
      await expect(page.getByRole('status').filter({ hasText: d.reason })).toBeVisible();
      const wayOn = page.getByRole('region', { name: d.lang === 'en' ? 'Where to look instead' : '换个方式查找' });
      for (const name of d.links) await expect(wayOn.getByRole('link', { name })).toBeVisible();
      await expectNoAxeViolations(page);
      await wayOn.getByRole('link', { name: d.suggestion, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(d.suggestion)}$`));
      await expect(page.locator('[data-result-id]').first()).toContainText(
        d.suggestion === 'toxicity' ? label('toxicity') : label('bias', 'zh'),
      );
    });
  }

  test('when no idea matches every word, says which, and what each word finds alone', async ({ page }) => {
    await page.goto('/en/search/?q=privacy+crocodile');
    const wayOn = page.getByRole('region', { name: 'Where to look instead' });
    await expect(wayOn).toContainText('No idea matches all of: “privacy”, “crocodile”.');
    await expect(wayOn.getByRole('listitem').filter({ hasText: /^crocodile: no results$/ })).toBeVisible();
    await wayOn.getByRole('link', { name: 'privacy', exact: true }).click();
    await expect(page).toHaveURL(/\?q=privacy$/);
    await expect(page.getByRole('region', { name: 'Where to look instead' })).toHaveCount(0);
  });

  test('names a kind in the address it does not know, and shows every result', async ({ page }) => {
    await page.goto('/en/search/?q=bias&kind=dragons');
    await expect(page.getByText('The kind “dragons” in the address is not a kind of idea')).toBeVisible();
    await expect(page.locator('[data-result-id]').first()).toBeVisible();
  });
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
