import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { messages } from '../content/messages';
import { matrixStrings } from '../content/messages/matrix-strings';
import { LEVEL_NAMES } from '../graph/kind-names';
import { expectNoAxeViolations } from './fixtures';
import { LANGS } from './routes';

/**
 * The policy matrix as a policymaker meets it at 1366 × 900 and on a phone: column heads
 * that stay in view, every column on screen, marks that open their evidence by keyboard,
 * every gap flagged — checked against the published graph, read here on its own — trade-off
 * cards without empty headings, cards on a phone, and a printout with every measure.
 */
const Graph = z.object({
  nodes: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      scope: z.string().optional(),
      level: z.string().optional(),
      label: z.object({ en: z.string(), zh: z.string() }),
    }),
  ),
  edges: z.array(z.object({ source: z.string(), target: z.string(), kind: z.string() })),
});
const graph = Graph.parse(
  JSON.parse(fs.readFileSync(fileURLToPath(new URL('../public/data/graph.json', import.meta.url)), 'utf8')),
);
const kind = new Map(graph.nodes.map((n) => [n.id, n]));
const FAMILIES = ['upstream', 'downstream', 'macro', 'micro'];
const measures = graph.nodes.filter((n) => n.kind === 'governance' && FAMILIES.includes(n.scope ?? ''));
/** Challenges no measure addresses, nor any broader challenge they are part of. */
function expectedGaps(): Set<string> {
  const up = (id: string): string[] =>
    graph.edges
      .filter((e) => e.kind === 'part-of' && e.source === id && kind.get(e.target)?.kind === 'challenge')
      .flatMap((e) => [e.target, ...up(e.target)]);
  const addressed = new Set(
    graph.edges.filter((e) => e.kind === 'addresses' && measures.some((m) => m.id === e.source)).map((e) => e.target),
  );
  return new Set(
    graph.nodes
      .filter((n) => n.kind === 'challenge' && ![n.id, ...up(n.id)].some((id) => addressed.has(id)))
      .map((n) => n.id),
  );
}

const ready = (page: Page) => page.locator('.level-filter[data-ready]').first().waitFor();

// The machine these run on is shared: give each journey room.
test.describe.configure({ timeout: 90_000 });

