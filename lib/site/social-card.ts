// Social cards: the 1200×630 picture a link preview shows, one per page and one per chart, drawn at build time
// (build/render-cards.ts) from a chart's static SVG or a page's headline figures. This module decides what each
// card says and lays it out as SVG; measuring text is passed in, so the layout is testable without a font.

import { DATASET_NAMES, DATASETS } from '../data/catalog';
import { escapeXml, placedChartSvg } from '../charts/chart-export';
import type { ChartSpec } from '../charts/charts';
import { compareFigures, compareRoutes, comparisonTitle, compareHref, type CompareRoute } from '../figures/compare';
import { figurePath, type Figure } from '../figures/figure';
import type { CheckResult } from '../figures/reconcile';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_SOURCE_LINE = 'Source: Diplomatic Bluebook 1991, MOFA Japan';
const SITE_LINE = 'Bluebook 1991 · The Soviet Union · economic figures';
/** The smallest text on a card: 24 px of 1200 is still about 10 px where a network shows the card 500 px wide. */
export const CARD_MIN_FONT_PX = 24;

interface CardFigure {
  value: string;
  label: string;
  derived: boolean;
}

type CardBody =
  | { kind: 'chart'; chartId: string }
  | { kind: 'figures'; items: CardFigure[] }
  | { kind: 'figure'; figure: CardFigure; detail: string }
  | { kind: 'lines'; lines: string[] };

export interface CardSpec {
  /** Where the PNG is served, e.g. "/cards/trade.png". */
  file: string;
  /** The page whose card this is (its canonical path), or null for a chart's own card. */
  pagePath: string | null;
  title: string;
  /** What the picture shows, for og:image:alt. */
  alt: string;
  body: CardBody;
}

interface CardInputs {
  figures: readonly Figure[];
  charts: readonly ChartSpec[];
  /** The comparisons' charts: a comparison's card shows its first. */
  comparisonCharts: readonly ChartSpec[];
  checks: readonly CheckResult[];
}

function cardFigure(f: Figure): CardFigure {
  return { value: f.display, label: `${f.seriesLabel}, ${f.periodLabel}`, derived: f.kind === 'derived' };
}

function figuresAlt(items: readonly CardFigure[]): string {
  return items.map((i) => `${i.label}: ${i.value}${i.derived ? ' (derived)' : ''}`).join('; ');
}

function chartAlt(chart: ChartSpec): string {
  return `Bar chart: ${chart.summary}`;
}

function figureDetail(f: Figure): string {
  return f.kind === 'derived' ? `Derived: ${f.formulaText}` : `“${f.sentenceText}”`;
}

/** The card of a prerendered comparison: its changes, as computed (derived) values. */
function compareCard(route: CompareRoute, figures: readonly Figure[], charts: readonly ChartSpec[]): CardSpec | undefined {
  const result = compareFigures(figures, { dataset: route.dataset, a: route.a, b: route.b });
  if (!result.ok) return undefined;
  const pagePath = compareHref(route.dataset, route.a, route.b);
  const file = `/cards/compare/${route.segments.dataset}/${route.segments.a}/${route.segments.b}.png`;
  const chart = charts.find((c) => c.pagePath === pagePath);
  if (chart) return { file, pagePath, title: comparisonTitle(result), alt: chartAlt(chart), body: { kind: 'chart', chartId: chart.id } };
  const items = result.rows
    .filter((r) => r.change)
    .slice(0, 3)
    .map((r): CardFigure => ({ value: r.change?.display ?? '', label: `${r.seriesLabel}: change`, derived: true }));
  const title = comparisonTitle(result);
  return {
    file,
    pagePath,
    title,
    alt: `${title}. ${figuresAlt(items)}.`,
    body: items.length ? { kind: 'figures', items } : { kind: 'lines', lines: ['The two periods side by side'] },
  };
}

function linesCard(path: string, slug: string, title: string, lines: string[]): CardSpec {
  return { file: `/cards/${slug}.png`, pagePath: path, title, alt: `${title}. ${lines.join(' ')}`, body: { kind: 'lines', lines } };
}

