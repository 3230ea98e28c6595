import { describe, expect, it } from 'vitest';
import { capitalise, formatBase, formatPeriod, formatPeriodShort, formatUnit, formatValue } from './format';

describe('formatValue', () => {
  it.each([
    [2563, 'USD', 'million', '$2,563 million'],
    [1061.46, 'USD', 'million', '$1,061.46 million'],
    [-77.84, 'USD', 'million', '\u2212$77.84 million'],
    [2835, 'JPY', 'million', '¥2,835 million'],
    [15, 'DEM', 'billion', 'DEM 15 billion'],
    [250, 'SUR', 'billion', 'SUR 250 billion'],
    [-16.8, 'percent_change', '', '\u221216.8 %'],
    [11.6, 'percent_change', '', '+11.6 %'],
    [85, 'percent', '', '85 %'],
    [-3.4, 'percentage_points', '', '\u22123.4 pp'],
    [182000, 'tonnes', '', '182,000 t'],
    [4, 'rank', '', '4th'],
    [34, 'count', '', '34'],
  ])('%d %s %s → %s', (value, unit, scale, expected) => {
    expect(formatValue(value, unit, scale)).toBe(expected);
  });
});

describe('formatValue at a justified precision', () => {
  it.each([
    [3080.5288, 'USD', 'million', 0, '$3,081 million'],
    [3084.9, 'USD', 'million', -1, '$3,080 million'],
    [-77.84, 'USD', 'million', 0, '\u2212$78 million'],
    [-16.8, 'percent_change', '', 2, '\u221216.80 %'],
    [-18.18, 'percent_change', '', -1, '\u221220 %'],
    [182300, 'tonnes', '', -3, '182,000 t'],
    [2743.6949, 'USD', 'million', 2, '$2,743.69 million'],
    [-0.04, 'percentage_points', '', 1, '0.0 pp'],
  ])('%d %s %s at %d decimals → %s', (value, unit, scale, decimals, expected) => {
    expect(formatValue(value, unit, scale, decimals)).toBe(expected);
  });
});

describe('periods and units', () => {
  it('names periods for reading', () => {
    expect(formatPeriod('1991-S1')).toBe('first half of 1991');
    expect(formatPeriod('1991-06-30')).toBe('30 June 1991');
    expect(formatPeriod('1990-12')).toBe('December 1990');
    expect(formatPeriod('1991/1994')).toBe('1991\u20131994');
    expect(formatPeriodShort('1991-S1')).toBe('H1 1991');
    expect(formatBase('1990-S1')).toBe('against the first half of 1990');
    expect(formatBase('1989')).toBe('against 1989');
  });
  it('labels units for axes', () => {
    expect(formatUnit('USD', 'million')).toBe('USD million');
    expect(formatUnit('percent_change')).toBe('% change');
  });
});

describe('capitalise', () => {
  it('capitalises the first letter only, and leaves a number as it is', () => {
    expect(capitalise('first half of 1991')).toBe('First half of 1991');
    expect(capitalise('1990')).toBe('1990');
    expect(capitalise('')).toBe('');
  });
});
