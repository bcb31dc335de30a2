import { expect, test, type Page } from '@playwright/test';
import { halfWidthMarks } from '../content/zh-punctuation';
import { openRoute, siteRoutes } from './routes';

/**
 * Chinese pages read as Chinese: no half-width colon, comma, full stop or parenthesis next to
 * a Han character anywhere a reader sees — including text that components compose from
 * parts ("图例" + ": ", " (" + "编者推断" + ")"), which a check over the dictionaries alone
 * cannot see. The paper’s own words (<q>, <blockquote>, what is marked `translate="no"`: a
 * reference as the paper prints it, a formatted citation), code and anything marked as another
 * language are exempt.
 */
const visibleChineseText = (page: Page) =>
  page.evaluate(() => {
    const skip =
      'q, blockquote, code, pre, script, style, noscript, svg, [lang]:not([lang^="zh"]), [hidden], [translate="no"]';
    const blocks: string[] = [];
    let line = '';
    const walk = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        line += node.textContent ?? '';
        return;
      }
      if (!(node instanceof HTMLElement) || node.matches(skip)) {
        // A skipped element still separates what is before it from what is after.
        line += ' ';
        return;
      }
      const display = getComputedStyle(node).display;
      const block = display !== 'inline' && display !== 'contents';
      const endBlock = () => {
        if (block && line.trim()) blocks.push(line);
        if (block) line = '';
      };
      endBlock();
      for (const child of node.childNodes) walk(child);
      endBlock();
    };
    walk(document.body);
    if (line.trim()) blocks.push(line);
    return blocks;
  });

for (const route of siteRoutes().filter((r) => r.lang === 'zh')) {
  test(`${route.name} writes Chinese with full-width punctuation`, async ({ page }) => {
    await openRoute(page, route);
    const problems = (await visibleChineseText(page)).flatMap((text) =>
      halfWidthMarks(text).map((m) => `“${m.context.trim()}”: write ${m.fullWidth} for ${m.char}`),
    );
    expect(problems).toEqual([]);
  });
}
