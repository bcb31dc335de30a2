import fs from 'node:fs';
import path from 'node:path';
import type { Core } from 'cytoscape';
import { expect, test, type Page } from '@playwright/test';
import { drawingLabels, overlaps, showSmallGraph } from './graph-helpers';

/**
 * A node page's and a tour's graph on a phone: the page first shows the build's drawing
 * (real text, in the HTML for a node page), and the canvas — cytoscape, the largest
 * download of the site — is fetched only when the reader scrolls near the figure (the
 * graph sits below the text there). Then the canvas draws and takes over.
 */

/** The built chunks holding cytoscape, found by their content (their names are hashes). */
const CHUNKS = path.join('out', '_next', 'static', 'chunks');
const cytoscapeChunks = fs
  .readdirSync(CHUNKS)
  .filter(
    (f) => f.endsWith('.js') && fs.readFileSync(path.join(CHUNKS, f), 'utf8').includes('__________cytoscape_container'),
  );

/** The chunks holding a small graph's body (its drawing, cards and keys), found by a class it renders. */
const bodyChunks = fs
  .readdirSync(CHUNKS)
  .filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(CHUNKS, f), 'utf8').includes('"paper-caption"'));

type WithCy = HTMLElement & { _cyreg?: { cy?: Core } };

/** Records every script the page asks for among `chunks`. */
function watchChunks(page: Page, chunks: readonly string[]): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').at(-1) ?? '';
    if (chunks.includes(name)) fetched.push(name);
  });
  return fetched;
}
const watchCytoscape = (page: Page) => watchChunks(page, cytoscapeChunks);

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('cytoscape is one chunk of the build, found by its content', () => {
  expect(cytoscapeChunks).toHaveLength(1);
});

for (const [what, url, scope] of [
  ['a node page', '/en/nodes/emergence/', '.local-graph'],
  ['a tour', '/en/tours/traits-to-risks/', '.tour-graph'],
] as const) {
  test(`${what} on a phone draws its graph and fetches the canvas only when the reader scrolls near it`, async ({
    page,
  }) => {
    const fetched = watchCytoscape(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const figure = page.locator(scope);
    await expect(figure.locator('.static-graph svg .ad-node').first()).toBeAttached();
    // Below the text, out of reach: the drawing only, nothing of the canvas.
    const box = await figure.boundingBox();
    expect(box?.y ?? 0, 'the graph is below the first screens').toBeGreaterThan(844 + 200);
    await expect(figure.locator('.canvas')).toHaveAttribute('data-canvas', 'static');
    await expect(figure.locator('canvas')).toHaveCount(0);
    expect(fetched).toEqual([]);

    // Scrolled to: the canvas is fetched, draws, and takes the drawing's place.
    await showSmallGraph(page, scope);
    expect(fetched).toEqual(cytoscapeChunks);
    await expect(figure.locator('.canvas canvas').first()).toBeVisible();
    await expect(figure.locator('.static-graph')).toBeHidden();
  });
}

test('a node page’s drawing is in its HTML, its labels readable and apart, before any script runs', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/zh/nodes/emergence/');
  const drawing = page.locator('.local-graph .static-graph svg');
  await drawing.scrollIntoViewIfNeeded();
  await expect(drawing).toBeVisible();
  const labels = await drawingLabels(page);
  expect(labels.map((l) => l.text)).toContain('涌现性');
  for (const l of labels) expect(l.fontPx, l.id).toBeGreaterThanOrEqual(11);
  expect(overlaps(labels)).toEqual([]);
  // Nothing to press without a script: the zoom buttons are not shown.
  const buttons = await page.locator('.local-graph .canvas-tools button').all();
  expect(buttons.length).toBeGreaterThanOrEqual(3);
  for (const b of buttons) await expect(b).toBeHidden();
  await context.close();
});

