// What fits on screen, over every page of the sitemap at a desktop's and a phone's size: nothing hides sideways (a
// code block may scroll), and on a phone the header leaves room for the page. Runs in the desktop project only; it
// sets each size itself.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { getSiteModel } from '../build/site';
import { sitePagePaths } from '../lib/site/pages';
import { LAID_OUT_ATTRIBUTE } from '../components/layout/lazy-layout-script';

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

interface Overflow {
  what: string;
  by: number;
}

/** Every box that reaches past the screen's edge or hides content sideways in a scroller, outside code blocks. */
async function overflows(page: Page): Promise<Overflow[]> {
  // Lay out everything: tables and charts off screen wait for it (content-visibility), and would measure as empty.
  await page.evaluate(() => document.documentElement.removeAttribute('data-lazy-layout'));
  await page.addStyleTag({ content: '*, *::before, *::after { content-visibility: visible !important; }' });
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${el.textContent.trim().slice(0, 40)}"`;
    const found: Array<{ what: string; by: number }> = [];
    const page = document.documentElement.scrollWidth - width;
    if (page > 0) found.push({ what: 'the page', by: page });
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('pre, .skip-link, [hidden], template')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // A visually hidden box (1 px, clipped: a reflowed table's header row, kept for screen readers) hides nothing.
      const shown = el.clientWidth > 1 && style.clipPath === 'none';
      if (shown && ['auto', 'scroll', 'hidden'].includes(style.overflowX) && el.scrollWidth - el.clientWidth > 1) {
        found.push({ what: `scroller ${name(el)}`, by: el.scrollWidth - el.clientWidth });
      }
      const rect = el.getBoundingClientRect();
      // Only what can be seen: a clipped box's overflow is reported by its scroller above.
      if (rect.width > 0 && rect.right - width > 1 && !el.parentElement?.closest('.table-scroll, [style*="overflow"]')) {
        found.push({ what: name(el), by: Math.round(rect.right - width) });
      }
    }
    return found.slice(0, 10);
  });
}

// One load a page, both sizes: the page is laid out again at each, as a reader turning a tablet would see it.
for (const path of sitePagePaths(getSiteModel().figures)) {
  test(`${path} hides nothing sideways, on a desktop or a phone`, async ({ page }) => {
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      if (size === SIZES[0]) await page.goto(path);
      expect(await overflows(page), `at ${size.width}×${size.height}`).toEqual([]);
      if (size.name === 'phone') {
        const header = await page.locator('.site-header').boundingBox();
        expect(header?.height ?? Infinity, 'the phone header').toBeLessThanOrEqual(120);
      }
    }
  });
}

test.describe('a table reflowed on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('gives each value the height of its column name, so a name of several lines runs into nothing', async ({ page }) => {
    for (const path of ['/trade', '/economy', '/compare?dataset=trade&a=1989&b=1990']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute(LAID_OUT_ATTRIBUTE, '');
      // What reaches past a cell's bottom (its name, generated content) adds to its scroll height.
      const overflowing = await page.evaluate(() =>
        [...document.querySelectorAll('.data-table.reflow > tbody > tr > td')]
          .filter((td) => td.scrollHeight > td.clientHeight + 1)
          .map((td) => `${td.getAttribute('data-label') ?? ''}: ${td.scrollHeight} px in ${td.clientHeight} px`),
      );
      expect(overflowing, path).toEqual([]);
    }
  });

  test('is still a table, with its rows, header cells and cells, in the accessibility tree', async ({ page }) => {
    await page.goto('/compare?dataset=trade&a=1989&b=1990');
    // Until then a row waiting to be laid out is contained, and Chromium gives it no table roles (lazy-layout.spec.ts).
    await expect(page.locator('html')).toHaveAttribute(LAID_OUT_ATTRIBUTE, '');
    const table = page.locator('#comparison-table');
    await expect(table.locator('tbody')).toHaveCSS('display', 'block');
    await expect(table.locator('thead')).toHaveCSS('position', 'absolute');
    const rows = await table.locator('tbody tr').count();
    // Chromium's own tree, not Playwright's reading of the markup: what a screen reader is given.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value?: string } }> };
    const count = (role: string): number => nodes.filter((n) => n.role?.value === role).length;
    expect(count('table')).toBeGreaterThanOrEqual(1);
    expect(count('columnheader')).toBeGreaterThanOrEqual(5);
    expect(count('rowheader')).toBeGreaterThanOrEqual(rows);
    expect(count('row')).toBeGreaterThanOrEqual(rows + 1);
    expect(count('cell')).toBeGreaterThanOrEqual(rows * 4);
  });
});
