import { expect, test } from './fixtures';
import { getSiteModel } from '../build/site';

const { figures } = getSiteModel();

// Chromium leaves what content-visibility skips (anything off screen under `auto`) out of its accessibility tree,
// so a screen reader would not find those tables, headings and charts at all: the pages lay out everything.
test.describe('a long page', () => {
  for (const path of ['/trade', '/figures', '/source', '/fisheries', '/data']) {
    test(`${path} gives a screen reader every table, heading and chart at once, on screen or not`, async ({ page }) => {
      await page.goto(path);
      const inDom = await page.evaluate(() => ({
        table: document.querySelectorAll('table').length,
        heading: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((h) => h.checkVisibility()).length,
        image: document.querySelectorAll('svg[role="img"]').length,
      }));
      // Chromium's own tree, not Playwright's reading of the markup: what a screen reader is given.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Accessibility.enable');
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ role?: { value?: string } }> };
      const count = (role: string): number => nodes.filter((n) => n.role?.value === role).length;
      expect(inDom.table + inDom.heading, `${path} has tables or headings`).toBeGreaterThan(1);
      expect({ table: count('table'), heading: count('heading'), image: count('image') }).toEqual(inDom);
    });
  }

  test('an address to a figure far down a page lands on its row', async ({ page }) => {
    const trade = figures.filter((f) => f.dataset === 'trade');
    for (const f of [trade[Math.floor(trade.length / 2)], trade.at(-1)]) {
      await page.goto(`/trade#fig-${f?.id}`);
      await expect(page.locator(`[id="fig-${f?.id}"]`)).toBeInViewport();
    }
  });

  test('prints every table whole, unclipped', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto('/trade');
    const tables = page.locator('.table-scroll');
    const rows = figures.filter((f) => f.dataset === 'trade').length;
    await expect(tables.last().locator('tbody tr')).toHaveCount(rows);
    for (let i = 0; i < (await tables.count()); i++) await expect(tables.nth(i)).toHaveCSS('overflow-x', 'visible');
  });
});

test.describe('a reader who comes back', () => {
  // Playwright turns off the back/forward cache, so these pages load anew, as where that cache is not used. The
  // reader jumps far down the page at once (the scroll bar, a search); the CPU is slowed, as on a busy machine. Each
  // step waits for what it needs, never for a time.
  for (const path of ['/trade', '/source']) {
    for (const way of ['back', 'reload'] as const) {
      test(`after ${way === 'back' ? 'going back to' : 'reloading'} ${path}, finds what they were reading where it was`, async ({
        page,
      }) => {
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.goto(path);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.7));
        // The first element with an id in the lower two thirds of the screen.
        const probeHandle = await page.waitForFunction(() => {
          const el = [...document.querySelectorAll('main [id]')].find((e) => {
            const r = e.getBoundingClientRect();
            return r.height > 0 && r.top >= window.innerHeight / 3 && r.top < window.innerHeight;
          });
          return el ? { id: el.id, top: Math.round(el.getBoundingClientRect().top) } : null;
        });
        const probe = (await probeHandle.jsonValue()) as { id: string; top: number };
        if (way === 'back') {
          await page.goto('/checks');
          await page.goBack();
        } else {
          await page.reload();
        }
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
