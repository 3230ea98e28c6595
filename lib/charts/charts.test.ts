import { describe, expect, it } from 'vitest';
import {
  CHART_DEFINITIONS,
  ChartShapeError,
  chartsForFigure,
  hasDerivedBar,
  shapeChart,
  shapeCharts,
  type ChartDefinition,
} from './charts';
import { getSiteModel } from '../../build/site';

const { figures } = getSiteModel();

describe('shapeChart', () => {
  it('puts each figure in its category and bar, with its citation data', () => {
    const spec = shapeChart(CHART_DEFINITIONS.find((d) => d.id === 'trade-annual') as ChartDefinition, figures);
    expect(spec.unitLabel).toBe('USD million');
    expect(spec.data.map((d) => d.category)).toEqual(['Exports', 'Imports', 'Total']);
    const exports = spec.data[0];
    const reported = figures.find((f) => f.id === 'trade-exports-1990');
    expect(exports?.values.y1990).toBe(reported?.value);
    expect(exports?.cells.y1990).toMatchObject({ figureId: 'trade-exports-1990', kind: 'reported', sentenceId: reported?.sentenceId });
    expect(exports?.cells.y1989).toMatchObject({ figureId: 'trade-exports-1989', kind: 'derived' });
    expect(exports?.cells.y1989?.formulaText).toContain('÷');
  });

  it('knows whether any bar is derived', () => {
    const shape = (id: string): ReturnType<typeof shapeChart> =>
      shapeChart(CHART_DEFINITIONS.find((d) => d.id === id) as ChartDefinition, figures);
    expect(hasDerivedBar(shape('trade-annual'))).toBe(true);
    expect(hasDerivedBar(shape('economy-changes'))).toBe(false);
  });

  it('refuses to put two units on one axis', () => {
    const mixed: ChartDefinition = {
      id: 'mixed',
      dataset: 'trade',
      title: 'Mixed',
      caption: '',
      bars: [{ key: 'v', label: 'value' }],
      categories: [
        { label: 'Exports', cells: { v: { series: 'exports', period: '1990' } } },
        { label: 'Change', cells: { v: { series: 'exports_change', period: '1990' } } },
      ],
    };
    expect(() => shapeChart(mixed, figures)).toThrow(ChartShapeError);
    expect(() => shapeChart(mixed, figures)).toThrow(/one axis, one unit/);
  });

  it('refuses a cell that names no figure', () => {
    const missing: ChartDefinition = {
      id: 'm',
      dataset: 'trade',
      title: 'M',
      caption: '',
      bars: [{ key: 'v', label: 'v' }],
      categories: [{ label: 'x', cells: { v: { series: 'exports', period: '1985' } } }],
    };
    expect(() => shapeChart(missing, figures)).toThrow(/no figure for exports 1985/);
  });

  it('shapes every chart of the site, each with a text alternative naming every value', () => {
    for (const spec of shapeCharts(figures)) {
      for (const d of spec.data) {
        for (const c of Object.values(d.cells)) if (c) expect(spec.summary).toContain(c.display);
      }
    }
  });

  it('finds the chart that draws a figure', () => {
    const specs = shapeCharts(figures);
    expect(chartsForFigure(specs, 'fisheries-salmon-trout-1991').map((s) => s.id)).toEqual(['fisheries-salmon']);
    expect(chartsForFigure(specs, 'payments-joint-ventures-1990-09-30')).toEqual([]);
  });
});
