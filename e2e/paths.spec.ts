/**
 * The path finder as a reader uses it, in both languages: chains that follow the paper's
 * argument (up to three, without hops through levels, groupings or cited works) written
 * out as sentences; a plain "no chain" before a labelled connection; the From / To
 * comboboxes by keyboard; the hubs switch. Expectations come from the data the site
 * ships (public/data/graph.json), so corrections to the graph do not break them.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { messages } from '../content/messages';
import { pathStrings } from '../content/messages/path-strings';
import { pathSentence, sentenceText } from '../content/path-sentences';
import { ARGUMENT_WALK, findArgumentPaths, type PathFinding } from '../graph/argument-paths';
import { DEFAULT_STATE } from '../graph/explore-state';
import { explorerGraph } from '../graph/explorer-data';
import { indexGraph } from '../graph/load';
import { Graph, LANGS, type Lang } from '../graph/schema';
import { AXE_TAGS } from './fixtures';

const paper = explorerGraph(
  indexGraph(Graph.parse(JSON.parse(fs.readFileSync('public/data/graph.json', 'utf8'))), new Map()),
);
const nodeById = new Map<string, (typeof paper.nodes)[number]>(paper.nodes.map((n) => [n.id, n]));
const label = (id: string, lang: Lang) => nodeById.get(id)?.label[lang] ?? id;
/** What the explorer shows by default: everything but the cited works. */
const visible = {
  nodeIds: new Set<string>(paper.nodes.filter((n) => DEFAULT_STATE.kinds.includes(n.kind)).map((n) => n.id)),
  edgeIds: new Set<string>(paper.edges.filter((e) => DEFAULT_STATE.edges.includes(e.kind)).map((e) => e.id)),
};
const find = (from: string, to: string, hubs = false) => findArgumentPaths(paper, from, to, { hubs, visible });
const chainsOf = (f: PathFinding) => (f.kind === 'chains' ? f.chains : []);

/** A pair with several chains, found in the data: emergence to an idea it leads to in the most ways (up to three). */
const several = (() => {
  let best: { to: string; finding: PathFinding } | undefined;
  for (const n of paper.nodes) {
    if (!visible.nodeIds.has(n.id) || n.id === 'emergence') continue;
    const f = find('emergence', n.id);
    if (chainsOf(f).length > (best ? chainsOf(best.finding).length : 1)) best = { to: n.id, finding: f };
  }
  if (!best) throw new Error('no idea is reached from emergence by two chains');
  return best;
})();

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.explorer[data-ready]').waitFor();
  // The result is found once the page reads its address; allow for a busy machine.
  if (url.includes('to=')) await page.locator('.path-result').waitFor({ timeout: 30_000 });
}

/** The ideas a sentence links, in order (each is linked at its first mention). */
const linkedIds = async (page: Page, selector: string) =>
  (
    await page
      .locator(selector)
      .locator('a.path-idea')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  ).map((href) => /\/nodes\/([^/]+)\/$/.exec(href ?? '')?.[1] ?? '');

