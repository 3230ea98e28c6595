import { expect, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { DEFAULT_SITE_URL } from '../lib/site/site-url';

export const PAGES = [
  '/',
  '/economy',
  '/trade',
  '/fisheries',
  '/payments',
  '/compare?dataset=trade&a=1989&b=1990',
  '/checks',
  '/source',
  '/figures',
  '/figures/trade-soviet-surplus-1989',
  '/figures/fisheries-cooperation-1991',
] as const;

/** Fails the test on any console error or uncaught exception in the page. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/**
 * Opens a page and waits until its scripts have hydrated it. They run only after the first paint, so a test of
 * scripted behaviour (as against the server HTML) must not act before then.
 */
export async function gotoInteractive(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path);
  await expect(page.locator('html[data-interactive="true"]')).toBeAttached({ timeout: 15_000 });
  return response;
}

/** The site's URLs as /sitemap.xml lists them (absolute, at SITE_URL), and the path of each on the test server. */
export async function sitemapUrls(request: APIRequestContext): Promise<Array<{ url: string; path: string }>> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = (m[1] ?? '').replace(/&amp;/g, '&');
    expect(url.startsWith(DEFAULT_SITE_URL), url).toBe(true);
    return { url, path: url.slice(DEFAULT_SITE_URL.length) || '/' };
  });
}
