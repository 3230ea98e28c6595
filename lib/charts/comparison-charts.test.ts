import { describe, expect, it } from 'vitest';
import { barLegendLabel } from './charts';
import { compareFigures } from '../figures/compare';
import { changeNotes, comparisonChartId, comparisonCharts } from './comparison-charts';
import { formatPeriod } from '../figures/format';
import { getSiteModel } from '../../build/site';
import { comparePath } from '../site/routes';
import { compareRoutes } from '../site/pages';

const { figures } = getSiteModel();
const compare = (dataset: string, a: string, b: string): Extract<ReturnType<typeof compareFigures>, { ok: true }> => {
  const r = compareFigures(figures, { dataset, a, b });
  if (!r.ok) throw new Error(r.problems.join());
  return r;
};

describe('comparisonCharts', () => {
  it('draws A and B as paired bars per series, one chart per unit, on the comparison page', () => {
    const result = compare('trade', '1989', '1990');
    const charts = comparisonCharts(result, figures);
    // The report's % changes from 1989 to 1990 are printed under the levels' bars, not drawn again as bars.
    expect(charts.map((c) => c.id)).toEqual([comparisonChartId('trade', '1989', '1990', 'usd-million')]);
    const [chart] = charts;
    expect(chart?.pagePath).toBe(comparePath('trade', '1989', '1990'));
    expect(chart?.bars.map(barLegendLabel)).toEqual(['A: 1989 (some values derived)', 'B: 1990']);
    const exports = chart?.data.find((d) => d.category === result.rows.find((r) => r.series === 'exports')?.seriesLabel);
    expect(exports?.cells.a?.figureId).toBe('trade-exports-1989');
    expect(exports?.cells.b?.figureId).toBe('trade-exports-1990');
    expect(exports?.cells.a?.kind).toBe('derived');
  });

  it('never puts two units on one axis, and leaves ranks to the table', () => {
    for (const route of compareRoutes(figures).filter((r) => r.a !== r.b)) {
      const result = compare(route.dataset, route.a, route.b);
      const charts = comparisonCharts(result, figures);
      expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
      for (const chart of charts) {
        const units = new Set(
          chart.data.flatMap((d) => Object.values(d.cells).flatMap((c) => (c ? [figures.find((f) => f.id === c.figureId)?.unit] : []))),
        );
        expect(units.size, chart.id).toBe(1);
        expect(units.has('rank'), chart.id).toBe(false);
      }
    }
  });

  it('charts every series that has a value in either period, but a stated % change only under its level', () => {
    const result = compare('trade', '1990-S1', '1991-S1');
    const charted = comparisonCharts(result, figures).flatMap((c) => c.data.map((d) => d.category));
    const printed = new Set(result.rows.flatMap((r) => (r.percentFigure ? [r.percentFigure.id] : [])));
    const expected = result.rows
      .filter((r) => (r.a ?? r.b)?.unit !== 'rank' && ![r.a, r.b].every((x) => !x || printed.has(x.id)))
      .map((r) => r.seriesLabel);
    expect(printed.size).toBeGreaterThan(0);
    expect(charted.sort()).toEqual(expected.sort());
  });
});

describe('changeNotes', () => {
  it('prints a computed change as derived and a stated % change as stated', () => {
    const result = compare('trade', '1989', '1990');
    const exports = result.rows.find((r) => r.series === 'exports');
    if (!exports) throw new Error('no exports row');
    expect(changeNotes(exports, '1989', '1990')).toEqual([
      { text: `Change: ${exports.change?.display}`, derived: true },
      { text: '% change: −16.8 %', derived: false },
    ]);
  });

  it('marks a % change computed here as derived', () => {
    const result = compare('trade', '1989', '1991-S1');
    const exports = result.rows.find((r) => r.series === 'exports');
    if (!exports) throw new Error('no exports row');
    expect(changeNotes(exports, '1989', '1991-S1').at(-1)).toEqual({ text: `% change: ${exports.percentChange?.display}`, derived: true });
  });

  it('says which period has no figure instead of a change', () => {
    const result = compare('trade', '1990', '1991-S1');
    const oneSided = result.rows.find((r) => !r.a !== !r.b);
    if (!oneSided) throw new Error('expected a series stated for one period only');
    const missing = formatPeriod(oneSided.a ? '1991-S1' : '1990');
    expect(changeNotes(oneSided, '1990', '1991-S1')).toEqual([{ text: `No figure for ${missing}`, derived: false }]);
  });
});