for (const lang of LANGS) {
  const t = pathStrings(lang);

  test.describe(`path finder (${lang})`, () => {
    // The explorer page is large (its list view and edge table): axe and a typed walk
    // through both comboboxes take longer than the default on a busy 2-core machine.
    test.describe.configure({ timeout: 90_000 });
    test('writes out the chains the paper draws, along the argument, without hops through hubs', async ({ page }) => {
      const chains = chainsOf(several.finding);
      await open(page, `/${lang}/explore/?from=emergence&to=${several.to}`);
      const result = page.locator('.path-result');
      await expect(result).toHaveAttribute('data-result', 'chains');
      await expect(result.getByRole('heading')).toHaveText(
        t.chainsTitle(label('emergence', lang), label(several.to, lang)),
      );
      const items = result.locator('ol.path-chains > li');
      await expect(items).toHaveCount(chains.length);
      expect(chains.length).toBeLessThanOrEqual(3);
      for (const [i, steps] of chains.entries()) {
        const item = items.nth(i);
        await expect(item).toHaveText(sentenceText(pathSentence(steps, lang, false), lang));
        // The linked ideas are the chain's, in order, and no two follow each other through a hub.
        const ids = await linkedIds(page, `.path-result ol.path-chains > li:nth-child(${i + 1})`);
        expect(ids).toEqual([steps[0]?.from.id, ...steps.map((s) => s.to.id)]);
        for (const id of ids) expect(['level', 'source']).not.toContain(nodeById.get(id)?.kind);
        for (const s of steps) expect(ARGUMENT_WALK[s.edge.kind]).not.toBe('structural');
      }
      // Shortest first.
      const lengths = chains.map((c) => c.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      await expect(page.locator('.canvas canvas').first()).toBeVisible();
    });

    test('says the paper draws no chain from emergence to bias, then shows the connection', async ({ page }) => {
      const finding = find('emergence', 'bias');
      expect(finding.kind).toBe('connection');
      if (finding.kind !== 'connection') return;
      await open(page, `/${lang}/explore/?from=emergence&to=bias`);
      const result = page.locator('.path-result');
      const verdict = result.locator('.path-verdict');
      await expect(verdict).toHaveText(t.noChain(label('emergence', lang), label('bias', lang)));
      const connection = result.locator('.path-connection');
      await expect(result).toContainText(t.connectionLead);
      // Each link read with the verb for the way it is walked; "also" where it turns back.
      await expect(connection).toHaveText(sentenceText(pathSentence(finding.steps, lang, true), lang));
      await expect(connection).toContainText(t.steps.also.trim());
      const order = await verdict.evaluate(
        (v, c) => (c ? v.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING : 0),
        await connection.elementHandle(),
      );
      expect(order, 'the verdict comes before the connection').toBeTruthy();
      expect(await linkedIds(page, '.path-connection')).toEqual(['emergence', ...finding.steps.map((s) => s.to.id)]);
    });

    test('the comboboxes work with the keyboard alone', async ({ page }) => {
      await open(page, `/${lang}/explore/`);
      const from = page.getByRole('combobox', { name: t.from, exact: true });
      const to = page.getByRole('combobox', { name: t.to, exact: true });
      await from.focus();
      await expect(from).toHaveAttribute('aria-expanded', 'false');
      await page.keyboard.press('ArrowDown');
      await expect(from).toHaveAttribute('aria-expanded', 'true');
      // Grouped by kind; the active option is the one the input names.
      const list = page.getByRole('listbox', { name: t.from, exact: true });
      await expect(list.getByRole('group').first()).toBeVisible();
      const active = await from.getAttribute('aria-activedescendant');
      expect(active).toBeTruthy();
      await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
      await page.keyboard.press('Escape');
      await expect(from).toHaveAttribute('aria-expanded', 'false');
      // Typing filters (pinyin in Chinese, through the site's search); Enter chooses the first match.
      await page.keyboard.type(lang === 'zh' ? 'yongxian' : 'emergen');
      await expect(list.getByRole('option').first()).toContainText(label('emergence', lang));
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/from=emergence/);
      await expect(from).toHaveValue(label('emergence', lang));
      await page.keyboard.press('Tab');
      await expect(to).toBeFocused();
      await page.keyboard.type(label('bias', lang));
      await expect(page.getByRole('listbox', { name: t.to, exact: true }).getByRole('option').first()).toContainText(
        label('bias', lang),
      );
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/to=bias/);
      await expect(page.locator('.path-result .path-verdict')).toBeVisible();
      await expect(
        page
          .getByRole('status')
          .filter({ hasText: t.announceConnection(label('emergence', lang), label('bias', lang)) }),
      ).toHaveCount(1);
      // Swap, then clear.
      await page.getByRole('button', { name: t.swap }).click();
      await expect(page).toHaveURL(/from=bias&to=emergence/);
      await page.getByRole('button', { name: t.clear }).click();
      await expect(page).not.toHaveURL(/from=|to=/);
      await expect(page.locator('.path-result')).toHaveCount(0);
    });

    test('the status line says what is shown: "the default view" only when it is one', async ({ page }) => {
      const e = messages(lang).explore;
      const status = page.getByRole('group', { name: e.activeFilters, exact: true });
      await open(page, `/${lang}/explore/`);
      await expect(status).toHaveText(e.noActiveFilters);
      await open(page, `/${lang}/explore/?from=emergence&to=bias`);
      const kind = find('emergence', 'bias').kind;
      await expect(status).toHaveText(e.noFilters + t.status(kind, label('emergence', lang), label('bias', lang)));
      await open(page, `/${lang}/explore/?focus=bias&from=emergence&to=${several.to}`);
      await expect(status).toHaveText(
        e.noFilters +
          e.summaryFocus(label('bias', lang), DEFAULT_STATE.depth) +
          t.status('chains', label('emergence', lang), label(several.to, lang)),
      );
      await page.getByRole('button', { name: t.clear }).click();
      await expect(status).toHaveText(e.noFilters + e.summaryFocus(label('bias', lang), DEFAULT_STATE.depth));
    });

    test('the hubs switch lets chains pass through groupings, and is kept in the address', async ({ page }) => {
      await open(page, `/${lang}/explore/?from=emergence&to=homogenization`);
      const links = () => linkedIds(page, '.path-result');
      await expect(page.locator('.path-result')).toBeVisible();
      expect(await links()).not.toContain('core-traits');
      await page.getByRole('checkbox', { name: t.hubs }).check();
      await expect(page).toHaveURL(/hubs=1/);
      const withHubs = find('emergence', 'homogenization', true);
      await expect(page.locator('.path-result')).toHaveAttribute('data-result', withHubs.kind);
      await page.goBack();
      await expect(page.getByRole('checkbox', { name: t.hubs })).not.toBeChecked();
    });

    test('axe finds no violations in the path finder and its result, open, in both themes', async ({ page }) => {
      // Scoped to the path finder's parts: the whole explorer is audited by explorer.spec.ts
      // and audit.spec.ts, and axe over its ~3,600 elements takes minutes on a busy machine.
      test.setTimeout(240_000);
      await open(page, `/${lang}/explore/?from=emergence&to=bias`);
      await page.getByRole('combobox', { name: t.to, exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('listbox', { name: t.to, exact: true })).toBeVisible();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const { violations } = await new AxeBuilder({ page })
          .withTags(AXE_TAGS)
          .include('.path-finder')
          .include('.path-result')
          .analyze();
        expect(
          violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
    });
  });
}
