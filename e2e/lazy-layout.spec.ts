import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { LAID_OUT_ATTRIBUTE, LAZY_LAYOUT_ATTRIBUTE } from '../components/layout/lazy-layout-script';
import { getSiteModel } from '../build/site';

const { figures } = getSiteModel();

/** Whether the cell is laid out and rendered: false while its table is skipped by content-visibility. */
const isRendered = (cell: Locator): Promise<boolean> => cell.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));

test.describe('tables, report sections and charts off screen', () => {
  // Chromium leaves what content-visibility skips out of its accessibility tree, and gives a contained row no table
  // role: once the page has loaded, every part is laid out in turn, so that a screen reader finds them all.
  for (const path of ['/trade', '/figures', '/source', '/fisheries', '/data']) {
    test(`${path}: once the page has loaded, a screen reader has every table, row, heading and chart`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute(LAID_OUT_ATTRIBUTE, '');
      const inDom = await page.evaluate(() => ({
        table: document.querySelectorAll('table').length,
        row: document.querySelectorAll('tr').length,
        heading: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility()).length,
        image: document.querySelectorAll('svg[role="img"]').length,
      }));
      // Chromium's own tree, not Playwright's reading of the markup: what a screen reader is given.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Accessibility.enable');
      const axCounts = async (): Promise<typeof inDom> => {
        const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value?: string } }> };
        const count = (role: string): number => nodes.filter((n) => n.role?.value === role).length;
        return { table: count('table'), row: count('row'), heading: count('heading'), image: count('image') };
      };
      expect(inDom.table + inDom.heading, `${path} has tables or headings`).toBeGreaterThan(1);
      await expect.poll(axCounts).toEqual(inDom);
    });
  }

  // At each project's size. On a phone a reflowed table's rows wait, each at its row estimate; elsewhere the table.
  test('hold a height near their own until laid out', async ({ page }) => {
    for (const path of ['/trade', '/fisheries', '/economy', '/payments', '/data', '/compare?dataset=trade&a=1989&b=1990']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute(LAID_OUT_ATTRIBUTE, '');
      // Each table's estimate in force while it waits (the sum of its rows' where they wait instead), against its height.
      const tables = await page.evaluate((attribute) => {
        const root = document.documentElement;
        /** The element's style as it was while it waited: without its mark (and, below, without <html>'s). */
        const waiting = (el: Element): Pick<CSSStyleDeclaration, 'contentVisibility' | 'containIntrinsicBlockSize'> => {
          el.removeAttribute(attribute);
          const { contentVisibility, containIntrinsicBlockSize } = getComputedStyle(el);
          el.setAttribute(attribute, '');
          return { contentVisibility, containIntrinsicBlockSize };
        };
        root.removeAttribute(attribute);
        const found = [...document.querySelectorAll('.table-scroll')].map((scroller) => {
          const rows = [...scroller.querySelectorAll('.reflow > tbody > tr')];
          const first = rows[0];
          const parts = first && waiting(first).contentVisibility === 'auto' ? rows : [scroller];
          const estimates = parts.map((part) => waiting(part).containIntrinsicBlockSize);
          return {
            estimates,
            estimate: estimates.reduce((sum, e) => sum + parseFloat(e.split(' ')[1] ?? '0'), 0),
            height: parts.reduce((sum, e) => sum + e.getBoundingClientRect().height, 0),
          };
        });
        root.setAttribute(attribute, '');
        return found;
      }, LAID_OUT_ATTRIBUTE);
      expect(tables.length, path).toBeGreaterThan(0);
      tables.forEach(({ estimates, estimate, height }, i) => {
        for (const e of estimates) expect(e, `${path} table ${i}`).toMatch(/^auto \d+(\.\d+)?px$/);
        const ratio = height / estimate;
        const message = `${path} table ${i}: laid out ${Math.round(height)} px against an estimate of ${Math.round(estimate)} px`;
        expect(ratio, message).toBeGreaterThan(0.5);
        expect(ratio, message).toBeLessThan(2);
      });
    }
  });

  test('an address to a figure far down a page lands on its row', async ({ page }) => {
    const trade = figures.filter((f) => f.dataset === 'trade');
    for (const f of [trade[Math.floor(trade.length / 2)], trade.at(-1)]) {
      await page.goto(`/trade#fig-${f?.id}`);
      await expect(page.locator(`[id="fig-${f?.id}"]`)).toBeInViewport();
    }
  });

  test('are all laid out, unclipped, on paper', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/trade');
    const tables = page.locator('.table-scroll');
    for (let i = 0; i < (await tables.count()); i++) {
      await expect(tables.nth(i)).toHaveCSS('content-visibility', 'visible');
      await expect(tables.nth(i)).toHaveCSS('overflow-x', 'visible');
      expect(await isRendered(tables.nth(i).locator('td').last())).toBe(true);
    }
  });
});

test.describe('a reader who comes back', () => {
  // Playwright turns off the back/forward cache, so these pages load anew, as where that cache is not used. The
  // reader jumps far down the page at once (the scroll bar, a search), so nothing above was ever laid out; the CPU is
  // slowed, as on a busy machine. Each step waits for what it needs, never for a time.
  for (const path of ['/trade', '/source']) {
    for (const way of ['back', 'reload'] as const) {
      test(`after ${way === 'back' ? 'going back to' : 'reloading'} ${path}, finds what they were reading where it was`, async ({
        page,
      }) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute(LAZY_LAYOUT_ATTRIBUTE, '');
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7));
        // The first element with an id in the lower two thirds of the screen, once what is on screen is laid out.
        const probeHandle = await page.waitForFunction(() => {
          const onScreen = (e: Element): boolean => {
            const r = e.getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight;
          };
          // What waits to be laid out (report sections, tables) is laid out where it is on screen.
          const waiting = [...document.querySelectorAll('.source-section, .table-scroll, .reflow > tbody > tr')].filter(onScreen);
          if (!waiting.every((e) => e.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true)) return null;
          const el = [...document.querySelectorAll('main [id]')].find(
            (e) =>
              e.checkVisibility({ contentVisibilityAuto: true }) && onScreen(e) && e.getBoundingClientRect().top >= window.innerHeight / 3,
          );
          return el ? { id: el.id, top: Math.round(el.getBoundingClientRect().top) } : null;
        });
        const probe = (await probeHandle.jsonValue()) as { id: string; top: number };
        if (way === 'back') {
          await page.goto('/checks');
          await page.goBack();
        } else {
          await page.reload();
        }
        await expect(page.locator('html')).not.toHaveAttribute(LAZY_LAYOUT_ATTRIBUTE);
        await page.waitForFunction(() => document.readyState === 'complete');
        const target = page.locator(`[id="${probe.id}"]`);
        await expect
          .poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top)), {
            message: `${probe.id}, at ${probe.top} px before`,
          })
          .toBe(probe.top);
      });
    }
  }
});
