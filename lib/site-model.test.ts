import { describe, expect, it } from 'vitest';
import { getChart, getSiteModel, getFigure } from './site-model';

describe('getSiteModel', () => {
  const d = getSiteModel();

  it('composes figures, charts and checks once', () => {
    expect(getSiteModel()).toBe(d);
    expect(d.figures.length).toBe(d.figureById.size);
    expect(d.charts.length).toBeGreaterThan(0);
    expect(d.checks.every((c) => c.status !== 'contradicts')).toBe(true);
  });

  it('finds a chart or figure by id, and fails loudly on an unknown one', () => {
    expect(getChart('trade-annual').unitLabel).toBe('USD million');
    expect(getFigure('trade-exports-1990').value).toBe(2563);
    expect(() => getChart('nope')).toThrow(/no chart "nope"/);
    expect(() => getFigure('nope')).toThrow(/no figure "nope"/);
  });
});
