// How a social card is set: its plan (lib/site/social-card.ts) laid out as SVG text, wrapped to fit, numbers never
// cut. Measuring text is passed in, so the layout is testable without a font; build/render-cards.ts draws it with resvg.

import { escapeXml, placedChartSvg } from '../charts/chart-export';
import { CHART_FONT_PX, wrapText as wrapWords } from '../charts/chart-layout';
import { CARD_HEIGHT, CARD_WIDTH, type CardFigure, type CardSpec } from './social-card';

export const CARD_SOURCE_LINE = 'Source: Diplomatic Bluebook 1991, MOFA Japan';
const SITE_LINE = 'Bluebook 1991 · The Soviet Union · economic figures';
/** The smallest text on a card: 24 px of 1200 is still about 10 px where a network shows the card 500 px wide. */
export const CARD_MIN_FONT_PX = 24;

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
  const lines = wrapWords(text, width, CHART_FONT_PX, measure);
  return lines.slice(0, maxLines).map((line, i) => fitLine(line, width, measure, lines.length > maxLines && i === maxLines - 1));
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

/** The card being set: its SVG and lines so far, and how its font measures text. */
interface Block {
  measure: MeasureText;
  svg: string[];
  /** Each line drawn, with its style and the width it must fit, for checking after rendering. */
  lines: Array<{ text: string; size: number; bold: boolean; width: number }>;
}

/** Draws one line of text and records it with the width it must fit. */
function drawLine(block: Block, x: number, y: number, text: string, style: TextStyle, width: number): void {
  const attrs = [
    `x="${x}"`,
    `y="${y}"`,
    `font-size="${style.size}"`,
    style.bold ? 'font-weight="bold"' : '',
    style.italic ? 'font-style="italic"' : '',
    `fill="${style.fill}"`,
  ].filter(Boolean);
  block.svg.push(`<text ${attrs.join(' ')}>${escapeXml(text)}</text>`);
  block.lines.push({ text, size: style.size, bold: style.bold ?? false, width });
}

function wrappedBlock(block: Block, text: string, x: number, y: number, width: number, maxLines: number, style: TextStyle): number {
  const lines = wrapText(text, width, maxLines, (line) => block.measure(line, style.size, style.bold ?? false));
  const lineHeight = Math.round(style.size * 1.25);
  lines.forEach((line, i) => {
    drawLine(block, x, y + i * lineHeight, line, style, width);
  });
  return y + (lines.length - 1) * lineHeight;
}

/** The largest size from `size` down to 32 px at which `value` fits `width`: a number is never cut short. */
function fittingSize(value: string, size: number, width: number, measure: MeasureText): number {
  for (let s = size; s >= 32; s -= 4) if (measure(value, s, true) <= width) return s;
  throw new Error(`the value "${value}" does not fit a card column ${String(width)} px wide`);
}

function figureColumn(block: Block, item: CardFigure, x: number, y: number, width: number, valueSize: number, showLabel: boolean): void {
  const size = fittingSize(item.value, valueSize, width, block.measure);
  const valueStyle: TextStyle = { size, bold: true, italic: item.derived, fill: item.derived ? DERIVED_INK : INK };
  drawLine(block, x, y, item.value, valueStyle, width);
  let next = y + 44;
  if (item.derived) {
    drawLine(block, x, next - 6, 'derived, not stated', { size: CARD_MIN_FONT_PX, italic: true, fill: DERIVED_INK }, width);
    next += 36;
  }
  if (showLabel) wrappedBlock(block, item.label, x, next, width, 3, { size: 28, fill: MUTED });
}

/** The chart's series as a line of coloured squares and labels, since the picture has no other legend. */
function legend(block: Block, bars: readonly ChartBarLegend[], x: number, y: number): void {
  let at = x;
  for (const bar of bars) {
    block.svg.push(`<rect x="${String(at)}" y="${String(y - 20)}" width="22" height="22" fill="${bar.colour}"/>`);
    drawLine(block, at + 32, y, bar.label, { size: 26, fill: INK }, INNER_WIDTH);
    at += 32 + block.measure(bar.label, 26, false) + 40;
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
  const block: Block = { measure, svg: [], lines: [] };
  block.svg.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">`,
    `<title>${escapeXml(card.title)}</title>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="16" height="${CARD_HEIGHT}" fill="${ACCENT}"/>`,
  );
  wrappedBlock(block, SITE_LINE, MARGIN, 66, INNER_WIDTH, 1, { size: 26, fill: ACCENT, bold: true });
  const titleEnd = wrappedBlock(block, card.title, MARGIN, 136, INNER_WIDTH, 2, { size: 50, bold: true, fill: INK });
  const top = titleEnd + 40;
  const bottom = 548;
  const { body } = card;
  if (body.kind === 'chart') {
    if (!chartSvg) throw new Error(`${card.file}: no static SVG for the chart ${body.chartId}`);
    legend(block, chartLegend ?? [], MARGIN, top + 8);
    block.svg.push(placedChartSvg(chartSvg, MARGIN, top + 20, INNER_WIDTH, bottom - top - 20));
  } else if (body.kind === 'figures') {
    const gap = 48;
    const width = (INNER_WIDTH - gap * (body.items.length - 1)) / Math.max(body.items.length, 1);
    const valueSize = body.items.length > 2 ? 56 : 72;
    body.items.forEach((item, i) => {
      figureColumn(block, item, MARGIN + i * (width + gap), top + valueSize, width, valueSize, true);
    });
  } else if (body.kind === 'figure') {
    figureColumn(block, body.figure, MARGIN, top + 96, INNER_WIDTH, 104, false);
    const detailStyle: TextStyle = { size: 26, italic: true, fill: MUTED };
    wrappedBlock(block, body.detail, MARGIN, bottom - 2 * 33, INNER_WIDTH, 3, detailStyle);
  } else {
    body.lines.forEach((line, i) => {
      wrappedBlock(block, line, MARGIN, top + 40 + i * 56, INNER_WIDTH, 1, { size: 36, fill: INK });
    });
  }
  block.svg.push(`<rect x="${MARGIN}" y="570" width="${INNER_WIDTH}" height="2" fill="#d0d7de"/>`);
  wrappedBlock(block, CARD_SOURCE_LINE, MARGIN, 608, INNER_WIDTH, 1, { size: 26, fill: MUTED });
  block.svg.push('</svg>');
  return { svg: block.svg.join('\n'), lines: block.lines };
}
