// Where everything in a chart goes, decided once for the build-time SVG, the live chart, the exports, embeds and
// cards: horizontal bars, each category's label above its bars (so that long labels never run into each other at
// any width), each value printed at its bar's end, and an axis that steps by 1, 2 or 5 × 10ⁿ and reaches far
// enough for every printed value. The SVG is drawn at this size and scaled as a whole, so nothing here depends on
// the screen: what does not overlap here does not overlap on a phone either.

import { formatNumber } from '../figures/format';

/** The drawing's width in user units; it is scaled to the column it sits in. */
export const CHART_WIDTH = 440;
/** Must equal --chart-font in globals.css and the renderers' font size. */
export const CHART_FONT_PX = 14;
/** A generous estimate of a character's advance in DejaVu Sans and the system sans-serifs, in ems (digits are 0.64). */
const CHAR_EM = 0.66;

const CHART_MARGIN = { top: 8, right: 16, bottom: 4, left: 12 } as const;
/** The category axis is only a gutter: its labels are drawn above the bars, from the plot's left edge. */
export const CATEGORY_AXIS_WIDTH = 4;
/** The value axis under the plot: ticks and the unit label. */
export const VALUE_AXIS_HEIGHT = 44;
export const BAR_SIZE = 18;
export const BAR_GAP = 4;
const LINE_HEIGHT = 17;
/** Space between a bar's end (or its interval's end) and its printed value. */
export const LABEL_PAD = 5;

interface LayoutCell {
  value: number;
  /** Derived values: the interval their inputs allow, drawn as a whisker the printed value must clear. */
  interval: readonly [number, number] | null;
  /** The value as printed at the bar's end. */
  label: string;
}

export interface LayoutInput {
  /** One entry per category: its label lines (wrapped here) and its cells by bar key (null: no figure). */
  categories: ReadonlyArray<{ label: string; notes?: readonly string[]; cells: Readonly<Record<string, LayoutCell | null>> }>;
  barKeys: readonly string[];
}

interface PlacedLabel {
  barKey: string;
  categoryIndex: number;
  text: string;
  /** Where the text is anchored, in user units, and which way it runs from there. */
  x: number;
  anchor: 'start' | 'end';
  /** The estimated extent of the text, for checks. */
  left: number;
  right: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** The chart's margins: the defaults, widened so that the end ticks' labels, centred on the plot's edges, fit. */
  margin: { top: number; right: number; bottom: number; left: number };
  plot: { left: number; top: number; width: number; height: number };
  /** The value axis: its ends and ticks, every tick a multiple of a round step. */
  domain: [number, number];
  ticks: number[];
  /** One band per category: the label lines above, the bars below them. */
  bandHeight: number;
  /** Each category's label lines: the label, wrapped, then each of its notes (a comparison's changes), wrapped. */
  categoryLines: Array<{ label: string[]; notes: string[][] }>;
  /** The height of a category's label block, just above its bars, and of its bars together. */
  labelBlockHeight: number;
  barsHeight: number;
  lineHeight: number;
  values: PlacedLabel[];
}

/** The estimated width of a line of chart text, in user units. */
export function textWidth(text: string, fontPx: number = CHART_FONT_PX): number {
  return Math.ceil(graphemes(text) * fontPx * CHAR_EM);
}

const SEGMENTER = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Characters as a reader counts them ("−" is one, as is "¥"). */
function graphemes(text: string): number {
  return Array.from(SEGMENTER.segment(text)).length;
}

/** Breaks text into lines no wider than `width`, at spaces; a word longer than a line stands alone. */
export function wrapText(
  text: string,
  width: number,
  fontPx = CHART_FONT_PX,
  measure = (line: string) => textWidth(line, fontPx),
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The round step (1, 2 or 5 × 10ⁿ) that divides `span` into about four intervals, never more than six. */
export function niceStep(span: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const power = 10 ** Math.floor(Math.log10(span / 4));
  return [1, 2, 5].map((m) => m * power).find((step) => span / step <= 6) ?? 10 * power;
}

/** Ticks from `low` to `high` at a round step, the ends rounded outwards to it; zero always among them. */
export function niceTicks(low: number, high: number): { domain: [number, number]; ticks: number[] } {
  const lo = Math.min(low, 0);
  const hi = Math.max(high, 0);
  const step = niceStep(hi - lo || 1);
  const start = Math.floor(lo / step + 1e-9) * step;
  const end = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let i = 0; start + i * step <= end + step * 1e-9; i++) ticks.push(Number((start + i * step).toPrecision(12)));
  return { domain: [ticks[0] ?? 0, ticks.at(-1) ?? 1], ticks };
}

