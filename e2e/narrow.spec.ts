import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openRoute, siteRoutes } from './routes';

/**
 * Every kind of page and every embed view (siteRoutes: both languages) on a phone
 * (390 × 844) and in a course platform's frame (640 × 800): the header keeps to one row,
 * nothing scrolls sideways, every control is big enough to hit (WCAG 2.5.8, axe's
 * target-size rule with its exemptions for inline links), and running text is at least
 * 16 px. The matrix's first screen at these widths (a whole challenge with its measures
 * below the title) is checked in e2e/matrix.spec.ts.
 */
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'course frame', width: 640, height: 800 },
] as const;

/**
 * How far the page scrolls sideways, and the first elements a reader sees sticking out of
 * it. Not counted: what is not rendered (a closed drawer, a closed <details>' contents:
 * checkVisibility), text hidden for screen readers only (1 px boxes), and what sits in a
 * box that scrolls or clips on its own (a wide table in its region).
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.right <= width + 1) return false;
        if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const s = getComputedStyle(p);
          if (/(auto|scroll|hidden|clip)/.test(s.overflowX) && p.getBoundingClientRect().right <= width + 1)
            return false;
        }
        return true;
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} (right ${Math.round(el.getBoundingClientRect().right)})`,
      );
    return { scroll: document.documentElement.scrollWidth - width, wide };
  });

/** Paragraphs, items and definitions of running text (80 characters or more) a reader sees, smaller than 16 px. */
const smallText = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main p, main li, main dd')]
      .filter((el) => (el.textContent ?? '').trim().length >= 80)
      .filter((el) => el.getBoundingClientRect().width > 1 && el.checkVisibility({ visibilityProperty: true }))
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 16)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}: ${getComputedStyle(el).fontSize} “${(el.textContent ?? '').trim().slice(0, 40)}…”`,
      ),
  );

test.describe.configure({ timeout: 90_000 });

// One test per page, one browser page for both widths: the page is opened afresh at each
// width, so what a script sizes on load is sized for that width.
for (const route of siteRoutes()) {
  test(`${route.name} at ${WIDTHS.map((w) => w.width).join(' and ')} px: one-row header, no sideways scroll, targets big enough, text 16 px`, async ({
    page,
  }) => {
    for (const size of WIDTHS) {
      await test.step(`${size.name}, ${size.width} × ${size.height}`, async () => {
        await page.setViewportSize({ width: size.width, height: size.height });
        await openRoute(page, route);
        const at = `at ${size.width} px`;
        if (route.shell === 'site') {
          const header = await page.locator('.site-header').boundingBox();
          expect(header?.height ?? Infinity, `the header is one row ${at}`).toBeLessThanOrEqual(72);
        }
        const o = await overflow(page);
        expect(o.wide, `nothing sticks out of the page ${at}`).toEqual([]);
        expect(o.scroll, `the page does not scroll sideways ${at}`).toBeLessThanOrEqual(0);
        const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
        expect(
          violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
          `every target is big enough ${at}`,
        ).toEqual([]);
        expect(await smallText(page), `running text is at least 16 px ${at}`).toEqual([]);
      });
    }
  });
}
