import { gzipSync } from 'node:zlib';
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
    test(`${path} requests no start-up script until the reader's first input, then every one`, async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'script') requested.push(new URL(r.url()).pathname);
      });
      await page.goto(path);
      const html = await (await page.request.get(path)).text();
      expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]*" async/);
      const expected = startupScriptPaths(html).map((p) => `/_next/static/${p}`);
      expect(expected.length).toBeGreaterThan(0);
      // Painted, loaded, and the network quiet: a loader waiting for any of those would have started by now.
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)).toBe(1);
      expect(requested).toEqual([]);
      await page.keyboard.press('Shift');
      await expect.poll(() => requested).toEqual(expect.arrayContaining(expected));
      await expect(page.locator('html[data-interactive="true"]')).toBeAttached();
    });
  }

  test("a topic page's start-up scripts stay at React and the router's weight: no server module bundled in", async ({ request }) => {
    // About 140 KB gzip with Next 16; a client component importing a module that imports node:crypto made it 272 KB
    // (the browser's polyfills of Node's modules), with no other sign than a CSP report from one of them.
    const html = await (await request.get('/trade')).text();
    let bytes = 0;
    for (const script of startupScriptPaths(html)) {
      bytes += gzipSync(Buffer.from(await (await request.get(`/_next/static/${script}`)).body()), { level: 9 }).length;
    }
    expect(bytes).toBeGreaterThan(0);
    expect(bytes / 1024).toBeLessThan(160);
  });

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
