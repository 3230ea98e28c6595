import { describe, expect, it } from 'vitest';
import { decimalPlaces, parseValueText } from './value-text';

describe('parseValueText', () => {
  it.each([
    ['$2,563 million', 2563, 'million', ['USD']],
    ['$1,061.46 million', 1061.46, 'million', ['USD']],
    ['\\2,835 million', 2835, 'million', ['JPY']],
    ['\\2.6 billion', 2.6, 'billion', ['JPY']],
    ['15 billion deutschemarks', 15, 'billion', ['DEM']],
    ['250 billion rubles', 250, 'billion', ['SUR']],
    ['182,000 tons', 182000, '', ['tonnes']],
    ['16.8 percent decrease', -16.8, '', ['percent_change']],
    ['dropped by 2 percent', -2, '', ['percent_change']],
    ['6 percent drop', -6, '', ['percent_change']],
    ['grew by 11.6 percent', 11.6, '', ['percent_change']],
    ['by 43 percent', 43, '', ['percent_change', 'percent']],
    ['85 percent', 85, '', ['percent_change', 'percent']],
    ['34', 34, '', ['count']],
    ['fourth', 4, '', ['rank']],
  ])('reads %s', (text, value, scale, units) => {
    expect(parseValueText(text)).toEqual({ value, scale, compatibleUnits: units });
  });

  it.each([
    ['', /empty/],
    ['about a third', /not a number/],
    ['2,563 million', /no currency/],
    ['$15 billion deutschemarks', /currency twice/],
    ['a 3 percent rise and 4 percent decrease', /both increase and decrease/],
    ['3 percent of 40 cases', /more than one number/],
  ])('rejects %j', (text, message) => {
    expect(parseValueText(text)).toMatch(message);
  });
});

describe('decimalPlaces', () => {
  it('counts decimals as written', () => {
    expect(decimalPlaces('1061.46')).toBe(2);
    expect(decimalPlaces('-16.8')).toBe(1);
    expect(decimalPlaces('483')).toBe(0);
  });
});