/** Every card the site has: one per page (including each figure's and each comparison's) and one per chart. */
export function cardPlan({ figures, charts, comparisonCharts, checks }: CardInputs): CardSpec[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const headline = ['economy-gnp-change-1991-s1', 'trade-exports-change-1990', 'payments-delayed-1991-06-30']
    .map((id) => byId.get(id))
    .filter((f): f is Figure => f !== undefined)
    .map(cardFigure);
  const reported = figures.filter((f) => f.kind === 'reported').length;
  const agreeing = checks.filter((c) => c.status !== 'contradicts').length;
  const cards: CardSpec[] = [
    {
      file: '/cards/home.png',
      pagePath: '/',
      title: 'The Soviet Union in Japan’s Diplomatic Bluebook 1991',
      alt: `Headline figures: ${figuresAlt(headline)}.`,
      body: { kind: 'figures', items: headline },
    },
  ];
  const topics = [...new Set(DATASET_NAMES.map((d) => DATASETS[d].page))];
  for (const page of topics) {
    const datasets = DATASET_NAMES.filter((d) => DATASETS[d].page === page);
    const title = datasets.map((d) => DATASETS[d].title).join('; ');
    const chart = charts.find((c) => datasets.includes(c.dataset));
    const slug = page.replace(/^\//, '');
    if (chart) {
      cards.push({ file: `/cards/${slug}.png`, pagePath: page, title, alt: chartAlt(chart), body: { kind: 'chart', chartId: chart.id } });
    } else {
      const items = figures
        .filter((f) => datasets.includes(f.dataset))
        .slice(0, 3)
        .map(cardFigure);
      cards.push({ file: `/cards/${slug}.png`, pagePath: page, title, alt: figuresAlt(items), body: { kind: 'figures', items } });
    }
  }
  cards.push(
    linesCard('/source', 'source', 'The annotated source: the Bluebook’s section on the Soviet Union', [
      `${reported} figures stated in the text, each marked in its sentence`,
      `${figures.length - reported} derived from them, with formula and interval`,
    ]),
    linesCard('/checks', 'checks', 'Consistency checks', [
      `${checks.length} arithmetic cross-checks between the report’s own numbers`,
      `${agreeing} hold exactly or within what the rounding allows`,
    ]),
    linesCard('/data', 'data', 'Download the data', [
      'A CSV per dataset, figures.csv, JSON and a workbook',
      'A Data Package, and every citation as JSON-LD',
    ]),
    linesCard('/figures', 'figures', 'Every figure', [
      `All ${figures.length} figures, each with a page of its own:`,
      'its sentence or derivation, its precision, how to cite it',
    ]),
    linesCard('/compare', 'compare', 'Compare periods', [
      'Any two periods of a dataset side by side,',
      'with the change and what the rounding allows',
    ]),
  );
  for (const f of figures) {
    const figure = cardFigure(f);
    cards.push({
      file: `/cards/figures/${f.id}.png`,
      pagePath: figurePath(f.id),
      title: figure.label,
      alt: `${figure.label}: ${figure.value}${figure.derived ? `, derived: ${f.formulaText}` : `, as the report states it`}.`,
      body: { kind: 'figure', figure, detail: figureDetail(f) },
    });
  }
  for (const route of compareRoutes(figures)) {
    if (route.a === route.b) continue;
    const card = compareCard(route, figures, comparisonCharts);
    if (card) cards.push(card);
  }
  for (const chart of [...charts, ...comparisonCharts]) {
    cards.push({
      file: `/cards/charts/${chart.id}.png`,
      pagePath: null,
      title: chart.title,
      alt: chartAlt(chart),
      body: { kind: 'chart', chartId: chart.id },
    });
  }
  return cards;
}

/** The card of a page, by its canonical path; an error naming the page if it has none, so no page ships without one. */
export function pageCard(cards: readonly CardSpec[], path: string): CardSpec {
  const card = cards.find((c) => c.pagePath === path);
  if (!card) throw new Error(`no social card for the page ${path}: add one in lib/site/social-card.ts`);
  return card;
}

export function chartCard(cards: readonly CardSpec[], chartId: string): CardSpec {
  const card = cards.find((c) => c.pagePath === null && c.body.kind === 'chart' && c.body.chartId === chartId);
  if (!card) throw new Error(`no social card for the chart ${chartId}`);
  return card;
}

export interface CardImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** A card as metadata names it: its absolute URL, size and alt text. */
export function cardImage(card: CardSpec, absoluteUrl: (path: string) => string): CardImage {
  return { url: absoluteUrl(card.file), width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt };
}

// ---- Layout ----

/** The width in px of `text` set in DejaVu Sans at `size` px, bold or not. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

interface TextStyle {
  size: number;
  bold?: boolean;
  italic?: boolean;
  fill: string;
}

const MARGIN = 56;
const INNER_WIDTH = CARD_WIDTH - 2 * MARGIN;
const INK = '#1b1f24';
const MUTED = '#57606a';
const ACCENT = '#0072b2';
const DERIVED_INK = '#5a3d00';

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`, at spaces; a word wider than the line is cut.
 * Text that does not fit ends its last line with an ellipsis, so a card never shows a cut without saying so.
 */
export function wrapText(text: string, width: number, maxLines: number, measure: (line: string) => number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let rest = 0;
  for (; rest < words.length; rest++) {
    const word = words[rest] ?? '';
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (rest === words.length) {
    if (current) lines.push(current);
    return lines.map((line) => fitLine(line, width, measure, false));
  }
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = fitLine(kept[last] ?? '', width, measure, true);
  return kept.map((line, i) => (i === last ? line : fitLine(line, width, measure, false)));
}

/** Shortens a line until it fits (with "…" when anything is cut or `ellipsis` asks for one). */
function fitLine(line: string, width: number, measure: (line: string) => number, ellipsis: boolean): string {
  let text = line;
  let cut = ellipsis;
  while (text.length > 1 && measure(cut ? `${text}…` : text) > width) {
    text = text.slice(0, -1).trimEnd();
    cut = true;
  }
  return cut ? `${text}…` : text;
}

function textElement(x: number, y: number, text: string, style: TextStyle, anchor: 'start' | 'middle' = 'start'): string {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${style.size}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.italic ? 'font-style="italic"' : '',
    `fill="${style.fill}"`,
    anchor === 'middle' ? 'text-anchor="middle"' : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(text)}</text>`;
}

interface Block {
  svg: string[];
  /** Each line drawn, with its style and the width it must fit, for checking after rendering. */
  lines: Array<{ text: string; size: number; bold: boolean; width: number }>;
}

function wrappedBlock(
  block: Block,
  text: string,
  x: number,
  y: number,
  width: number,
  maxLines: number,
  style: TextStyle,
  measure: MeasureText,
  anchor: 'start' | 'middle' = 'start',
): number {
  const lines = wrapText(text, width, maxLines, (line) => measure(line, style.size, style.bold ?? false));
  const lineHeight = Math.round(style.size * 1.25);
  lines.forEach((line, i) => {
    block.svg.push(textElement(x, y + i * lineHeight, line, style, anchor));
    block.lines.push({ text: line, size: style.size, bold: style.bold ?? false, width });
  });
  return y + (lines.length - 1) * lineHeight;
}

/** The largest size from `size` down to 32 px at which `value` fits `width`: a number is never cut short. */
function fittingSize(value: string, size: number, width: number, measure: MeasureText): number {
  for (let s = size; s >= 32; s -= 4) if (measure(value, s, true) <= width) return s;
  throw new Error(`the value "${value}" does not fit a card column ${String(width)} px wide`);
}

function figureColumn(
  block: Block,
  item: CardFigure,
  x: number,
  y: number,
  width: number,
  valueSize: number,
  measure: MeasureText,
  showLabel: boolean,
): void {
  const size = fittingSize(item.value, valueSize, width, measure);
  const valueStyle: TextStyle = { size, bold: true, italic: item.derived, fill: item.derived ? DERIVED_INK : INK };
  block.svg.push(textElement(x, y, item.value, valueStyle));
  block.lines.push({ text: item.value, size, bold: true, width });
  let next = y + 44;
  if (item.derived) {
    block.svg.push(textElement(x, next - 6, 'derived, not stated', { size: CARD_MIN_FONT_PX, italic: true, fill: DERIVED_INK }));
    block.lines.push({ text: 'derived, not stated', size: CARD_MIN_FONT_PX, bold: false, width });
    next += 36;
  }
  if (showLabel) wrappedBlock(block, item.label, x, next, width, 3, { size: 28, fill: MUTED }, measure);
}

/** The chart's series as a line of coloured squares and labels, since the picture has no other legend. */
function legend(block: Block, bars: readonly ChartBarLegend[], x: number, y: number, measure: MeasureText): void {
  let at = x;
  for (const bar of bars) {
    block.svg.push(`<rect x="${String(at)}" y="${String(y - 20)}" width="22" height="22" fill="${bar.colour}"/>`);
    const text = bar.label;
    block.svg.push(textElement(at + 32, y, text, { size: 26, fill: INK }));
    block.lines.push({ text, size: 26, bold: false, width: INNER_WIDTH });
    at += 32 + measure(text, 26, false) + 40;
  }
}

export interface RenderedCard {
  svg: string;
  /** Every line of text on the card, with the width it was given. */
  lines: Block['lines'];
}

export interface ChartBarLegend {
  label: string;
  colour: string;
}

/**
 * The card as an SVG document of 1200×630, in DejaVu Sans; for chart cards, `chartSvg` is the chart's static SVG and
 * `chartLegend` its series.
 */
export function cardSvg(card: CardSpec, measure: MeasureText, chartSvg?: string, chartLegend?: readonly ChartBarLegend[]): RenderedCard {
  const block: Block = { svg: [], lines: [] };
  block.svg.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">`,
    `<title>${escapeXml(card.title)}</title>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="${ACCENT}"/>`,
  );
  wrappedBlock(block, SITE_LINE, MARGIN, 66, INNER_WIDTH, 1, { size: 26, fill: ACCENT, bold: true }, measure);
  const titleEnd = wrappedBlock(block, card.title, MARGIN, 136, INNER_WIDTH, 2, { size: 50, bold: true, fill: INK }, measure);
  const top = titleEnd + 40;
  const bottom = 548;
  const { body } = card;
  if (body.kind === 'chart') {
    if (!chartSvg) throw new Error(`${card.file}: no static SVG for the chart ${body.chartId}`);
    legend(block, chartLegend ?? [], MARGIN, top + 8, measure);
    block.svg.push(placedChartSvg(chartSvg, MARGIN, top + 20, INNER_WIDTH, bottom - top - 20));
  } else if (body.kind === 'figures') {
    const gap = 48;
    const width = (INNER_WIDTH - gap * (body.items.length - 1)) / Math.max(body.items.length, 1);
    const valueSize = body.items.length > 2 ? 56 : 72;
    body.items.forEach((item, i) => {
      figureColumn(block, item, MARGIN + i * (width + gap), top + valueSize, width, valueSize, measure, true);
    });
  } else if (body.kind === 'figure') {
    figureColumn(block, body.figure, MARGIN, top + 96, INNER_WIDTH, 104, measure, false);
    const detailStyle: TextStyle = { size: 26, italic: true, fill: MUTED };
    wrappedBlock(block, body.detail, MARGIN, bottom - 2 * 33, INNER_WIDTH, 3, detailStyle, measure);
  } else {
    body.lines.forEach((line, i) => {
      wrappedBlock(block, line, MARGIN, top + 40 + i * 56, INNER_WIDTH, 1, { size: 36, fill: INK }, measure);
    });
  }
  block.svg.push(`<rect x="${MARGIN}" y="570" width="${INNER_WIDTH}" height="2" fill="#d0d7de"/>`);
  wrappedBlock(block, CARD_SOURCE_LINE, MARGIN, 608, INNER_WIDTH, 1, { size: 26, fill: MUTED }, measure);
  block.svg.push('</svg>');
  return { svg: block.svg.join('\n'), lines: block.lines };
}
