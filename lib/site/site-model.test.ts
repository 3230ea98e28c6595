import { describe, expect, it } from 'vitest';
import { getChart, getFigure, getSiteModel } from '../../build/site';
import { allCharts, buildDate } from './site-model';

describe('the site model', () => {
  const d = getSiteModel();

  it('composes figures, charts and checks once', () => {
    expect(getSiteModel()).toBe(d);
    expect(d.figures.length).toBe(d.figureById.size);
    expect(d.charts.length).toBeGreaterThan(0);
    expect(allCharts(d)).toEqual([...d.charts, ...d.comparisonCharts]);
    expect(d.checks.every((c) => c.status !== 'contradicts')).toBe(true);
  });

  it('finds a chart or figure by id, and fails loudly on an unknown one', () => {
    expect(getChart('trade-annual').unitLabel).toBe('USD million');
    expect(getFigure('trade-exports-1990').value).toBe(2563);
    expect(() => getChart('nope')).toThrow(/no chart "nope"/);
    expect(() => getFigure('nope')).toThrow(/no figure "nope"/);
  });
});

describe('buildDate', () => {
  it('is SOURCE_DATE_EPOCH when set, for a reproducible build, and now otherwise', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1764590400' }).toISOString()).toBe('2025-12-01T00:00:00.000Z');
    expect(buildDate({}).toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(buildDate({}).toISOString().slice(10)).toBe('T00:00:00.000Z');
  });
});
