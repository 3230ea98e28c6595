import { expect, test } from '@playwright/test';
import { COMPILE_HINT, startupScriptPaths } from '../scripts/compile-hints';
import { PAGES } from './helpers';

test.describe('start-up scripts', () => {
  for (const path of [...PAGES, '/compare', '/compare?dataset=nope', '/data', '/no-such-page']) {
    test(`${path} loads only scripts marked for eager compilation at start`, async ({ request }) => {
      const html = await (await request.get(path)).text();
      const scripts = startupScriptPaths(html);
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) {
        const body = await (await request.get(`/_next/static/${script}`)).text();
        expect(body.startsWith(COMPILE_HINT), script).toBe(true);
      }
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
