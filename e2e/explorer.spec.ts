import { expect, test, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';
import fs from 'node:fs';
import { EDGE_RULES, NODE_KIND_NAMES } from '../graph/kinds';
import { Graph } from '../graph/schema';
import { expectNoAxeViolations, watchErrors } from './fixtures';
import { canvasLabels, drawingLabels, openExplorer, overlaps, showSmallGraph, startCanvas } from './graph-helpers';

/** The graph the site was built from: expected text comes from it, never from memory. */
const graph = Graph.parse(JSON.parse(fs.readFileSync('public/data/graph.json', 'utf8')));
const nodeOf = (id: string) => {
  const n = graph.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`graph.json has no node "${id}"`);
  return n;
};
const en = (id: string) => nodeOf(id).label.en;
/** A link as the explorer names it: "Source — verb → Target", " (editorial)" when inferred. */
const sentence = (id: string) => {
  const e = graph.edges.find((x) => x.id === id);
  if (!e) throw new Error(`graph.json has no edge "${id}"`);
  const verb = EDGE_RULES[e.kind].verbs.en.forward;
  return `${en(e.source)} — ${verb} → ${en(e.target)}${e.stance === 'inferred' ? ' (editorial)' : ''}`;
};

const listItem = (page: Page, id: string) => page.locator(`.list-view li[data-node-id="${id}"]`);

/** Shows the ideas as a list (the explorer remembers the choice). */
async function showList(page: Page) {
  await page
    .getByRole('group', { name: /Show as|显示方式/ })
    .getByRole('button', { name: /List|列表/ })
    .click();
  await expect(page.locator('.list-view')).toBeVisible();
}

