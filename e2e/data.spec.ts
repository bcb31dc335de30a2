import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import Graphology from 'graphology';
import { z } from 'zod';
import { Graph } from '../graph/schema';
import { DATA_VERSION } from '../graph/version';
import { expectNoAxeViolations, watchErrors } from './fixtures';

/** Every file the data page must offer (issue 7), each served from /data/. */
const FILES = [
  'graph.json',
  'graph.schema.json',
  'graph.cyjs',
  'graph.graphml',
  'nodes.csv',
  'edges.csv',
  'kumu-elements.csv',
  'kumu-connections.csv',
  'skos.jsonld',
  'references.bib',
  'references.json',
  'datapackage.json',
  'CHANGELOG.md',
];

test.describe('data page', () => {
  for (const [lang, htmlLang, heading, versionText] of [
    ['en', 'en', 'Open data', /Data version \d+\.\d+\.\d+, built on \d{4}-\d{2}-\d{2}/],
    ['zh', 'zh-Hans', '开放数据', /数据版本 \d+\.\d+\.\d+，构建于 \d{4}-\d{2}-\d{2}/],
  ] as const) {
    test(`/${lang}/data/ links every download, and each one responds`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`/${lang}/data/`);
      await expect(page.locator('html')).toHaveAttribute('lang', htmlLang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.getByText(versionText)).toBeVisible();
      const table = page.getByRole('table');
      for (const file of FILES) {
        const link = table.getByRole('link', { name: file, exact: true });
        await expect(link).toHaveAttribute('href', `/data/${file}`);
        const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: file, exact: true }) });
        await expect(row.getByRole('cell').nth(1)).not.toBeEmpty(); // format, then description
        const response = await page.request.get(`/data/${file}`);
        expect(response.status(), file).toBe(200);
        expect((await response.body()).length, file).toBeGreaterThan(0);
      }
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
    });
  }

  test('nodes.csv and edges.csv import into a new graph with the counts of graph.json', async ({ page }) => {
    const Contract = z.object({ nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });
    const graph = Contract.parse(await (await page.request.get('/data/graph.json')).json());
    const rows = async <T extends z.ZodType>(file: string, row: T) =>
      z.array(row).parse(parse(await (await page.request.get(`/data/${file}`)).text(), { columns: true }));
    const imported = new Graphology({ multi: true, type: 'mixed' });
    for (const n of await rows('nodes.csv', z.object({ Id: z.string() }))) imported.addNode(n.Id);
    for (const e of await rows(
      'edges.csv',
      z.object({ Source: z.string(), Target: z.string(), Type: z.enum(['Directed', 'Undirected']) }),
    )) {
      if (e.Type === 'Undirected') imported.addUndirectedEdge(e.Source, e.Target);
      else imported.addDirectedEdge(e.Source, e.Target);
    }
    expect(imported.order).toBe(graph.nodes.length);
    expect(imported.size).toBe(graph.edges.length);
  });

  test('the downloads keep Chinese text and carry the version', async ({ page }) => {
    const graph = Graph.parse(await (await page.request.get('/data/graph.json')).json());
    const nodes = await (await page.request.get('/data/nodes.csv')).text();
    expect(nodes.split('\n')[0]).toMatch(/^Id,Label,/);
    expect(nodes).toContain('涌现性');
    expect(nodes).toContain(`,${graph.version},`);
    const graphml = await (await page.request.get('/data/graph.graphml')).text();
    expect(graphml).toContain('<key id="n_label_zh" for="node" attr.name="label_zh" attr.type="string"/>');
    expect(graphml).toContain(`<data key="g_version">${graph.version}</data>`);
  });

  test('reads without JavaScript, with how to cite the site and the paper', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/data/');
    await expect(page.getByRole('link', { name: 'nodes.csv', exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'How to cite' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The source paper' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'BibTeX' })).toContainText('@misc{framework_explorer,');
    await context.close();
  });
});

test.describe('cite this page', () => {
  test('a node page gives its citation in plain text and BibTeX, and copies each', async ({ browser }) => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/en/nodes/emergence/');
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await expect(cite).toBeVisible();
    const today = await page.evaluate(() => {
      const d = new Date();
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    });
    const plain = cite.getByRole('group', { name: 'Plain text' });
    await expect(plain).toContainText(
      `“Emergence.” General Models: Ethics & Governance Explorer, data version ${DATA_VERSION}.`,
    );
    await expect(plain).toContainText('/en/nodes/emergence/');
    await expect(plain).toContainText(`(accessed ${today})`);
    const bibtex = cite.getByRole('group', { name: 'BibTeX' });
    await expect(bibtex).toContainText('@misc{explorer_emergence,');
    await expect(bibtex).toContainText('title = {Emergence}');
    await expect(bibtex).toContainText(`Accessed ${today}.`);

    // Keyboard: the copy buttons are ordinary buttons, reached and pressed from the keyboard.
    await bibtex.getByRole('button', { name: 'Copy the BibTeX entry' }).focus();
    await page.keyboard.press('Enter');
    await expect(cite.getByRole('status')).toHaveText('Copied to the clipboard.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await bibtex.locator('pre').innerText());
    expect(copied).toMatch(/^@misc\{explorer_emergence,/);

    await plain.getByRole('button', { name: 'Copy the plain-text citation' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('“Emergence.”');

    await expectNoAxeViolations(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a Chinese node page cites in Chinese', async ({ page }) => {
    await page.goto('/zh/nodes/emergence/');
    const cite = page.getByRole('region', { name: '引用本页' });
    await expect(cite.getByRole('group', { name: '纯文本' })).toContainText(
      `通用模型伦理与治理框架图谱. 涌现性[EB/OL]. 数据版本 ${DATA_VERSION}.`,
    );
    await expect(cite.getByRole('group', { name: 'BibTeX' })).toContainText('title = {涌现性}');
    await expectNoAxeViolations(page);
  });

  test('the citation is in the page without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/nodes/bias/');
    const cite = page.getByRole('region', { name: 'Cite this page' });
    await expect(cite.getByRole('group', { name: 'Plain text' })).toContainText(
      /“Bias\.” .*\(accessed \d{4}-\d{2}-\d{2}\)/,
    );
    await expect(cite.getByRole('group', { name: 'BibTeX' })).toContainText('@misc{explorer_bias,');
    await context.close();
  });
});
