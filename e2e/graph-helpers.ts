import { expect, type Page } from '@playwright/test';
import type { Core } from 'cytoscape';

/** Opens an explorer URL and waits until its controls are live. */
export async function openExplorer(page: Page, url: string) {
  await page.goto(url);
  await page.locator('.explorer[data-ready]').waitFor();
}

export interface LabelBox {
  id: string;
  text: string;
  /** The size the label's text is drawn at, in CSS px. */
  fontPx: number;
  box: { x: number; y: number; width: number; height: number };
}

/** The labels of the static drawing as the browser lays them out (page coordinates). */
export function drawingLabels(page: Page): Promise<LabelBox[]> {
  return page.locator('.static-graph svg').evaluate((svg) => {
    const drawing = svg as SVGSVGElement;
    const scale = drawing.getBoundingClientRect().width / drawing.viewBox.baseVal.width;
    return [...drawing.querySelectorAll<SVGGElement>('.ad-node')].map((g) => {
      const text = g.querySelector<SVGTextElement>('.ad-label');
      const r = text?.getBoundingClientRect();
      return {
        id: g.dataset.id ?? '',
        text: text?.textContent ?? '',
        fontPx: Number(text?.getAttribute('font-size') ?? 0) * scale,
        box: { x: r?.left ?? 0, y: r?.top ?? 0, width: r?.width ?? 0, height: r?.height ?? 0 },
      };
    });
  });
}

type WithCy = HTMLElement & { _cyreg?: { cy?: Core } };

/**
 * The labels the canvas draws, from cytoscape's own rendered bounding boxes (page
 * coordinates). Cytoscape registers its instance on its container (for its jQuery
 * plug-in); the tests read it there. Only labels it draws count: below its minimum
 * zoomed font size it draws none.
 */
export function canvasLabels(page: Page, scope = '.explorer'): Promise<LabelBox[]> {
  return page.locator(`${scope} .canvas-inner`).evaluate((el: WithCy) => {
    const cy = el._cyreg?.cy;
    if (!cy) return [];
    const r = el.getBoundingClientRect();
    const zoom = cy.zoom();
    const pan = cy.pan();
    return cy
      .nodes()
      .not('.hidden, .band')
      .map((n) => {
        const fontPx = parseFloat(String(n.style('font-size'))) * zoom;
        const minimum = parseFloat(String(n.style('min-zoomed-font-size')));
        const b = n.boundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
          includeOverlays: false,
        });
        return {
          id: n.id(),
          text: fontPx >= minimum ? String(n.data('label') ?? '') : '',
          fontPx,
          box: {
            x: r.left + b.x1 * zoom + pan.x,
            y: r.top + b.y1 * zoom + pan.y,
            width: b.w * zoom,
            height: b.h * zoom,
          },
        };
      })
      .filter((l) => l.text !== '');
  });
}

/** Pairs of labels whose boxes overlap (by more than half a pixel, for rounding). */
export function overlaps(labels: LabelBox[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]?.box;
      const b = labels[j]?.box;
      if (!a || !b) continue;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 0.5 && h > 0.5) out.push(`${labels[i]?.id} × ${labels[j]?.id}`);
    }
  return out;
}

/**
 * Starts the canvas the way a reader does, by pressing the mouse on the picture's
 * background (to drag it), and waits until it has taken over from the drawing.
 */
export async function startCanvas(page: Page) {
  const box = await page.locator('.explorer-figure .canvas').boundingBox();
  if (!box) throw new Error('no canvas box');
  await page.mouse.move(box.x + 4, box.y + box.height - 4);
  await page.mouse.down();
  await page.mouse.up();
  // Loading and drawing the canvas takes seconds on a busy machine.
  await expect(page.locator('.explorer-figure .canvas[data-canvas="ready"]')).toBeAttached({ timeout: 30_000 });
  await expect(page.locator('.explorer-figure .canvas-inner[data-layout="done"]')).toBeAttached({ timeout: 30_000 });
}

/**
 * Brings a node page's or a tour's graph into view — its canvas starts when the figure
 * comes near the viewport — and waits until the canvas has taken over from the drawing.
 */
export async function showSmallGraph(page: Page, scope = '.small-graph') {
  const figure = page.locator(scope).first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.canvas[data-canvas="ready"]')).toBeAttached({ timeout: 30_000 });
  await expect(figure.locator('.canvas-inner[data-layout="done"]')).toBeAttached({ timeout: 30_000 });
}
