// A chart made to be framed by other sites (/embed/<chart>): its static SVG, title, unit, source line and a link
// back, with no script at all, so that it works in a sandboxed iframe; the snippet a journalist pastes; and the
// oEmbed record that CMSs read to make that snippet themselves.

import { barColour, paletteCss } from '../charts/chart-palette';
import { barLegendLabel, type ChartSpec } from '../charts/charts';
import type { CardImage } from './social-card';

const EMBED_PATH = '/embed';

export function embedPath(chartId: string): string {
  return `${EMBED_PATH}/${chartId}`;
}

/** The chart's oEmbed record: a file, so that the static export has it too. */
export function oembedPath(chartId: string): string {
  return `/oembed/${chartId}.json`;
}

const SOURCE_LINE = 'Diplomatic Bluebook 1991, MOFA Japan';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The iframe's shape: the chart's aspect ratio plus room for its title and source lines. */
function embedAspect(width: number, height: number): string {
  return `${width} / ${height + 96}`;
}

/** What a journalist pastes: a responsive iframe, full width, its height kept by the chart's aspect ratio. */
export function embedSnippet(spec: Pick<ChartSpec, 'title' | 'layout'>, embedUrl: string): string {
  return `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(spec.title)}" style="width:100%;aspect-ratio:${embedAspect(spec.layout.width, spec.layout.height)};border:0" loading="lazy"></iframe>`;
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

/** The whole embed page: no script, nothing fetched but itself. */
export function embedHtml(input: { spec: ChartSpec; svg: string; chartUrl: string; oembedUrl: string; card: CardImage }): string {
  const { spec, svg, chartUrl, oembedUrl, card } = input;
  const derived = spec.data.some((d) => Object.values(d.cells).some((c) => c?.kind === 'derived'));
  const legend = spec.bars.map((b, i) => `<span style="color:${barColour(i)}">■</span> ${escapeHtml(barLegendLabel(b))}`).join(' · ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(spec.title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(chartUrl)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembedUrl)}" title="${escapeHtml(spec.title)}">`,
    // A link to the embed itself, shared, previews with the chart's card.
    `<meta property="og:title" content="${escapeHtml(spec.title)}">`,
    `<meta property="og:image" content="${escapeHtml(card.url)}">`,
    `<meta property="og:image:width" content="${String(card.width)}">`,
    `<meta property="og:image:height" content="${String(card.height)}">`,
    `<meta property="og:image:alt" content="${escapeHtml(card.alt)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<figure><figcaption>${escapeHtml(spec.title)} <span>(${escapeHtml(spec.unitLabel)})</span></figcaption>`,
    `<p class="note">${legend}${derived ? ' · hatched bars are derived, not stated; whiskers show what their inputs’ rounding allows' : ''}</p>`,
    `<div class="chart">${svg}</div>`,
    `<p class="source">Source: ${SOURCE_LINE}. <a href="${escapeHtml(chartUrl)}" target="_blank" rel="noopener">Every figure with its sentence</a></p>`,
    '</figure>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The oEmbed 1.0 record of an embed: a rich type whose HTML is the snippet, with the chart's card as thumbnail. */
export function oembedRecord(spec: ChartSpec, embedUrl: string, siteUrl: string, card: CardImage): Record<string, unknown> {
  const { width, height } = spec.layout;
  return {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: 'Bluebook 1991: the Soviet Union, economic figures',
    provider_url: siteUrl,
    html: embedSnippet(spec, embedUrl),
    width,
    height: height + 96,
    thumbnail_url: card.url,
    thumbnail_width: card.width,
    thumbnail_height: card.height,
  };
}

export type OembedLookup = { ok: true; chartId: string } | { ok: false; status: 400 | 404 | 501; message: string };

/**
 * The oEmbed endpoint's answer to `?url=…&format=…` (oEmbed 1.0, section 2.2): the chart that `url` shows, if it is
 * one of this site's embeds (/embed/<chart>) or a chart on its page (/trade#trade-annual, or a comparison's
 * /compare?dataset=trade&a=1989&b=1990#compare-trade-1989-1990-usd-million), at one of `origins`; `chartPages` maps
 * each chart's id to its page. A page's own query must match; any other query (a campaign tag) is ignored.
 * JSON only: format=xml is 501, as the specification asks of a provider that has no XML.
 */
export function oembedLookup(query: URLSearchParams, origins: readonly string[], chartPages: ReadonlyMap<string, string>): OembedLookup {
  const format = query.get('format');
  if (format !== null && format !== 'json') return { ok: false, status: 501, message: 'Only format=json is served' };
  const raw = query.get('url');
  if (!raw) return { ok: false, status: 400, message: 'The url parameter is required' };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, status: 404, message: 'Not a URL of this site' };
  }
  const prefix = origins.find((o) => `${url.origin}${url.pathname}`.startsWith(`${o}/`));
  if (prefix === undefined) return { ok: false, status: 404, message: 'Not a URL of this site' };
  const path = `${url.origin}${url.pathname}`.slice(prefix.length);
  const chartId = path.startsWith(`${EMBED_PATH}/`) ? path.slice(EMBED_PATH.length + 1) : url.hash.slice(1);
  const page = chartPages.get(chartId);
  const pageUrl = page === undefined ? undefined : new URL(page, 'https://page.invalid');
  const onItsPage =
    pageUrl !== undefined &&
    path === pageUrl.pathname &&
    [...pageUrl.searchParams].every(([key, value]) => url.searchParams.get(key) === value) &&
    url.hash === `#${chartId}`;
  if (page === undefined || !(onItsPage || path === embedPath(chartId))) return { ok: false, status: 404, message: 'No chart at that URL' };
  return { ok: true, chartId };
}
