import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { measuresStrings } from '../content/messages/measures-strings';
import { expectNoAxeViolations } from './fixtures';
import { LANGS } from './routes';

/**
 * The measures table filters by challenge and level through the address, and its CSV holds
 * exactly the rows shown. The expected rows come from the published graph, read here.
 */
const Graph = z.object({
  nodes: z.array(
    z.object({ id: z.string(), kind: z.string(), scope: z.string().optional(), level: z.string().optional() }),
  ),
  edges: z.array(z.object({ source: z.string(), target: z.string(), kind: z.string(), stance: z.string() })),
});
const graph = Graph.parse(
  JSON.parse(fs.readFileSync(fileURLToPath(new URL('../public/data/graph.json', import.meta.url)), 'utf8')),
);
const byId = new Map(graph.nodes.map((n) => [n.id, n]));
const isMeasure = (id: string) =>
  byId.get(id)?.kind === 'governance' &&
  ['upstream', 'downstream', 'macro', 'micro'].includes(byId.get(id)?.scope ?? '');
/** Measures with an addresses edge into `challenge` (or a challenge it is part of) at `level`. */
function expected(challenge: string, level: string): Set<string> {
  const up = (id: string): string[] =>
    graph.edges
      .filter((e) => e.kind === 'part-of' && e.source === id && byId.get(e.target)?.kind === 'challenge')
      .flatMap((e) => [e.target, ...up(e.target)]);
  const targets = new Set([challenge, ...up(challenge)]);
  return new Set(
    graph.edges
      .filter(
        (e) =>
          e.kind === 'addresses' && isMeasure(e.source) && targets.has(e.target) && byId.get(e.target)?.level === level,
      )
      .map((e) => e.source),
  );
}
const Rows = z.array(z.record(z.string(), z.string()));

// The machine these run on is shared: give each journey room.
test.describe.configure({ timeout: 120_000 });

for (const lang of LANGS) {
  const s = measuresStrings(lang);

  test(`the measures table filters by challenge and level in the address, and its CSV is the rows shown (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(`/${lang}/measures/`);
    await page.locator('.measures[data-ready]').waitFor();
    const rows = page.locator('table.measures-table tbody tr');
    await expect(rows).toHaveCount(graph.nodes.filter((n) => isMeasure(n.id)).length);

    await page.getByLabel(s.challenge, { exact: true }).selectOption('systemic-bias');
    await expect(page).toHaveURL(/\?challenge=systemic-bias$/);
    await page.getByLabel(s.level, { exact: true }).selectOption('data');
    await expect(page).toHaveURL(/\?challenge=systemic-bias&level=data$/);
    const want = expected('systemic-bias', 'data');
    expect(want.size).toBeGreaterThan(0);
    await expect(rows).toHaveCount(want.size);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-measure') ?? ''));
    expect(new Set(shown)).toEqual(want);

    // The same filter from a fresh load of the address.
    await page.goto(page.url());
    await page.locator('.measures[data-ready]').waitFor();
    await expect(rows).toHaveCount(want.size);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: s.csv(want.size) }).click(),
    ]);
    const csv = fs.readFileSync(await file.path(), 'utf8');
    const records = Rows.parse(parse(csv, { columns: true, bom: true }));
    expect(records.map((r) => r[s.csvColumns.id])).toEqual(shown);
    for (const r of records) expect(r[s.csvColumns.addresses]?.length ?? 0).toBeGreaterThan(0);

    // Back to the unfiltered table.
    await page.getByRole('button', { name: s.clear }).click();
    await expect(rows).toHaveCount(graph.nodes.filter((n) => isMeasure(n.id)).length);
    await expectNoAxeViolations(page);
  });

  test(`a filter the table cannot use is named, and the table still shows (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/measures/?level=moon&challenge=bias`);
    await page.locator('.measures[data-ready]').waitFor();
    await expect(page.locator('.measures > .notice')).toContainText('level=moon');
    await expect(page.locator('table.measures-table tbody tr').first()).toBeVisible();
  });
}
