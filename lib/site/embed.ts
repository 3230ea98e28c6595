// A chart made to be framed by other sites (/embed/<chart>): its static SVG, title, unit, source line and a link
// back, with no script at all, so that it works in a sandboxed iframe; the snippet a journalist pastes; and the
// oEmbed record that CMSs read to make that snippet themselves.

import { barColour, paletteCss } from '../charts/chart-palette';
import { barLegendLabel, hasDerivedBar, type ChartSpec } from '../charts/charts';
import { SITE_NAME } from './pages';
import { absoluteUrl, chartCardPath, chartPath, embedPath, oembedRecordPath, siteUrl } from './routes';
import { CARD_HEIGHT, CARD_WIDTH, type CardImage } from './social-card';

const SOURCE_LINE = 'Diplomatic Bluebook 1991, MOFA Japan';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What an embed and its oEmbed record need of a chart: build/write-compare-routes.ts writes it for proxy.ts too. */
export interface EmbedChart {
  id: string;
  title: string;
  /** The chart's page, where the embed links back to. */
  page: string;
  /** The chart's drawing, in px at its own size. */
  width: number;
  height: number;
}

export function embedChart(spec: ChartSpec): EmbedChart {
  return { id: spec.id, title: spec.title, page: spec.pagePath, width: spec.layout.width, height: spec.layout.height };
}

/** Room for the embed's title, legend and source lines, which keep their size when the chart is scaled. */
const TEXT_HEIGHT = 96;
/** Narrower than this, the chart's labels would be too small to read (its 440 px drawing at about half size). */
export const MIN_EMBED_WIDTH = 240;

export type EmbedSize = Pick<EmbedChart, 'width' | 'height'>;

/**
 * The embed's size within a consumer's maxwidth and maxheight (oEmbed 1.0, section 2.2, which a provider must
 * respect): its own size, or the chart scaled down with its aspect kept; undefined when no readable size fits.
 */
export function embedSize(chart: EmbedSize, max: { width?: number; height?: number } = {}): EmbedSize | undefined {
  const byWidth = max.width ?? chart.width;
  const byHeight = max.height === undefined ? Infinity : ((max.height - TEXT_HEIGHT) * chart.width) / chart.height;
  const width = Math.floor(Math.min(chart.width, byWidth, byHeight));
  if (width < MIN_EMBED_WIDTH) return undefined;
  return { width, height: Math.ceil((width * chart.height) / chart.width) + TEXT_HEIGHT };
}

/**
 * What a journalist pastes: a responsive iframe, full width, its height kept by the chart's aspect ratio; or, for a
 * consumer that asked for a size, an iframe of that size.
 */
