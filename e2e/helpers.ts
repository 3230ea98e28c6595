import { expect, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { getSiteModel } from '../build/site';
import { SCRIPT_FREE_ATTRIBUTE } from '../build/script-free-pages';
import { pagesOfEachKind } from '../lib/site/pages';
import { siteUrl } from '../lib/site/routes';
import { HYDRATED_ATTRIBUTE } from '../lib/site/page-scripts';

/** One page of each kind (lib/site/pages.ts): for the tests that cannot visit every page. */
export const PAGES = pagesOfEachKind(getSiteModel().figures);

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
 * Opens a page and waits until its scripts have hydrated it. They run only after the first paint, or on the topic
 * pages and comparisons at the reader's first input (build/paint-first.ts), which this gives as a key press that
 * does nothing else; a test of scripted behaviour (as against the server HTML) must not act before then. A page the
 * build left without React's scripts is ready as it arrives: its one scripted behaviour is an inline script.
 */
export async function gotoInteractive(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path);
  await page.keyboard.press('Shift');
  await expect(page.locator(`html[${HYDRATED_ATTRIBUTE}="true"], html[${SCRIPT_FREE_ATTRIBUTE}]`)).toBeAttached({ timeout: 15_000 });
  return response;
}

/** The site's URLs as /sitemap.xml lists them (absolute, at SITE_URL), and the path of each on the test server. */
export async function sitemapUrls(request: APIRequestContext): Promise<Array<{ url: string; path: string }>> {
  const xml = await (await request.get('/sitemap.xml')).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => {
    const url = (m[1] ?? '').replace(/&amp;/g, '&');
    return { url, path: pathOf(url) };
  });
}

/**
 * The path of one of the site's absolute URLs, to ask the test server for it; the URL must be at the address the
 * build was made for (playwright.config.ts), as every URL the site hands out must be.
 */
export function pathOf(url: string): string {
  expect(
    url.startsWith(`${siteUrl()}/`) || url === siteUrl(),
    `${url} is not at ${siteUrl()}: was the build made with SITE_URL=${siteUrl()}?`,
  ).toBe(true);
  return url.slice(siteUrl().length) || '/';
}
