import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { sitemapUrls } from './helpers';
import { JSDOM } from 'jsdom';
import { absoluteUrl, DEFAULT_SITE_URL } from '../lib/site/site-url';
import { getSiteModel } from '../build/site';
import { sitePagePaths } from '../lib/site/site-pages';
import { pageCard } from '../lib/site/social-card';

const model = getSiteModel();
const SITE_PAGES = sitePagePaths(model.figures);

const PAGES = [
  '/',
  '/economy',
  '/trade',
  '/fisheries',
  '/payments',
  '/compare',
  '/compare?dataset=trade&a=1989&b=1990',
  '/compare?dataset=trade&a=1990&b=1991-S1',
  '/source',
  '/checks',
  '/data',
  '/figures',
  '/figures/trade-exports-1989',
  '/figures/trade-exports-1990',
];

async function head(request: APIRequestContext, path: string): Promise<Document> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return new JSDOM(await response.text()).window.document;
}

const meta = (doc: Document, key: string): string[] =>
  [...doc.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`)].map((m) => m.getAttribute('content') ?? '');

/** The path of one of the site's absolute URLs, to ask the test server for it. */
const pathOf = (url: string): string => {
  expect(url.startsWith(DEFAULT_SITE_URL), url).toBe(true);
  return url.slice(DEFAULT_SITE_URL.length) || '/';
};

test('every page has a description of its own, a canonical URL, OpenGraph and a large Twitter card', async ({ request }) => {
  const descriptions = new Map<string, string>();
  for (const path of PAGES) {
    const doc = await head(request, path);
    const [description = ''] = meta(doc, 'description');
    expect(description.length, path).toBeGreaterThan(50);
    expect(descriptions.get(description), `${path} shares its description`).toBeUndefined();
    descriptions.set(description, path);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    expect(new URL(canonical).href, path).toBe(new URL(absoluteUrl(path)).href);
    expect(meta(doc, 'og:title')[0], path).toBe(doc.title);
    expect(meta(doc, 'og:description')[0], path).toBe(description);
    expect(meta(doc, 'og:url')[0], path).toBe(canonical);
    expect(meta(doc, 'og:type')[0], path).toMatch(/^(website|article)$/);
    expect(meta(doc, 'twitter:card')[0], path).toBe('summary_large_image');
  }
});

test('a reference manager finds the report on /source and datasets on the data pages', async ({ request }) => {
  const source = await head(request, '/source');
  expect(meta(source, 'citation_technical_report_institution')).toEqual(['Ministry of Foreign Affairs of Japan']);
  expect(meta(source, 'citation_title')[0]).toMatch(/^Diplomatic Bluebook 1991/);
  expect(meta(source, 'citation_publication_date')).toEqual(['1991']);
  expect(meta(source, 'citation_language')).toEqual(['en']);
  expect(meta(source, 'DC.type')).toEqual(['Text']);
  for (const path of ['/data', '/trade', '/figures/trade-exports-1990']) {
    const doc = await head(request, path);
    expect(meta(doc, 'DC.type'), path).toEqual(['Dataset']);
    expect(meta(doc, 'citation_publisher'), path).toEqual(['Ministry of Foreign Affairs of Japan']);
    expect(meta(doc, 'citation_publication_date'), path).toEqual(['1991']);
    expect(meta(doc, 'citation_public_url')[0], path).toBe(`${DEFAULT_SITE_URL}${path}`);
  }
  expect(meta(await head(request, '/figures/trade-exports-1990'), 'citation_title')[0]).toBe(
    "Japan's exports to the USSR, 1990: $2,563 million",
  );
});

test('the Dataset JSON-LD of /data and the topic pages parses, and every download it names is served', async ({ request }) => {
  const served = new Set<string>();
  for (const path of ['/data', '/economy', '/trade', '/fisheries', '/payments']) {
    const doc = await head(request, path);
    const scripts = [...doc.querySelectorAll('script[type="application/ld+json"]')];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const script of scripts) {
      const ld = JSON.parse(script.textContent) as { '@type': string; name: string; distribution: Array<{ contentUrl: string }> };
      expect(ld['@type']).toBe('Dataset');
      for (const d of ld.distribution) served.add(pathOf(d.contentUrl));
    }
  }
  for (const path of served) expect((await request.get(path)).status(), path).toBe(200);
});

test('the sitemap lists every page, figure and comparison, each answering 200; robots.txt names it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${DEFAULT_SITE_URL}/sitemap.xml`);
  const urls = (await sitemapUrls(request)).map((u) => u.url);
  for (const expected of ['/', '/trade', '/figures', '/figures/trade-exports-1989', '/compare?dataset=trade&a=1989&b=1990']) {
    expect(urls.map(pathOf)).toContain(expected);
  }
  for (const url of urls) expect((await request.get(pathOf(url), { maxRedirects: 0 })).status(), url).toBe(200);
});