test.describe('explorer', () => {
  test('the control panel fits its column: the path finder, its chains and the section filter wrap, nothing is cut', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, '/en/explore/?from=emergence&to=truthfulness&section=2.2.1');
    const panel = page.locator('.explorer-panel');
    await expect(panel.locator('.path-result')).toBeVisible();
    const { scroll, client } = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
  });

  test('opens on the argument drawn at build time, and lists the same ideas', async ({ page }) => {
    const errors = watchErrors(page);
    await openExplorer(page, '/en/explore/');
    const drawing = page.locator('.static-graph svg');
    await expect(drawing).toBeVisible();
    await expect(drawing.locator('.ad-stage-title')).toHaveText([
      '1 Traits',
      '2 Challenges',
      '3 Mediation',
      '4 Governance',
      '5 Limitations',
      '6 Recommendations',
    ]);
    await expect(page.locator('figcaption#graph-summary')).toContainText(/Showing 36 ideas and \d+ links/);
    // Nothing but the opening's own code runs: no canvas until the reader needs it.
    await expect(page.locator('.canvas canvas')).toHaveCount(0);
    await showList(page);
    await expect(listItem(page, 'emergence')).toBeVisible();
    // Cited works are folded away at first.
    await expect(listItem(page, 'ref-11')).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Links between the ideas shown' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the kind filter hides and restores nodes, with a removable chip', async ({ page }) => {
    await openExplorer(page, '/en/explore/');
    await showList(page);
    await expect(listItem(page, 'bias')).toBeVisible();
    await page.getByRole('checkbox', { name: 'Ethical challenges' }).uncheck();
    await expect(listItem(page, 'bias')).toHaveCount(0);
    await expect(listItem(page, 'emergence')).toBeVisible();
    await expect(page).toHaveURL(/kinds=/);
    await page.getByRole('button', { name: /Remove filter: Ethical challenges hidden/ }).click();
    await expect(listItem(page, 'bias')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Ethical challenges' })).toBeChecked();
  });

  test('a focus URL shows that neighbourhood in a card over the canvas, and depth widens it', async ({ page }) => {
    await openExplorer(page, '/en/explore/?focus=staged-release');
    const card = page.getByRole('complementary', { name: en('staged-release') });
    await expect(card).toBeVisible();
    await expect(page.locator('.canvas canvas').first()).toBeVisible();
    await showList(page);
    await expect(listItem(page, 'staged-release')).toHaveClass(/is-focus/);
    await expect(listItem(page, 'micro-mechanisms')).toBeVisible();
    await expect(listItem(page, 'emergence')).toHaveCount(0);
    const depth1 = await page.locator('.list-view li[data-node-id]').count();
    await page.getByRole('button', { name: 'Graph' }).click();
    await card.getByLabel('Neighbourhood depth').selectOption('2');
    await expect(page).toHaveURL(/depth=2/);
    await showList(page);
    await expect.poll(() => page.locator('.list-view li[data-node-id]').count()).toBeGreaterThan(depth1);
  });

  test('back and forward restore the previous state', async ({ page }) => {
    await openExplorer(page, '/en/explore/');
    await page.getByRole('radio', { name: /Show everything/ }).check();
    await expect(page).toHaveURL(/show=all/);
    await page.getByRole('checkbox', { name: 'Cases' }).uncheck();
    await page.getByLabel('Layout').selectOption('force');
    await expect(page).toHaveURL(/layout=force/);
    await page.goBack();
    await expect(page).not.toHaveURL(/layout=force/);
    await expect(page.getByLabel('Layout')).toHaveValue('argument');
    await expect(page.getByRole('checkbox', { name: 'Cases' })).not.toBeChecked();
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: 'Cases' })).toBeChecked();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: 'Cases' })).not.toBeChecked();
  });

  test('a malformed URL shows a plain note and a working graph', async ({ page }) => {
    const errors = watchErrors(page);
    await openExplorer(
      page,
      '/en/explore/?focus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&depth=9&kinds=planet&zoom=2&open=no-such-idea',
    );
    const note = page.getByRole('note');
    await expect(note).toContainText('not understood');
    await expect(note).toContainText('depth=9');
    await expect(note).toContainText('zoom=2');
    await expect(note).toContainText('kinds=planet');
    await expect(note).toContainText('open=no-such-idea');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    await expect(page.locator('.static-graph .ad-node[data-id="emergence"]')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the list view works with the keyboard alone', async ({ page }) => {
    await openExplorer(page, '/en/explore/');
    await showList(page);
    const button = listItem(page, 'fine-tuning').getByRole('button', { name: en('fine-tuning') });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/focus=fine-tuning/);
    await expect(page.getByRole('status').first()).toContainText(`Focused on ${en('fine-tuning')}`);
    await expect(listItem(page, 'fine-tuning').getByRole('button', { name: en('fine-tuning') })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.getByRole('button', { name: 'Graph' }).click();
    await page.getByRole('button', { name: 'Clear focus' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).not.toHaveURL(/focus=/);
  });

  test('a "+N" badge opens the detail folded under an idea; "show everything" is one click away', async ({ page }) => {
    await openExplorer(page, '/en/explore/');
    await page.locator('.static-graph .ad-badge[data-open="bias"]').click();
    await expect(page).toHaveURL(/open=bias/);
    await expect(page.locator('.canvas-inner[data-layout="done"]')).toBeAttached({ timeout: 30_000 });
    await showList(page);
    await expect(listItem(page, 'systemic-bias')).toBeVisible();
    await expect(listItem(page, 'case-fairface-clip')).toBeVisible();
    await page.getByRole('button', { name: /Fold away: Bias/ }).click();
    await expect(listItem(page, 'systemic-bias')).toHaveCount(0);
    await page.getByRole('radio', { name: /Show everything/ }).check();
    await expect(listItem(page, 'ref-11')).toBeVisible();
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`axe finds no violations on the ${lang} explorer, opening and focused`, async ({ page }) => {
      await openExplorer(page, `/${lang}/explore/`);
      await expectNoAxeViolations(page);
      await openExplorer(page, `/${lang}/explore/?focus=bias`);
      await expect(page.locator('.canvas canvas').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe('explorer, first sight', () => {
  for (const lang of ['en', 'zh'] as const) {
    test(`(${lang}) at 1280 × 800 the graph fills the screen and every label is readable, apart`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openExplorer(page, `/${lang}/explore/`);
      const canvas = await page.locator('.explorer-figure .canvas').boundingBox();
      expect(canvas).not.toBeNull();
      if (!canvas) return;
      expect(canvas.y).toBeLessThanOrEqual(200);
      expect((canvas.width * canvas.height) / (1280 * 800)).toBeGreaterThanOrEqual(0.6);

      // The static drawing: every idea drawn has its label, on screen, at ≥ 11 px, none overlapping.
      const labels = await drawingLabels(page);
      expect(labels.length).toBe(36);
      for (const l of labels) {
        expect(l.text.trim(), l.id).not.toBe('');
        expect(l.text, `${l.id} shows its whole label`).not.toContain('…');
        expect(l.fontPx, `${l.id} drawn at ${l.fontPx} px`).toBeGreaterThanOrEqual(11);
        expect(
          l.box.x >= canvas.x - 1 && l.box.x + l.box.width <= canvas.x + canvas.width + 1,
          `${l.id} on screen`,
        ).toBe(true);
      }
      expect(overlaps(labels)).toEqual([]);

      // The canvas takes over from the same picture: its labels too are readable and apart.
      await startCanvas(page);
      const drawn = await canvasLabels(page);
      expect(drawn.length).toBe(36);
      for (const l of drawn) expect(l.fontPx, `${l.id} on the canvas`).toBeGreaterThanOrEqual(11);
      expect(overlaps(drawn)).toEqual([]);
    });

    test(`(${lang}) on a phone the header is one row and the first screen shows ideas`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openExplorer(page, `/${lang}/explore/`);
      const header = await page.locator('.site-header').boundingBox();
      expect(header?.height ?? 999).toBeLessThanOrEqual(72);
      const onScreen = await page.locator('.static-graph .ad-node').evaluateAll((nodes) =>
        nodes.filter((n) => {
          const r = n.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
        }),
      );
      expect(onScreen.length).toBeGreaterThanOrEqual(5);
    });
  }

  test('on a phone the reader’s choice of graph or list is remembered, even with storage blocked', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openExplorer(page, '/en/explore/');
    await showList(page);
    await page.reload();
    await page.locator('.explorer[data-ready]').waitFor();
    await expect(page.locator('.list-view')).toBeVisible();
    const items = await page
      .locator('.list-view li[data-node-id]')
      .evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().top < window.innerHeight).length);
    expect(items).toBeGreaterThanOrEqual(5);
    await context.close();

    const blocked = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await blocked.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const p2 = await blocked.newPage();
    const errors = watchErrors(p2);
    await openExplorer(p2, '/en/explore/');
    await showList(p2);
    await p2.getByRole('button', { name: 'Graph' }).click();
    await expect(p2.locator('.static-graph svg')).toBeVisible();
    expect(errors).toEqual([]);
    await blocked.close();
  });

  test('on a phone the controls open as a drawer and close again', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openExplorer(page, '/en/explore/');
    const panel = page.getByRole('region', { name: 'Explorer controls' });
    await expect(panel).toBeHidden();
    await page.getByRole('button', { name: 'Filters and paths' }).click();
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('group', { name: 'Kinds of ideas' })).toBeVisible();
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(panel).toBeHidden();
  });
});

