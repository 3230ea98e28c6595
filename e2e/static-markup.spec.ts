import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LAID_OUT_ATTRIBUTE } from '../components/layout/lazy-layout-script';
import { MARKUP_KEY_ATTRIBUTE } from '../components/shared/markup-keys';
import { gotoInteractive, watchConsole } from './helpers';
import { topicPages } from '../lib/site/pages';
import { PATHS } from '../lib/site/routes';

// The pages with markup hosts: every topic page (its charts and tables) and the report (its text).
const HOSTED_PAGES = [...topicPages().map((p) => p.path), PATHS.source];

/**
 * Each markup host's key and markup, as the document holds them now, or as the served HTML does; without the marks
 * the lazy layout's script sets on parts it has laid out (a report section inside the hosted report text).
 */
function hostedMarkup(page: Page, servedHtml?: string): Promise<[string, string][]> {
  return page.evaluate(
    ([attribute, laidOut, html]) => {
      const doc = html === undefined ? document : new DOMParser().parseFromString(html, 'text/html');
      return [...doc.querySelectorAll(`[${attribute}]`)].map((e): [string, string] => [
        e.getAttribute(attribute) ?? '',
        e.innerHTML.replaceAll(` ${laidOut}=""`, ''),
      ]);
    },
    [MARKUP_KEY_ATTRIBUTE, LAID_OUT_ATTRIBUTE, servedHtml] as const,
  );
}

for (const path of HOSTED_PAGES) {
  test(`${path}: hydration keeps its tables, charts and text as the server wrote them`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    await gotoInteractive(page, path);
    const served = await hostedMarkup(page, html);
    expect(served.length).toBeGreaterThan(0);
    expect(await hostedMarkup(page)).toEqual(served);
  });
}

test('when React must render a page afresh on the client (here after a hydration mismatch), the hosted markup stays', async ({ page }) => {
  // What a browser extension might do before the scripts arrive: change text that React rendered.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const heading = document.querySelector('h1');
      if (heading) heading.textContent = 'Changed before hydration';
    });
  });
  const errors = watchConsole(page);
  await gotoInteractive(page, '/trade');
  // React reported the mismatch, and the heading is React's again: it rendered the page on the client.
  await expect.poll(() => errors.join('\n')).toMatch(/React error #418/);
  await expect(page.locator('h1')).toHaveText('Japan–Soviet trade');
  const served = await hostedMarkup(page, await (await page.request.get('/trade')).text());
  expect(served.length).toBe(9);
  expect(await hostedMarkup(page)).toEqual(served);
  await expect(page.locator('#trade-annual table tbody tr').first()).toBeVisible();
});

test('a live chart starts from the static one', async ({ page }) => {
  await gotoInteractive(page, '/economy');
  const box = page.locator('.chart-box').first();
  await expect(box.locator('.chart-static svg')).toBeVisible();
  await box.hover();
  await expect(box).toHaveAttribute('data-live', 'true');
});
