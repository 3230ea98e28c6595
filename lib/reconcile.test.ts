import { describe, expect, it } from 'vitest';
import { getProjectData } from './load-data';
import { reconcileFigures, runCheck, type CheckDefinition } from './reconcile';
import type { FigureRow } from './schema';

const base: Omit<FigureRow, 'id' | 'value' | 'value_text'> = {
  series: 'exports',
  period: '1990',
  unit: 'USD',
  scale: 'million',
  base_period: '',
  kind: 'reported',
  quote: 'q',
  derivation: '',
  restates: '',
  note: '',
};
const rows = (values: Record<string, [number, string]>): FigureRow[] =>
  Object.entries(values).map(([id, [value, value_text]]) => ({ ...base, id, value, value_text }));
const sum: CheckDefinition = {
  id: 'sum',
  title: 't',
  computed: '{a} + {b}',
  relation: 'equals',
  stated: '{c}',
  unit: 'USD',
  scale: 'million',
  claim: '',
};

describe('runCheck', () => {
  it('holds when the arithmetic is exact', () => {
    expect(runCheck(sum, rows({ a: [2563, '$2,563 million'], b: [3351, '$3,351 million'], c: [5914, '$5,914 million'] })).status).toBe(
      'holds',
    );
  });
  it('is within rounding when the gap fits the stated precision', () => {
    const r = runCheck(sum, rows({ a: [2563, '$2,563 million'], b: [3351, '$3,351 million'], c: [5915, '$5,915 million'] }));
    expect(r.status).toBe('within rounding');
    expect(r.difference).toBe(-1);
  });
  it('contradicts when the gap is larger than rounding allows', () => {
    const r = runCheck(sum, rows({ a: [2563, '$2,563 million'], b: [3351, '$3,351 million'], c: [5921, '$5,921 million'] }));
    expect(r.status).toBe('contradicts');
    expect(r.summary).toMatch(/more than the report's rounding allows/);
  });
  it('checks a sign', () => {
    const neg: CheckDefinition = { ...sum, computed: '{a} - {b}', relation: 'negative', stated: undefined };
    expect(runCheck(neg, rows({ a: [1, '1 million'], b: [5, '$5 million'] })).status).toBe('holds');
    expect(runCheck(neg, rows({ a: [5, '$5 million'], b: [1, '$1 million'] })).status).toBe('contradicts');
  });
});

describe('the report’s own checks', () => {
  const results = reconcileFigures(getProjectData().figures.map((f) => f.row));
  const status = (id: string): string | undefined => results.find((r) => r.definition.id === id)?.status;

  it('finds 1990 exports plus imports equal to total trade', () => expect(status('trade-total-1990')).toBe('holds'));
  it('finds the $790 million surplus $2 million off imports minus exports, within its rounding', () => {
    const r = results.find((x) => x.definition.id === 'soviet-surplus-1990');
    expect(r?.status).toBe('within rounding');
    expect(r?.difference).toBeCloseTo(-2, 9);
  });
  it('finds the three 1990 % changes consistent about 1989', () => expect(status('trade-1989-implied')).toBe('within rounding'));
  it('finds 1989 a Soviet deficit, as "first surplus since 1974" implies', () => expect(status('soviet-deficit-1989')).toBe('holds'));
  it('finds ¥3,150 million → ¥2,835 million exactly a 10 % cut', () => expect(status('fishery-cooperation-cut')).toBe('holds'));
  it('lists reported inputs before derived ones', () => {
    const r = results.find((x) => x.definition.id === 'trade-1989-implied');
    expect(r?.inputIds.slice(0, 2)).toEqual(['trade-exports-1990', 'trade-exports-change-1990']);
    expect(r?.inputIds.at(-1)).toBe('trade-total-1989');
  });
});
