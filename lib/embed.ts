// A chart made to be framed by other sites (/embed/<chart>): its static SVG, title, unit, source line and a link
// back, with no script at all, so that it works in a sandboxed iframe; the snippet a journalist pastes; and the
// oEmbed record that CMSs read to make that snippet themselves.

import { barColour, paletteCss } from './chart-palette';
import type { ChartSpec } from './charts';

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
export function embedSnippet(spec: Pick<ChartSpec, 'title'>, embedUrl: string, width: number, height: number): string {
  return `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(spec.title)}" style="width:100%;aspect-ratio:${embedAspect(width, height)};border:0" loading="lazy"></iframe>`;
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
export function embedHtml(input: { spec: ChartSpec; svg: string; chartUrl: string; oembedUrl: string }): string {
  const { spec, svg, chartUrl, oembedUrl } = input;
  const derived = spec.data.some((d) => Object.values(d.cells).some((c) => c?.kind === 'derived'));
  const legend = spec.bars.map((b, i) => `<span style="color:${barColour(i)}">■</span> ${escapeHtml(b.label)}`).join(' · ');
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

/** The oEmbed 1.0 record of an embed: a rich type whose HTML is the snippet. */
export function oembedRecord(spec: ChartSpec, embedUrl: string, siteUrl: string, width: number, height: number): Record<string, unknown> {
  return {
    version: '1.0',
    type: 'rich',
    title: spec.title,
    provider_name: 'Bluebook 1991: the Soviet Union, economic figures',
    provider_url: siteUrl,
    html: embedSnippet(spec, embedUrl, width, height),
    width,
    height: height + 96,
  };
}