export function embedSnippet(chart: Pick<EmbedChart, 'id' | 'title' | 'width' | 'height'>, size?: EmbedSize): string {
  const src = escapeHtml(absoluteUrl(embedPath(chart.id)));
  const title = escapeHtml(chart.title);
  if (size)
    return `<iframe src="${src}" title="${title}" width="${size.width}" height="${size.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return `<iframe src="${src}" title="${title}" style="width:100%;aspect-ratio:${chart.width} / ${chart.height + TEXT_HEIGHT};border:0" loading="lazy"></iframe>`;
}

// Light colours on the bars' classes as attributes already; the custom properties add the dark scheme.
const STYLE = [
  paletteCss(),
  ':root{color-scheme:light dark;--bg:#fff;--text:#1b1f24;--muted:#57606a;--link:#0b5cad}',
  '@media (prefers-color-scheme:dark){:root{--bg:#111418;--text:#e6e9ed;--muted:#a3acb6;--link:#7cc0ff}}',
  'html,body{margin:0;height:100%;background:var(--bg);color:var(--text);font:14px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
  'figure{margin:0;height:100%;display:flex;flex-direction:column;padding:8px;box-sizing:border-box}',
  'figcaption{font-weight:700}figcaption span{font-weight:400;color:var(--muted)}',
  '.chart{flex:1;min-height:0}.chart svg{width:100%!important;height:100%!important}',
  '.chart text{fill:var(--text)}.recharts-cartesian-grid line{stroke:var(--muted);stroke-opacity:.35}',
  ...[0, 1, 2, 3].map(
    (i) => `.bar-${i}{stroke:var(--bar-${i})}.bar-${i}.reported{fill:var(--bar-${i})}.hatch-line.bar-${i}{stroke:var(--bar-${i})}`,
  ),
  '.hatch-bg{fill:var(--hatch-bg)}.interval-bar line{stroke:var(--text)}',
  '.note,.source{margin:2px 0 0;color:var(--muted);font-size:12px}a{color:var(--link)}',
].join('');

/** The embed's description, for link previews of the embed itself. */
export function embedDescription(spec: Pick<ChartSpec, 'summary'>): string {
  return `${spec.summary} From Japan's Diplomatic Bluebook 1991, section "The Soviet Union"; every figure is cited to its sentence on the chart's page.`;
}

/** The whole embed page: no script, nothing fetched but itself. Its canonical address is the chart on its page. */
export function embedHtml(input: { spec: ChartSpec; svg: string; card: CardImage }): string {
  const { spec, svg, card } = input;
  const chartUrl = escapeHtml(absoluteUrl(chartPath(spec)));
  const title = escapeHtml(spec.title);
  const description = escapeHtml(embedDescription(spec));
  const derived = hasDerivedBar(spec);
  const legend = spec.bars.map((b, i) => `<span style="color:${barColour(i)}">■</span> ${escapeHtml(barLegendLabel(b))}`).join(' · ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${title}</title>`,
    `<meta name="description" content="${description}">`,
    `<link rel="canonical" href="${chartUrl}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absoluteUrl(oembedRecordPath(spec.id)))}" title="${title}">`,
    // A link to the embed itself, shared, previews with the chart's card.
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:url" content="${chartUrl}">`,
    '<meta property="og:type" content="website">',
    `<meta property="og:site_name" content="${escapeHtml(SITE_NAME)}">`,
    `<meta property="og:image" content="${escapeHtml(card.url)}">`,
    '<meta property="og:image:type" content="image/png">',
    `<meta property="og:image:width" content="${String(card.width)}">`,
    `<meta property="og:image:height" content="${String(card.height)}">`,
    `<meta property="og:image:alt" content="${escapeHtml(card.alt)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:image" content="${escapeHtml(card.url)}">`,
    `<meta name="twitter:image:alt" content="${escapeHtml(card.alt)}">`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<figure><figcaption>${title} <span>(${escapeHtml(spec.unitLabel)})</span></figcaption>`,
    `<p class="note">${legend}${derived ? ' · hatched bars are derived, not stated; whiskers show what their inputs’ rounding allows' : ''}</p>`,
    `<div class="chart">${svg}</div>`,
    `<p class="source">Source: ${SOURCE_LINE}. <a href="${chartUrl}" target="_blank" rel="noopener">Every figure with its sentence</a></p>`,
    '</figure>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * The oEmbed 1.0 record of an embed: a rich type whose HTML is the snippet, at its own size or the size a consumer's
 * limits allow, with the chart's card as thumbnail.
 */
export function oembedRecord(chart: EmbedChart, size?: EmbedSize): Record<string, unknown> {
  return {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: SITE_NAME,
    provider_url: `${siteUrl()}/`,
    html: embedSnippet(chart, size),
    ...(size ?? { width: chart.width, height: chart.height + TEXT_HEIGHT }),
    thumbnail_url: absoluteUrl(chartCardPath(chart.id)),
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
  };
}

export type OembedAnswer = { ok: true; record: Record<string, unknown> } | { ok: false; status: 400 | 404 | 501; message: string };

/** A maxwidth or maxheight: absent, or a positive whole number of pixels. */
function pixels(query: URLSearchParams, key: string): number | undefined | string {
  const raw = query.get(key);
  if (raw === null) return undefined;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : `${key} must be a positive whole number of pixels`;
}

/**
 * The oEmbed endpoint's answer to `?url=…&maxwidth=…&maxheight=…&format=…` (oEmbed 1.0, section 2.2): the record of
 * the chart that `url` shows, if it is one of this site's embeds (/embed/<chart>) or a chart on its page
 * (/trade#trade-annual, or a comparison's /compare?dataset=trade&a=1989&b=1990#compare-trade-1989-1990-usd-million),
 * at one of `origins`, sized within the limits asked for. A page's own query must match; any other query (a campaign
 * tag) is ignored. JSON only: format=xml is 501, as the specification asks of a provider that has no XML; no
 * readable size within the limits is 404, the specification's answer when there is no representation to return.
 */
export function oembedAnswer(query: URLSearchParams, origins: readonly string[], charts: ReadonlyMap<string, EmbedChart>): OembedAnswer {
  const format = query.get('format');
  if (format !== null && format !== 'json') return { ok: false, status: 501, message: 'Only format=json is served' };
  const raw = query.get('url');
  if (!raw) return { ok: false, status: 400, message: 'The url parameter is required' };
  const [maxWidth, maxHeight] = [pixels(query, 'maxwidth'), pixels(query, 'maxheight')];
  if (typeof maxWidth === 'string') return { ok: false, status: 400, message: maxWidth };
  if (typeof maxHeight === 'string') return { ok: false, status: 400, message: maxHeight };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 404, message: 'Not a URL of this site' };
  }
  const prefix = origins.find((o) => `${url.origin}${url.pathname}`.startsWith(`${o}/`));
  if (prefix === undefined) return { ok: false, status: 404, message: 'Not a URL of this site' };
  const path = `${url.origin}${url.pathname}`.slice(prefix.length);
  const embedPrefix = embedPath('');
  const chart = charts.get(path.startsWith(embedPrefix) ? path.slice(embedPrefix.length) : url.hash.slice(1));
  const pageUrl = chart === undefined ? undefined : new URL(chart.page, 'https://page.invalid');
  const onItsPage =
    chart !== undefined &&
    pageUrl !== undefined &&
    path === pageUrl.pathname &&
    [...pageUrl.searchParams].every(([key, value]) => url.searchParams.get(key) === value) &&
    url.hash === `#${chart.id}`;
  if (chart === undefined || !(onItsPage || path === embedPath(chart.id)))
    return { ok: false, status: 404, message: 'No chart at that URL' };
  if (maxWidth === undefined && maxHeight === undefined) return { ok: true, record: oembedRecord(chart) };
  const size = embedSize(chart, { width: maxWidth, height: maxHeight });
  if (!size)
    return { ok: false, status: 404, message: `No readable embed of this chart fits within ${maxWidth ?? '∞'} × ${maxHeight ?? '∞'} px` };
  return { ok: true, record: oembedRecord(chart, size) };
}
