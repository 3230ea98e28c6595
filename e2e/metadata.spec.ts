import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { pathOf, sitemapUrls } from './helpers';
import { JSDOM } from 'jsdom';
import { getSiteModel } from '../build/site';
import { pageCard } from '../lib/site/social-card';
import { allCharts } from '../build/site';
import { downloadFiles, FIGURE_FILES } from '../lib/site/downloads';
import {
  absoluteUrl,
  dataFilePath,
  DEFAULT_SITE_URL,
  embedPath,
  figureFilePath,
  OEMBED_ENDPOINT,
  PATHS,
  oembedRecordPath,
  siteUrl,
} from '../lib/site/routes';
import { SITE_NAME, sitePagePaths, topicPages } from '../lib/site/pages';

const model = getSiteModel();
const SITE_PAGES = sitePagePaths(model.figures);

async function head(request: APIRequestContext, path: string): Promise<Document> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return new JSDOM(await response.text()).window.document;
}

const meta = (doc: Document, key: string): string[] =>
  [...doc.querySelectorAll(`meta[name="${key}"], meta[property="${key}"]`)].map((m) => m.getAttribute('content') ?? '');

test(
  'every page of the sitemap has a title and a description of its own, a canonical URL, OpenGraph and a large Twitter card',
  { tag: '@desktop' },
  async ({ request }) => {
    test.setTimeout(180_000);
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const path of SITE_PAGES) {
      const doc = await head(request, path);
      const [description = ''] = meta(doc, 'description');
      expect(description.length, path).toBeGreaterThan(50);
      expect(descriptions.get(description), `${path} shares its description`).toBeUndefined();
      descriptions.set(description, path);
      expect(titles.get(doc.title), `${path} shares its title`).toBeUndefined();
      titles.set(doc.title, path);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(new URL(canonical).href, path).toBe(new URL(absoluteUrl(path)).href);
      expect(meta(doc, 'og:title')[0], path).toBe(doc.title);
      expect(meta(doc, 'og:description')[0], path).toBe(description);
      expect(meta(doc, 'og:url')[0], path).toBe(canonical);
      expect(meta(doc, 'og:type')[0], path).toMatch(/^(website|article)$/);
      expect(meta(doc, 'twitter:card')[0], path).toBe('summary_large_image');
    }
  },
);

// The tags that make Zotero save each kind of page as it should (lib/site/page-metadata.test.ts pins them all).
test('a reference manager finds the report on /source and datasets on the data pages, by an institutional author', async ({ request }) => {
  const author = ['Ministry of Foreign Affairs of Japan,'];
  const source = await head(request, '/source');
  expect(meta(source, 'citation_technical_report_institution')).toEqual(['Ministry of Foreign Affairs of Japan']);
  expect(meta(source, 'citation_title')[0]).toMatch(/^Diplomatic Bluebook 1991/);
  expect(meta(source, 'citation_author')).toEqual(author);
  expect(meta(source, 'citation_publication_date')).toEqual(['1991']);
  expect(meta(source, 'citation_language')).toEqual(['en']);
  expect(meta(source, 'DC.type')).toEqual([]);
  for (const path of ['/data', '/trade', '/figures', '/figures/trade-exports-1990']) {
    const doc = await head(request, path);
    expect(meta(doc, 'z.itemType'), path).toEqual(['dataset']);
    expect(meta(doc, 'DC.type'), path).toEqual(['Dataset']);
    expect(meta(doc, 'citation_author'), path).toEqual(author);
    expect(meta(doc, 'DC.creator'), path).toEqual(author);
    expect(meta(doc, 'citation_publisher'), path).toEqual([SITE_NAME]);
    expect(meta(doc, 'citation_publication_date'), path).toEqual(['1991']);
    expect(meta(doc, 'citation_public_url')[0], path).toBe(absoluteUrl(path));
  }
  expect(meta(await head(request, '/figures/trade-exports-1990'), 'citation_title')[0]).toBe(
    "Japan's exports to the USSR, 1990: $2,563 million",
  );
});

/** Addresses outside this site that its pages and files may name: the report's, and vocabularies'. */
const OUTSIDE = [
  /^https:\/\/www\.mofa\.go\.jp\//,
  /^https?:\/\/schema\.org/,
  /^https?:\/\/www\.w3\.org\//,
  /^https:\/\/specs\.frictionlessdata\.io\//,
  /^http:\/\/www\.sitemaps\.org\/schemas\//,
];