test.describe('explorer, pointing at ideas and links', () => {
  test('hovering an idea shows its card and fades what is not its neighbour', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, '/en/explore/');
    await page.locator('.static-graph .ad-node[data-id="mirroring-effect"]').hover();
    const card = page.locator('.preview-card');
    await expect(card.getByRole('heading')).toHaveText(en('mirroring-effect'));
    await expect(card).toContainText(nodeOf('mirroring-effect').label.zh);
    await expect(card).toContainText(NODE_KIND_NAMES[nodeOf('mirroring-effect').kind].en.one);
    await expect(card.getByRole('link', { name: 'Open its page' })).toHaveAttribute(
      'href',
      '/en/nodes/mirroring-effect/',
    );
    const faded = page.locator('.static-graph.has-preview .ad-node:not(.is-near)');
    await expect(faded.first()).toHaveCSS('opacity', '0.15');
    await expect(page.locator('.static-graph .ad-node[data-id="bias"]')).toHaveClass(/is-near/);
    await expect(page.locator('.static-graph .ad-node[data-id="emergence"]')).not.toHaveClass(/is-near/);
    // Still on the drawing: pointing needs no canvas.
    await expect(page.locator('.canvas canvas')).toHaveCount(0);
  });

  test('the arrow keys move between ideas, showing each card and fading the rest', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, '/en/explore/');
    const graph = page.getByRole('listbox', { name: 'Graph of the framework' });
    await graph.focus();
    await page.keyboard.press('ArrowDown');
    await expect(graph).toHaveAttribute('aria-activedescendant', /^idea-/);
    const card = page.locator('.preview-card');
    await expect(card).toBeVisible();
    const first = await card.getByRole('heading').textContent();
    await page.keyboard.press('ArrowDown');
    await expect(card.getByRole('heading')).not.toHaveText(first ?? '');
    await expect(page.locator('.static-graph.has-preview')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/focus=/);
  });

  test('on the canvas too: hover shows the card and fades the rest', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, '/en/explore/');
    await startCanvas(page);
    const at = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>('.canvas-inner');
      const n = el?._cyreg?.cy?.getElementById('mirroring-effect');
      const r = el?.getBoundingClientRect();
      const p = n?.renderedPosition();
      return p && r ? { x: r.left + p.x, y: r.top + p.y } : undefined;
    });
    expect(at).toBeDefined();
    if (!at) return;
    await page.mouse.move(at.x, at.y);
    await expect(page.locator('.preview-card').getByRole('heading')).toHaveText(en('mirroring-effect'));
    const fadedCount = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement & { _cyreg?: { cy?: Core } }>('.canvas-inner');
      return el?._cyreg?.cy?.nodes('.faded').length ?? 0;
    });
    expect(fadedCount).toBeGreaterThan(10);
  });

  test('pointing at a link names it as a sentence, "editorial" when inferred', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openExplorer(page, '/en/explore/');
    const point = async (edge: string) => {
      const p = await page.locator(`.static-graph .ad-edge[data-edge="${edge}"] .ad-line`).evaluate((path) => {
        const line = path as SVGPathElement;
        const q = line.getPointAtLength(line.getTotalLength() / 2);
        const m = line.getScreenCTM();
        return m ? { x: q.x * m.a + m.e, y: q.y * m.d + m.f } : undefined;
      });
      if (p) await page.mouse.move(p.x, p.y);
    };
    await point('mirroring-effect--explains--bias');
    await expect(page.locator('.edge-tip')).toHaveText(sentence('mirroring-effect--explains--bias'));
    await point('fine-tuning--addresses--bias');
    await expect(page.locator('.edge-tip')).toHaveText(sentence('fine-tuning--addresses--bias'));
  });
});

