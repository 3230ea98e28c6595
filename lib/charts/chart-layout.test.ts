import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, LABEL_PAD, layoutChart, niceStep, niceTicks, textWidth, wrapText, type LayoutInput } from './chart-layout';
import { formatNumber } from '../figures/format';
import { allCharts } from '../../build/site';

const cell = (
  value: number,
  label: string,
  interval: [number, number] | null = null,
): LayoutInput['categories'][number]['cells'][string] => ({
  value,
  interval,
  label,
});

describe('niceTicks', () => {
  it.each([
    [0, 5914],
    [-78, 790],
    [-10, 43],
    [-20.2, 0],
    [0, 0.4],
    [0, 11000],
    [-1_000_000, 3],
  ])('steps from %d to %d by 1, 2 or 5 × 10ⁿ, covering both and zero', (low, high) => {
    const { domain, ticks } = niceTicks(low, high);
    const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
    const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(6));
    expect([1, 2, 5]).toContain(mantissa);
    expect(domain[0]).toBeLessThanOrEqual(Math.min(low, 0));
    expect(domain[1]).toBeGreaterThanOrEqual(Math.max(high, 0));
    expect(ticks).toContain(0);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks.length).toBeLessThanOrEqual(7);
    for (const t of ticks) expect(Math.abs(t / step - Math.round(t / step))).toBeLessThan(1e-6);
  });

  it('does not widen an axis whose end is already on a step', () => {
    expect(niceTicks(0, 6000).domain).toEqual([0, 6000]);
    expect(niceStep(0)).toBe(1);
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width and keeps every word', () => {
    const text = "Japan's exports to the Soviet Union, first half of 1990 and of 1991";
    const lines = wrapText(text, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text);
  });

  it('lets a word longer than a line stand alone rather than cut it', () => {
    expect(wrapText('a verylongwordthatcannotbreak b', 60)).toEqual(['a', 'verylongwordthatcannotbreak', 'b']);
  });
});

describe('layoutChart', () => {
  const input: LayoutInput = {
    barKeys: ['a', 'b'],
    categories: [
      {
        label: 'Exports',
        notes: ['Change: −$518 million'],
        cells: { a: cell(3080.53, '$3,081 million', [3078, 3083]), b: cell(2563, '$2,563 million') },
      },
      { label: 'Soviet trade surplus with Japan', cells: { a: cell(-78, '−$78 million', [-80, -76]), b: cell(790, '$790 million') } },
      { label: 'No figure in A', cells: { a: null, b: cell(10, '$10 million') } },
    ],
  };
  const layout = layoutChart(input);
  const x = (v: number): number => layout.plot.left + ((v - layout.domain[0]) / (layout.domain[1] - layout.domain[0])) * layout.plot.width;

  it('prints every value beyond its bar and its interval, inside the plot', () => {
    expect(layout.values).toHaveLength(5);
    for (const v of layout.values) {
      const c = input.categories[v.categoryIndex]?.cells[v.barKey];
      if (!c) throw new Error('a label with no cell');
      expect(v.text).toBe(c.label);
      expect(v.left).toBeGreaterThanOrEqual(layout.plot.left);
      expect(v.right).toBeLessThanOrEqual(layout.plot.left + layout.plot.width);
      if (c.value < 0) expect(v.right).toBeLessThanOrEqual(x(Math.min(c.value, c.interval?.[0] ?? c.value)) - LABEL_PAD + 1e-6);
      else expect(v.left).toBeGreaterThanOrEqual(x(Math.max(c.value, c.interval?.[1] ?? c.value)) + LABEL_PAD - 1e-6);
    }
  });

  it('runs negative values leftwards from zero and positive ones rightwards', () => {
    const negative = layout.values.find((v) => v.text === '−$78 million');
    expect(negative?.anchor).toBe('end');
    expect(negative && negative.right).toBeLessThan(x(0));
    expect(layout.values.filter((v) => v !== negative).every((v) => v.anchor === 'start' && v.left > x(0))).toBe(true);
  });

  it('gives each category room above its bars for its label and notes, and sizes the drawing to fit', () => {
    for (const lines of layout.categoryLines) {
      const count = lines.label.length + lines.notes.flat().length;
      expect(count * layout.lineHeight).toBeLessThanOrEqual(layout.labelBlockHeight);
    }
    expect(layout.bandHeight).toBeGreaterThanOrEqual(layout.barsHeight + layout.labelBlockHeight);
    expect(layout.plot.height).toBe(layout.bandHeight * input.categories.length);
    expect(layout.height).toBeGreaterThan(layout.plot.top + layout.plot.height);
    expect(layout.width).toBe(CHART_WIDTH);
  });

  it('fits every printed value of every chart the site draws', () => {
    const charts = allCharts();
    expect(charts.length).toBeGreaterThan(10);
    for (const chart of charts) {
      const { plot, values } = chart.layout;
      for (const v of values) {
        expect(v.left, `${chart.id}: ${v.text}`).toBeGreaterThanOrEqual(plot.left);
        expect(v.right, `${chart.id}: ${v.text}`).toBeLessThanOrEqual(plot.left + plot.width);
      }
      // Tick labels are centred on their ticks: the end ones must not run off the drawing.
      const { domain, ticks, width } = chart.layout;
      for (const tick of ticks) {
        const at = plot.left + ((tick - domain[0]) / (domain[1] - domain[0])) * plot.width;
        const half = textWidth(formatNumber(tick)) / 2;
        expect(at - half, `${chart.id}: tick ${tick}`).toBeGreaterThanOrEqual(0);
        expect(at + half, `${chart.id}: tick ${tick}`).toBeLessThanOrEqual(width);
      }
      for (const lines of chart.layout.categoryLines)
        for (const line of [...lines.label, ...lines.notes.flat()])
          expect(textWidth(line), `${chart.id}: ${line}`).toBeLessThanOrEqual(plot.width);
    }
  });
});