test('the data files may be read from any origin; the pages may not', async ({ request }) => {
  for (const path of [
    '/data/figures.csv',
    '/data/figures.json',
    '/data/citations.jsonld',
    '/data/datapackage.json',
    '/figures/trade-exports-1990/citation.bib',
  ]) {
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBe('*');
  }
  for (const path of ['/trade', '/figures/trade-exports-1990', '/data']) {
    expect((await request.get(path)).headers()['access-control-allow-origin'], path).toBeUndefined();
  }
});

/** A PNG's size, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the sitemap lists every page the site has', async ({ request }) => {
  expect((await sitemapUrls(request)).map((u) => u.path)).toEqual(SITE_PAGES);
});

// One test per page: all of them in one test ran past its timeout on a busy machine.
test.describe('every page of the sitemap previews with its own card', () => {
  const { cards } = model;
  for (const path of SITE_PAGES) {
    test(`${path}: a 1200×630 PNG of its own, its size and alt in the head`, async ({ request }) => {
      const doc = await head(request, path);
      const [image = ''] = meta(doc, 'og:image');
      // Its own card: the plan gives each page a file no other page has (lib/social-card.test.ts).
      expect(pathOf(image)).toBe(pageCard(cards, path).file);
      expect(meta(doc, 'og:image:width')).toEqual(['1200']);
      expect(meta(doc, 'og:image:height')).toEqual(['630']);
      expect(meta(doc, 'og:image:type')).toEqual(['image/png']);
      expect(meta(doc, 'og:image:alt')[0]?.length ?? 0).toBeGreaterThan(20);
      expect(meta(doc, 'twitter:image')).toEqual([image]);
      const response = await request.get(pathOf(image));
      expect(response.status(), image).toBe(200);
      expect(response.headers()['content-type'], image).toBe('image/png');
      expect(pngSize(await response.body()), image).toEqual({ width: 1200, height: 630 });
    });
  }
});

test('the oEmbed endpoint answers a chart’s URL with its record, and refuses what is not one', async ({ request }) => {
  const record = (await (await request.get('/oembed/trade-annual.json')).json()) as Record<string, unknown>;
  for (const url of [absoluteUrl('/embed/trade-annual'), absoluteUrl('/trade#trade-annual')]) {
    const response = await request.get(`/oembed?${new URLSearchParams({ url, format: 'json' }).toString()}`);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['access-control-allow-origin'], url).toBe('*');
    expect(await response.json(), url).toEqual(record);
  }
  expect(record.thumbnail_url).toBe(absoluteUrl('/cards/charts/trade-annual.png'));
  // A comparison's chart, by its URL on the comparison page.
  const compareChart = model.comparisonCharts.find((c) => c.pagePath === '/compare?dataset=trade&a=1989&b=1990');
  if (!compareChart) throw new Error('the 1989–1990 trade comparison has no chart');
  const onItsPage = absoluteUrl(`${compareChart.pagePath}#${compareChart.id}`);
  const answer = await request.get(`/oembed?${new URLSearchParams({ url: onItsPage }).toString()}`);
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual(await (await request.get(`/oembed/${compareChart.id}.json`)).json());
  const refused = async (query: string): Promise<number> => (await request.get(`/oembed?${query}`)).status();
  expect(await refused(`url=${encodeURIComponent('https://elsewhere.example/embed/trade-annual')}`)).toBe(404);
  expect(await refused(`url=${encodeURIComponent(absoluteUrl('/embed/nothing'))}`)).toBe(404);
  expect(await refused(`url=${encodeURIComponent(absoluteUrl('/embed/trade-annual'))}&format=xml`)).toBe(501);
  expect(await refused('')).toBe(400);
});