test.describe('explorer, taking a view away', () => {
  test('exports the view as SVG with its title, key, address and data version', async ({ page }) => {
    await openExplorer(page, '/en/explore/?focus=bias');
    await expect(page.locator('.canvas-inner[data-layout="done"]')).toBeAttached({ timeout: 30_000 });
    await page.getByText('Export', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as SVG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('explore-en-focus.svg');
    const path = await file.path();
    const { readFile } = await import('node:fs/promises');
    const svg = await readFile(path, 'utf8');
    expect(svg).toContain(`Explore the framework — around “${en('bias')}”`);
    expect(svg).toMatch(/<g class="ad-legend">.*Ethical challenges.*Stated by the paper/s);
    expect(svg).toContain(`This view online: ${new URL('/en/explore/?focus=bias', page.url()).href}`);
    expect(svg).toMatch(/Data version \d+\.\d+\.\d+/);
    expect(svg).toContain('data-id="bias"');
  });

  test('exports a PNG', async ({ page }) => {
    await openExplorer(page, '/en/explore/');
    await page.getByText('Export', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as PNG' }).click();
    const file = await download;
    const { readFile } = await import('node:fs/promises');
    const png = await readFile(await file.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });

  test('prints the view as a drawing', async ({ page }) => {
    await openExplorer(page, '/en/explore/');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const drawing = page.locator('.print-drawing svg');
    await expect(drawing).toBeVisible();
    await expect(drawing).toContainText('Explore the framework — the argument, stage by stage');
    await expect(page.locator('.explorer-figure')).toBeHidden();
  });
});

test.describe('explorer without JavaScript', () => {
  test('shows the opening drawing and leads to every idea and link', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/en/explore/');
    await expect(page.locator('.static-graph svg .ad-node')).toHaveCount(36);
    await page.getByRole('link', { name: 'Every idea and link as a plain list' }).first().click();
    await expect(page).toHaveURL(/\/en\/explore\/list\/$/);
    await expect(page.locator('.idea-list > li')).toHaveCount(graph.nodes.length);
    await expect(page.locator('.idea-list .node-relations > li')).toHaveCount(graph.edges.length);
    await context.close();
  });
});

test.describe('local graph on node pages', () => {
  test('shows the neighbourhood readably, names links, and links into the explorer', async ({ page }) => {
    await page.goto('/en/nodes/bias/');
    await showSmallGraph(page, '.local-graph');
    const labels = await canvasLabels(page, '.local-graph');
    expect(labels.length).toBeGreaterThan(15);
    for (const l of labels) expect(l.fontPx, l.id).toBeGreaterThanOrEqual(11);
    expect(overlaps(labels)).toEqual([]);
    await expect(page.locator('.local-graph .graph-legend')).toContainText('Ethical challenges');
    await page.getByRole('link', { name: 'Open in the explorer' }).click();
    await expect(page).toHaveURL(/\/en\/explore\/\?focus=bias$/);
    await expect(page.getByRole('complementary', { name: en('bias') })).toBeVisible();
  });

  for (const lang of ['en', 'zh'] as const) {
    test(`axe finds no violations on a ${lang} node page with its local graph`, async ({ page }) => {
      await page.goto(`/${lang}/nodes/mirroring-effect/`);
      await showSmallGraph(page, '.local-graph');
      await expect(page.locator('.local-graph .canvas canvas').first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});