for (const lang of LANGS) {
  const s = matrixStrings(lang);

  test.describe(`matrix at 1366 × 900 (${lang})`, () => {
    test.use({ viewport: { width: 1366, height: 900 } });

    test('every measure’s column is on screen, and the column heads stay in view when scrolling down', async ({
      page,
    }) => {
      await page.goto(`/${lang}/matrix/`);
      await ready(page);
      const heads = page.locator('table.matrix-full th.measure');
      await expect(heads).toHaveCount(measures.length);
      for (const box of await heads.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect)))
        expect(box.right).toBeLessThanOrEqual(1366);
      // The table fits: its frame does not scroll sideways, and neither does the page.
      const frame = page.locator('.matrix-table .matrix-frame');
      expect(await frame.evaluate((e) => getComputedStyle(e).overflowX)).toBe('visible');
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      // Scroll until the last challenge row is in view: the heads are still on screen, above it.
      await page.locator('table.matrix-full tbody tr').last().scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 300);
      const first = heads.first();
      const box = await first.boundingBox();
      expect(box).not.toBeNull();
      expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThan(900);
      const hit = await first.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top !== null && el.contains(top);
      });
      expect(hit, 'the head is painted on top, not under the rows').toBe(true);
    });

    test('a marked cell opens its evidence in a side panel by keyboard, and Escape brings focus back', async ({
      page,
    }) => {
      await page.goto(`/${lang}/matrix/`);
      await ready(page);
      const cell = page.locator('table.matrix-full a.cell-link').first();
      await cell.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog', { name: s.panelLabel });
      await expect(panel).toBeVisible();
      await expect(panel.locator('q[lang="zh-Hans"]').first()).toBeVisible();
      await expect(panel.getByRole('heading', { level: 3 })).toContainText('→');
      await expect(page.locator(':focus')).toHaveId('evidence-panel-title');
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(cell).toBeFocused();
    });

    test('every row no measure reaches carries the gap flag with its reason, and no other row does', async ({
      page,
    }) => {
      await page.goto(`/${lang}/matrix/`);
      const gaps = expectedGaps();
      const rows = await page.locator('table.matrix-full tbody tr[data-challenge]').evaluateAll((trs) =>
        trs.map((tr) => ({
          id: tr.getAttribute('data-challenge') ?? '',
          marks: tr.querySelectorAll('a.cell-link').length,
          flag: tr.querySelector('.gap-flag')?.textContent ?? '',
          reason: tr.querySelector('.gap-reason')?.textContent ?? '',
        })),
      );
      expect(rows.length).toBe(graph.nodes.filter((n) => n.kind === 'challenge').length);
      for (const row of rows)
        if (gaps.has(row.id)) {
          expect(row.marks, row.id).toBe(0);
          expect(row.flag, row.id).toContain(s.gap);
          expect(row.reason.length, row.id).toBeGreaterThan(5);
        } else {
          expect(row.marks, row.id).toBeGreaterThan(0);
          expect(row.flag, row.id).toBe('');
        }
      await expect(page.locator('.gap-list > li')).toHaveCount(gaps.size);
    });

    test('no trade-off card shows an empty heading', async ({ page }) => {
      await page.goto(`/${lang}/matrix/`);
      const cards = page.locator('.tradeoff-card');
      await expect(cards).toHaveCount(measures.length);
      for (const h of await page.locator('.tradeoff-card h4').all()) {
        const after = await h.evaluate((el) => el.nextElementSibling?.textContent?.trim() ?? '');
        expect(after.length, await h.innerText()).toBeGreaterThan(0);
      }
      await expect(page.locator('.tradeoff-card').filter({ hasText: s.gainsNone }).first()).toBeVisible();
    });

    test('levels are kept in the address and filter the table', async ({ page }) => {
      await page.goto(`/${lang}/matrix/?levels=data`);
      await ready(page);
      await expect(page.locator('table.matrix-full tbody[data-level="algorithm"]')).toBeHidden();
      await expect(page.locator('table.matrix-full tbody[data-level="data"]')).toBeVisible();
      await page.locator('.level-filter input').first().check();
      await expect(page).toHaveURL(/levels=algorithm,data$/);
      await expect(page.locator('table.matrix-full tbody[data-level="algorithm"]')).toBeVisible();
      await page.goBack();
      await expect(page.locator('table.matrix-full tbody[data-level="algorithm"]')).toBeHidden();
    });

    test('challenges ticked in the table open a brief on them', async ({ page }) => {
      await page.goto(`/${lang}/matrix/`);
      await page.locator('tr[data-challenge="bias"] .pick input').check();
      await page.locator('tr[data-challenge="toxicity"] .pick input').check();
      await page.getByRole('button', { name: s.briefSubmit }).click();
      await expect(page).toHaveURL(/\/brief\/\?challenges=bias&challenges=toxicity$/);
      await expect(
        page
          .locator('.brief-document h2')
          .filter({ hasText: kind.get('bias')?.label[lang] ?? '' })
          .first(),
      ).toBeVisible();
    });
  });

  for (const [w, h] of [
    [390, 844],
    [640, 800],
  ] as const)
    test(`on a ${w} px screen, a whole challenge card with its measures is on the first screen (${lang})`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: w, height: h });
      await page.goto(`/${lang}/matrix/`);
      await ready(page);
      const title = await page.getByRole('heading', { level: 1 }).boundingBox();
      const card = page.locator('.challenge-card:has(.card-measures)').first();
      await expect(card).toBeVisible();
      const box = await card.boundingBox();
      expect(box?.y ?? 0).toBeGreaterThan(title?.y ?? 0);
      expect((box?.y ?? h) + (box?.height ?? 0), 'the card ends on the first screen').toBeLessThanOrEqual(h);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
      // And the switch back to the table works.
      await page.getByRole('button', { name: s.layoutTable }).click();
      await expect(page.locator('table.matrix-full')).toBeVisible();
      await expect(page.locator('.matrix-cards')).toBeHidden();
    });

  for (const only of [['data'], ['algorithm', 'data', 'compute']] as const)
    test(`embedded with levels ${only.join(',')}: only the measures that reach them, in a 700 px frame of the height the dialog suggests (${lang})`, async ({
      page,
    }) => {
      const t = messages(lang).embedDialog;
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`/${lang}/matrix/`);
      await ready(page);
      await page.getByRole('button', { name: t.button }).click();
      const dialog = page.locator('dialog.embed-dialog');
      await expect(dialog).toBeVisible();
      for (const level of ['algorithm', 'data', 'compute'] as const)
        if (!only.some((l) => l === level))
          await dialog.getByRole('checkbox', { name: LEVEL_NAMES[level][lang], exact: true }).uncheck();
      const height = Number(await dialog.getByLabel(t.height).inputValue());
      const url = await dialog.getByLabel(t.url).inputValue();
      if (only.length === 1) expect(url).toContain(`levels=${only[0]}`);
      else expect(url).not.toContain('levels=');

      await page.setViewportSize({ width: 700, height });
      await page.goto(url);
      await page.locator('.embed-root[data-ready]').waitFor();
      const heads = page.locator('table.matrix-embed th.measure');
      const reaching = new Set(
        graph.edges
          .filter((e) => e.kind === 'addresses' && measures.some((m) => m.id === e.source))
          .filter((e) => {
            const up = (id: string): string[] =>
              graph.edges
                .filter((x) => x.kind === 'part-of' && x.source === id && kind.get(x.target)?.kind === 'challenge')
                .flatMap((x) => [x.target, ...up(x.target)]);
            // A measure reaches the shown levels when it addresses a challenge of theirs (parts share their parent's level).
            const levelOf = (id: string): string | undefined => {
              const n = graph.nodes.find((x) => x.id === id);
              return n?.level ?? up(id).map(levelOf).find(Boolean);
            };
            return only.some((l) => l === levelOf(e.target));
          })
          .map((e) => e.source),
      );
      await expect(heads).toHaveCount(only.length === 3 ? measures.length : reaching.size);
      const overflow = await page.evaluate(() => ({
        down: document.documentElement.scrollHeight - window.innerHeight,
        across: document.documentElement.scrollWidth - window.innerWidth,
      }));
      expect(overflow.down, 'no scrollbar inside the frame').toBeLessThanOrEqual(0);
      expect(overflow.across).toBeLessThanOrEqual(0);
    });

  test(`printed to A4, the matrix has every measure’s name and none of its controls (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/${lang}/matrix/`);
    await ready(page);
    await page.emulateMedia({ media: 'print' });
    const file = path.join(os.tmpdir(), `matrix-${lang}-${process.pid}.pdf`);
    await page.pdf({ path: file, format: 'A4' });
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    fs.rmSync(file);
    const flat = text.replace(/\s+/g, '');
    for (const m of measures) expect(flat, m.label[lang]).toContain(m.label[lang].replace(/\s+/g, ''));
    for (const control of [s.layoutLabel, s.briefSubmit, s.scrollCue, s.briefHint])
      expect(flat).not.toContain(control.replace(/\s+/g, ''));
  });
}
