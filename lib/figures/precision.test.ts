import { describe, expect, it } from 'vitest';
import { getProjectData } from '../../build/data-files';
import { formatValue } from './format';
import { figureIntervals, justifiedDecimals, placeName, roundingRange, statedHalfUnit } from './precision';

describe('statedHalfUnit', () => {
  it('reads the precision the report wrote', () => {
    expect(statedHalfUnit('$2,563 million')).toBe(0.5);
    expect(statedHalfUnit('16.8 percent decrease')).toBeCloseTo(0.05);
    expect(statedHalfUnit('$1,061.46 million')).toBeCloseTo(0.005);
    expect(statedHalfUnit('$790 million')).toBe(5);
    expect(statedHalfUnit('11,000 tons')).toBe(500);
  });
});

describe('roundingRange', () => {
  it('is the value plus and minus half a unit of its last written digit', () => {
    expect(roundingRange({ value: 2563, value_text: '$2,563 million' })).toEqual({ low: 2562.5, high: 2563.5 });
    const r = roundingRange({ value: -16.8, value_text: '16.8 percent decrease' });
    expect(r.low).toBeCloseTo(-16.85, 10);
    expect(r.high).toBeCloseTo(-16.75, 10);
  });
});

/** A value as the site shows it at the precision its interval justifies (a count: no unit in the way). */
const shown = (value: number, interval: { low: number; high: number }): string =>
  formatValue(value, 'count', '', justifiedDecimals(interval));

describe('justifiedDecimals', () => {
  it('is the place of the largest power of ten no wider than the interval', () => {
    expect(justifiedDecimals({ low: 2562.5, high: 2563.5 })).toBe(0);
    expect(justifiedDecimals({ low: 3078.2, high: 3083.1 })).toBe(0);
    expect(justifiedDecimals({ low: 3070, high: 3095 })).toBe(-1);
    expect(justifiedDecimals({ low: -16.85, high: -16.75 })).toBe(1);
    expect(justifiedDecimals({ low: 1.2, high: 1.25 })).toBe(2);
    expect(justifiedDecimals({ low: 0, high: 999 })).toBe(-2);
  });

  it('reads a width that rounding left a hair under a power of ten as that power', () => {
    expect(justifiedDecimals({ low: -16.85, high: -16.750000000000004 })).toBe(1);
  });

  it('leaves an exact or unbounded result as computed', () => {
    expect(justifiedDecimals({ low: 5, high: 5 })).toBeUndefined();
    expect(justifiedDecimals({ low: -Infinity, high: Infinity })).toBeUndefined();
    expect(shown(3080.5288, { low: 3080.5288, high: 3080.5288 })).toBe('3,080.53');
  });

  it('rounds the value to that place, tens and hundreds too', () => {
    expect(shown(3080.5288, { low: 3078.2, high: 3083.1 })).toBe('3,081');
    expect(shown(3084.9, { low: 3070, high: 3095 })).toBe('3,080');
    expect(shown(-77.84, { low: -83.5, high: -72.1 })).toBe('−80');
  });
});

describe('figureIntervals', () => {
  const rows = getProjectData().figures.map((f) => ({ ...f.row, formula: f.formula }));
  const { pointOf, intervalOf } = figureIntervals(rows);

  it("gives a reported row its rounding range and a derived row its inputs' range through the formula", () => {
    expect(intervalOf('trade-exports-1990')).toEqual({ low: 2562.5, high: 2563.5 });
    // 1989 exports = 2,563 / (1 − 0.168): the example, about 3,078 to 3,083.
    const exports1989 = intervalOf('trade-exports-1989');
    expect(exports1989.low).toBeCloseTo(2562.5 / (1 - 0.1675), 6);
    expect(exports1989.high).toBeCloseTo(2563.5 / (1 - 0.1685), 6);
    expect(pointOf('trade-exports-1989')).toBeCloseTo(2563 / (1 - 0.168), 6);
    expect(shown(pointOf('trade-exports-1989'), exports1989)).toBe('3,081');
  });

  it('carries intervals down a chain of derived rows', () => {
    const width = (id: string): number => intervalOf(id).high - intervalOf(id).low;
    const surplus = intervalOf('trade-soviet-surplus-1989');
    expect(surplus.low).toBeLessThan(pointOf('trade-soviet-surplus-1989'));
    expect(surplus.high).toBeGreaterThan(pointOf('trade-soviet-surplus-1989'));
    expect(width('trade-soviet-surplus-1989')).toBeCloseTo(width('trade-imports-1989') + width('trade-exports-1989'), 9);
  });
});

describe('placeName', () => {
  it('names the place in words', () => {
    expect([-3, -1, 0, 1, 2, 4].map(placeName)).toEqual(['thousands', 'tens', 'units', 'one decimal', 'two decimals', 'four decimals']);
  });
});
