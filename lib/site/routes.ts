// Every path and absolute URL of the site, built here and nowhere else (next.config.js's comparison rewrites aside,
// which mirror comparePagePath and compareTarget). A page, file or card that moves moves here.

import type { DatasetName } from '../data/catalog';

/** The site's pages with a fixed address. */
export const PATHS = {
  home: '/',
  economy: '/economy',
  trade: '/trade',
  fisheries: '/fisheries',
  payments: '/payments',
  compare: '/compare',
  checks: '/checks',
  source: '/source',
  data: '/data',
  figures: '/figures',
} as const;

/** The topic page that charts and tables each dataset; assistance shares the payments page, in a section of its own. */
export function topicPath(dataset: DatasetName): string {
  return dataset === 'assistance' ? PATHS.payments : PATHS[dataset];
}

/** Where a dataset's section starts: its topic page, at the section when the page holds more than one. */
export function topicSectionPath(dataset: DatasetName): string {
  return dataset === 'assistance' ? `${PATHS.payments}#assistance` : topicPath(dataset);
}

/** A figure's row in the table of its dataset, on its topic page. */
export function figureRowPath(dataset: DatasetName, id: string): string {
  return `${topicPath(dataset)}#fig-${id}`;
}

/** A figure's own page: its one address on the site. */
export function figurePath(id: string): string {
  return `${PATHS.figures}/${id}`;
}

/** A file a figure page offers (its citations, its row): /figures/<id>/citation.bib. */
export function figureFilePath(id: string, file: string): string {
  return `${figurePath(id)}/${file}`;
}

/** A sentence of the report, in place on the annotated source. */
export function sentencePath(sentenceId: string): string {
  return `${PATHS.source}#${sentenceId}`;
}

/** A consistency check on /checks. */
export function checkPath(checkId: string): string {
  return `${PATHS.checks}#check-${checkId}`;
}

/** A download under /data/: a dataset's CSV, figures.csv, the workbook… */
export function dataFilePath(file: string): string {
  return `${PATHS.data}/${file}`;
}

/** A chart in place on its page: "/trade#trade-annual", or on a comparison's page. */
export function chartPath(chart: { pagePath: string; id: string }): string {
  return `${chart.pagePath}#${chart.id}`;
}

/** A chart made to be framed by other sites. */
export function embedPath(chartId: string): string {
  return `/embed/${chartId}`;
}

/** The oEmbed endpoint under `next start`: /oembed?url=… */
export const OEMBED_ENDPOINT = '/oembed';

/** A chart's oEmbed record: a file, so that the static export has it too. */
export function oembedRecordPath(chartId: string): string {
  return `${OEMBED_ENDPOINT}/${chartId}.json`;
}

/** A comparison's address: the state lives in the query, so it can be shared. */
export function comparePath(dataset: string, a: string, b: string): string {
  return `${PATHS.compare}?${new URLSearchParams({ dataset, a, b }).toString()}`;
}

/** A period code as one path segment: "/" (as in 1990-08/1991-07) becomes "_", which no code uses. */
export function periodSlug(code: string): string {
  return code.replaceAll('/', '_');
}

export function periodFromSlug(slug: string): string {
  return slug.replaceAll('_', '/');
}

/** The path segments of a comparison's prerendered page (app/compare/[dataset]/[a]/[b]). */
export function comparePageSegments(dataset: string, a: string, b: string): { dataset: string; a: string; b: string } {
  return { dataset, a: periodSlug(a), b: periodSlug(b) };
}

/** The prerendered page that serves a comparison's address (next.config.js rewrites the query to it). */
export function comparePagePath(dataset: string, a: string, b: string): string {
  return `${PATHS.compare}/${dataset}/${periodSlug(a)}/${periodSlug(b)}`;
}

/** The prerendered page that serves /compare when nothing is chosen. */
const COMPARE_NOTHING_CHOSEN_PATH = `${PATHS.compare}/choose`;