/** Every http(s) URL in a text that is neither at the build's SITE_URL nor one of the outside addresses above. */
function strayUrls(text: string): string[] {
  const urls = [...text.replace(/&amp;/g, '&').matchAll(/https?:\/\/[^\s"'<>)\\}]+/g)].map((m) => m[0]);
  return [...new Set(urls)].filter((url) => !url.startsWith(`${siteUrl()}/`) && url !== siteUrl() && !OUTSIDE.some((o) => o.test(url)));
}

test('every absolute URL the site hands out is at the address it was built for', { tag: '@desktop' }, async ({ request }) => {
  test.setTimeout(240_000);
  const model = getSiteModel();
  const figure = model.figures[0]?.id ?? '';
  const files = [
    '/sitemap.xml',
    '/robots.txt',
    ...SITE_PAGES,
    ...allCharts().flatMap((c) => [embedPath(c.id), oembedRecordPath(c.id)]),
    ...downloadFiles().map(dataFilePath),
    ...Object.keys(FIGURE_FILES).map((file) => figureFilePath(figure, file)),
    `${OEMBED_ENDPOINT}?${new URLSearchParams({ url: absoluteUrl(embedPath('trade-annual')) }).toString()}`,
    '/compare?dataset=trade&a=1989',
  ];
  expect(siteUrl()).not.toBe(DEFAULT_SITE_URL);
  for (const path of files) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(path.startsWith('/compare?dataset=trade&a=1989') ? 500 : 300);
    if (path.endsWith('.xlsx')) continue;
    expect(strayUrls(await response.text()), path).toEqual([]);
  }
});

test('the Dataset JSON-LD of /data and the topic pages parses, and every download it names is served', async ({ request }) => {
  const served = new Set<string>();
  for (const path of [PATHS.data, ...topicPages().map((p) => p.path)]) {
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
  expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap.xml')}`);
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

test('the oEmbed endpoint answers a chart’s URL, at the site’s address or its own, with its record as oEmbed 1.0 asks', async ({
  request,
  baseURL,
}) => {
  const endpoint = (query: Record<string, string>): string => `${OEMBED_ENDPOINT}?${new URLSearchParams(query).toString()}`;
  const record = (await (await request.get(oembedRecordPath('trade-annual'))).json()) as Record<string, unknown>;
  // At SITE_URL, and at the address this server was reached at, as the chart's page gives it.
  for (const url of [absoluteUrl(embedPath('trade-annual')), absoluteUrl('/trade#trade-annual'), `${baseURL ?? ''}/embed/trade-annual`]) {
    const response = await request.get(endpoint({ url, format: 'json' }));
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('application/json; charset=utf-8');
    expect(response.headers()['access-control-allow-origin'], url).toBe('*');
    expect(await response.json(), url).toEqual(record);
  }
  expect(record.thumbnail_url).toBe(absoluteUrl('/cards/charts/trade-annual.png'));
  // A comparison's chart, by its URL on the comparison page.
  const compareChart = model.comparisonCharts.find((c) => c.pagePath === '/compare?dataset=trade&a=1989&b=1990');
  if (!compareChart) throw new Error('the 1989–1990 trade comparison has no chart');
  const answer = await request.get(endpoint({ url: absoluteUrl(`${compareChart.pagePath}#${compareChart.id}`) }));
  expect(answer.status()).toBe(200);
  expect(await answer.json()).toEqual(await (await request.get(oembedRecordPath(compareChart.id))).json());
  // maxwidth and maxheight are respected: a smaller embed, or 404 when no readable one fits.
  const sized = (await (await request.get(endpoint({ url: absoluteUrl(embedPath('trade-annual')), maxwidth: '300' }))).json()) as {
    width: number;
    height: number;
    html: string;
  };
  expect(sized.width).toBe(300);
  expect(sized.html).toContain(`width="300" height="${String(sized.height)}"`);
  const refused = async (query: Record<string, string>): Promise<number> => (await request.get(endpoint(query))).status();
  expect(await refused({ url: absoluteUrl(embedPath('trade-annual')), maxwidth: '300', maxheight: '200' })).toBe(404);
  expect(await refused({ url: 'https://elsewhere.example/embed/trade-annual' })).toBe(404);
  expect(await refused({ url: absoluteUrl('/embed/nothing') })).toBe(404);
  expect(await refused({ url: absoluteUrl(embedPath('trade-annual')), format: 'xml' })).toBe(501);
  expect(await refused({})).toBe(400);
});

test('a browser asking for /favicon.ico, as it does on an embed, gets an icon', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
  const bytes = await response.body();
  // An ICO header: reserved 0, type 1 (icon), at least one image.
  expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4) > 0]).toEqual([0, 1, true]);
});