/**
 * Lays out a horizontal bar chart so that every printed value fits between its bar and the plot's edge, and every
 * tick label within the drawing. The ticks depend on the plot's width and the margins on the ticks, so the layout is
 * redone with the margins its ticks need until they are stable (twice, in practice).
 */
export function layoutChart(input: LayoutInput): ChartLayout {
  let margin: ChartLayout['margin'] = { ...CHART_MARGIN };
  let layout = layoutWithin(input, margin);
  for (let round = 0; round < 4; round++) {
    const half = (tick: number | undefined): number => (tick === undefined ? 0 : Math.ceil(textWidth(formatNumber(tick)) / 2) + 2);
    const needed = {
      ...margin,
      left: Math.max(CHART_MARGIN.left, half(layout.ticks[0]) - CATEGORY_AXIS_WIDTH),
      right: Math.max(CHART_MARGIN.right, half(layout.ticks.at(-1))),
    };
    if (needed.left <= margin.left && needed.right <= margin.right) break;
    margin = { ...margin, left: Math.max(margin.left, needed.left), right: Math.max(margin.right, needed.right) };
    layout = layoutWithin(input, margin);
  }
  return layout;
}

function layoutWithin(input: LayoutInput, margin: ChartLayout['margin']): ChartLayout {
  const plotLeft = margin.left + CATEGORY_AXIS_WIDTH;
  const plotWidth = CHART_WIDTH - plotLeft - margin.right;
  const categoryLines = input.categories.map((c) => ({
    label: wrapText(c.label, plotWidth),
    notes: (c.notes ?? []).map((n) => wrapText(n, plotWidth)),
  }));
  const maxLines = Math.max(1, ...categoryLines.map((l) => l.label.length + l.notes.reduce((n, lines) => n + lines.length, 0)));
  const labelBlockHeight = maxLines * LINE_HEIGHT + 4;
  const barsHeight = input.barKeys.length * BAR_SIZE + (input.barKeys.length - 1) * BAR_GAP;
  // Bars sit in the middle of their band, so the room above them for the label is matched below: the gap between groups.
  const bandHeight = barsHeight + 2 * labelBlockHeight;
  const plotHeight = bandHeight * input.categories.length;

  const cells = input.categories.flatMap((c, categoryIndex) =>
    input.barKeys.flatMap((barKey) => {
      const cell = c.cells[barKey];
      return cell ? [{ ...cell, barKey, categoryIndex }] : [];
    }),
  );
  // Where each printed value starts, in data units: beyond its bar and its whisker, on the side away from zero.
  const reach = (c: LayoutCell): number =>
    c.value < 0 ? Math.min(c.value, c.interval?.[0] ?? c.value) : Math.max(c.value, c.interval?.[1] ?? c.value);
  let low = Math.min(0, ...cells.map((c) => Math.min(c.value, c.interval?.[0] ?? c.value)));
  let high = Math.max(0, ...cells.map((c) => Math.max(c.value, c.interval?.[1] ?? c.value)));
  let scale = niceTicks(low, high);
  // Widen the axis until every label fits; each round only grows it, and a handful of rounds always suffice.
  for (let round = 0; round < 12; round++) {
    const [d0, d1] = scale.domain;
    const perUnit = plotWidth / (d1 - d0);
    let needLow = low;
    let needHigh = high;
    for (const c of cells) {
      const room = (LABEL_PAD + textWidth(c.label) + 2) / perUnit;
      if (c.value < 0) needLow = Math.min(needLow, reach(c) - room);
      else needHigh = Math.max(needHigh, reach(c) + room);
    }
    if (needLow >= d0 && needHigh <= d1) break;
    low = Math.min(low, needLow);
    high = Math.max(high, needHigh);
    scale = niceTicks(low, high);
  }
  const [d0, d1] = scale.domain;
  const x = (v: number): number => plotLeft + ((v - d0) / (d1 - d0)) * plotWidth;
  const values = cells.map((c): PlacedLabel => {
    const w = textWidth(c.label);
    const [at, anchor] = c.value < 0 ? [x(reach(c)) - LABEL_PAD, 'end' as const] : [x(reach(c)) + LABEL_PAD, 'start' as const];
    const [left, right] = anchor === 'end' ? [at - w, at] : [at, at + w];
    return { barKey: c.barKey, categoryIndex: c.categoryIndex, text: c.label, x: round2(at), anchor, left, right };
  });
  return {
    width: CHART_WIDTH,
    height: margin.top + plotHeight + VALUE_AXIS_HEIGHT + margin.bottom,
    margin,
    plot: { left: plotLeft, top: margin.top, width: plotWidth, height: plotHeight },
    domain: scale.domain,
    ticks: scale.ticks,
    bandHeight,
    categoryLines,
    labelBlockHeight,
    barsHeight,
    lineHeight: LINE_HEIGHT,
    values,
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