/** A prerendered comparison as .generated/compare-routes.json lists it. */
export interface CompareRouteEntry {
  dataset: string;
  a: string;
  b: string;
  /** comparePagePath's page. */
  path: string;
}

/** The prerendered page that serves /compare with this query, or undefined if it must be rendered per request. */
export function compareTarget(query: URLSearchParams, routes: readonly CompareRouteEntry[]): string | undefined {
  const [dataset, a, b] = [query.get('dataset'), query.get('a'), query.get('b')];
  if (dataset === null && a === null && b === null) return COMPARE_NOTHING_CHOSEN_PATH;
  return routes.find((r) => r.dataset === dataset && r.a === a && r.b === b)?.path;
}

const CARDS = '/cards';

/**
 * A page's social card, named after the page: /cards/home.png, /cards/trade.png, /cards/figures/<id>.png, and
 * /cards/compare/<dataset>/<a>/<b>.png for a comparison's address.
 */
export function pageCardPath(pagePath: string): string {
  if (pagePath === PATHS.home) return `${CARDS}/home.png`;
  const url = new URL(pagePath, 'https://page.invalid');
  if (url.pathname === PATHS.compare && url.searchParams.has('dataset')) {
    const param = (key: string): string => url.searchParams.get(key) ?? '';
    return `${CARDS}${comparePagePath(param('dataset'), param('a'), param('b'))}.png`;
  }
  return `${CARDS}${url.pathname}.png`;
}

/** A chart's own card, for its embed and oEmbed record. */
export function chartCardPath(chartId: string): string {
  return `${CARDS}/charts/${chartId}.png`;
}

/**
 * What other sites load, by path, as a static host's _headers file writes paths ("*" any rest, ":name" one segment):
 * the embeds (framed), the social cards (fetched by link previews), the data files, the figures' files and the oEmbed
 * records (read by notebooks and CMSs). lib/site/content-security.ts gives them their cross-origin headers.
 */
export const SHARED_PATHS = {
  embeds: embedPath(':chart'),
  cards: `${CARDS}/*`,
  data: dataFilePath(':file'),
  oembedRecords: `${OEMBED_ENDPOINT}/:file`,
  figureFiles: figureFilePath(':id', ':file'),
} as const;

/** A SHARED_PATHS pattern as a regular expression's source, anchored at both ends. */
export function pathPatternSource(pattern: string): string {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  return `^${escaped.replace(/\*/g, '.+').replace(/:[a-z]+/g, '[^/]+')}$`;
}

// ---- Absolute URLs ----

/** Where `npm start` serves the site; the address absolute URLs are built from when SITE_URL is not set. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The site's origin (and path prefix, if any) without a trailing slash: SITE_URL at build time, e.g.
 * SITE_URL=https://bluebook1991.example npm run build. Refuses anything but an http(s) URL.
 */
export function siteUrl(env?: Env): string {
  // process.env.SITE_URL written out in full: next.config.js's `env` fixes that expression at build time.
  const raw = (env ? env.SITE_URL : process.env.SITE_URL)?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteUrlError(`SITE_URL "${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteUrlError(`SITE_URL "${raw}" is not an http(s) URL`);
  if (url.search || url.hash) throw new SiteUrlError(`SITE_URL "${raw}" has a query or fragment`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The absolute URL of a path of the site. */
export function absoluteUrl(path: string, env?: Env): string {
  return `${siteUrl(env)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The one line a build without SITE_URL prints: every absolute URL it hands out points at the local server. */
export function siteUrlWarning(env?: Env): string | undefined {
  if ((env ? env.SITE_URL : process.env.SITE_URL)?.trim()) return undefined;
  return `SITE_URL is not set: canonical links, the sitemap, social cards, JSON-LD, citations and oEmbed records will point at ${DEFAULT_SITE_URL}; for any other address build with SITE_URL=https://your.host npm run build`;
}