test('a tour’s drawing shows the current step’s ideas until the canvas takes over', async ({ page }) => {
  await page.goto('/en/tours/traits-to-risks/?step=2');
  const figure = page.locator('.tour-graph');
  const step = (await figure.getAttribute('data-highlight'))?.split(' ') ?? [];
  expect(step.length).toBeGreaterThan(0);
  const marked = await figure
    .locator('.static-graph .ad-node.is-step')
    .evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.id));
  expect(marked.sort()).toEqual([...step].sort());
  await expect(figure.locator('.static-graph')).toHaveClass(/has-step/);
});

test('a zoom pressed while the canvas loads is applied once it has drawn', async ({ page }) => {
  const zoom = () => page.locator('.local-graph .canvas-inner').evaluate((el: WithCy) => el._cyreg?.cy?.zoom() ?? 0);
  await page.goto('/en/nodes/bias/');
  await showSmallGraph(page, '.local-graph');
  const framed = await zoom();
  expect(framed).toBeGreaterThan(0);

  // The same page again, its canvas held back until "Zoom in" has been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/${cytoscapeChunks[0] ?? 'none'}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  const figure = page.locator('.local-graph');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.canvas')).toHaveAttribute('data-canvas', 'loading');
  await figure.getByRole('button', { name: 'Zoom in' }).click();
  release();
  await showSmallGraph(page, '.local-graph');
  await expect.poll(zoom).toBeCloseTo(framed * 1.25, 3);
});

test('a node page on a phone fetches its graph’s code only when the reader comes near the figure', async ({ page }) => {
  expect(bodyChunks.length).toBeGreaterThan(0);
  const fetched = watchChunks(page, bodyChunks);
  await page.goto('/en/nodes/emergence/');
  await page.waitForLoadState('networkidle');
  // The drawing is in the page, whole and readable, but none of its code has been fetched.
  const figure = page.locator('.local-graph');
  await expect(figure.locator('.static-graph svg .ad-node').first()).toBeAttached();
  expect(fetched).toEqual([]);
  await showSmallGraph(page, '.local-graph');
  expect(fetched.length).toBeGreaterThan(0);
});

test('a button pressed on a node page’s graph before its code has come is pressed once it has', async ({ page }) => {
  const zoom = () => page.locator('.local-graph .canvas-inner').evaluate((el: WithCy) => el._cyreg?.cy?.zoom() ?? 0);
  await page.goto('/en/nodes/bias/');
  await showSmallGraph(page, '.local-graph');
  const framed = await zoom();

  // Again, with the figure's code held back until "Zoom in" has been pressed.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = () => {};
  const wasAsked = new Promise<void>((resolve) => (asked = resolve));
  for (const chunk of bodyChunks)
    await page.route(`**/${chunk}`, async (route) => {
      asked();
      await held;
      await route.continue();
    });
  await page.reload();
  const figure = page.locator('.local-graph');
  await figure.scrollIntoViewIfNeeded();
  await wasAsked;
  await expect(figure.locator('.canvas')).toHaveAttribute('data-canvas', 'static');
  await figure.getByRole('button', { name: 'Zoom in' }).click();
  release();
  await showSmallGraph(page, '.local-graph');
  // Pressed on the drawing, the canvas opens where the drawing was and zooms in from there
  // (use-canvas-start.ts): closer than the framing it opens at when nothing is pressed.
  await expect.poll(zoom).toBeGreaterThan(framed * 1.1);
});

test('when the canvas cannot be fetched, the drawing stays and the page keeps working', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`**/${cytoscapeChunks[0] ?? 'none'}`, (route) => route.abort());
  await page.goto('/en/nodes/emergence/');
  const figure = page.locator('.local-graph');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.canvas')).toHaveAttribute('data-canvas', 'loading');
  // Give the failed fetch time to settle: the drawing is still there, the page still whole.
  await page.waitForLoadState('networkidle');
  await expect(figure.locator('.static-graph svg')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Emergence' })).toBeVisible();
  expect(errors).toEqual([]);
});
