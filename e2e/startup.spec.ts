import { expect, test } from './fixtures';
import { COMPILE_HINT, startupScriptPaths } from '../build/compile-hints';
import { isScriptFree } from '../build/script-free-pages';
import { PAGES } from './helpers';

test.describe('start-up scripts', () => {
  for (const path of [...PAGES, '/compare?dataset=nope', '/no-such-page']) {
    test(`${path} loads only scripts marked for eager compilation at start, or none`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const scripts = startupScriptPaths(html);
      // A page the build took React's scripts off (build/script-free-pages.ts) loads none; every other page some.
      if (isScriptFree(html)) expect(scripts).toEqual([]);
      else expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const body = await (await request.get(`/_next/static/${script}`)).text();
        expect(body.startsWith(COMPILE_HINT), script).toBe(true);
      }
    });
  }

  for (const path of ['/payments', '/trade', '/compare?dataset=trade&a=1989&b=1990']) {
    test(`${path} requests its start-up scripts only after its first contentful paint`, async ({ page }) => {
      await page.goto(path);
      const html = await (await page.request.get(path)).text();
      expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]*" async/);
      const expected = startupScriptPaths(html).map((p) => `/_next/static/${p}`);
      await expect
        .poll(() => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname)))
        .toEqual(expect.arrayContaining(expected));
      const { fcp, starts } = await page.evaluate((paths) => {
        const resources = performance.getEntriesByType('resource').filter((e) => paths.includes(new URL(e.name).pathname));
        return {
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
          starts: resources.map((e) => e.startTime),
        };
      }, expected);
      expect(starts).toHaveLength(expected.length);
      for (const start of starts) expect(start).toBeGreaterThan(fcp);
    });
  }

  test('the chart code fetched on hover is left to compile lazily @desktop', async ({ page }) => {
    await page.goto('/trade');
    const startup = new Set(startupScriptPaths(await page.content()).map((p) => `/_next/static/${p}`));
    const later: Promise<string>[] = [];
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (r.request().resourceType() === 'script' && !startup.has(url.pathname)) later.push(r.text());
    });
    await page.locator('.chart-box').first().hover();
    await expect(page.locator('.chart-box').first()).toHaveAttribute('data-live', 'true');
    expect(later.length).toBeGreaterThan(0);
    for (const body of await Promise.all(later)) expect(body.startsWith(COMPILE_HINT)).toBe(false);
  });
});
