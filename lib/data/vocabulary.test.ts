import { describe, expect, it } from 'vitest';
import { comparePeriods, isPeriodCode, parsePeriod } from './vocabulary';

describe('period codes', () => {
  it.each(['1990', '1991-S1', '1991-S2', '1990-12', '1991-06-30', '1991/1994', '1990-08/1991-07'])('accepts %s', (code) => {
    expect(isPeriodCode(code)).toBe(true);
  });
  it.each(['90', '1991-H1', '1991-S3', '1991-13', '1991-02-30', '1994/1991', '1991/', 'first half', '1991-6-30'])('rejects %s', (code) => {
    expect(isPeriodCode(code)).toBe(false);
  });
  it('gives the dates a period covers', () => {
    expect(parsePeriod('1991-S1')).toMatchObject({ startDate: '1991-01-01', endDate: '1991-06-30', precision: 'half' });
    expect(parsePeriod('1990-12')).toMatchObject({ startDate: '1990-12-01', endDate: '1990-12-31' });
  });
  it('orders periods by time', () => {
    expect(['1991-S1', '1990', '1989', '1990-S1', '1991-06-30'].sort(comparePeriods)).toEqual([
      '1989',
      '1990-S1',
      '1990',
      '1991-S1',
      '1991-06-30',
    ]);
    expect(['1990/1991', '1990', '1990-08/1991-07'].sort(comparePeriods)).toEqual(['1990', '1990/1991', '1990-08/1991-07']);
    expect(['x', '1990', 'a'].sort(comparePeriods)).toEqual(['1990', 'a', 'x']);
  });
});
