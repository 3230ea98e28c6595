import { describe, expect, it } from 'vitest';
import { getProjectData } from '../../build/data-files';
import { reconcileFigures, runCheck, type CheckDefinition } from './reconcile';
import type { FigureRow } from '../data/schema';

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
const rows = (values: Record<string, [number, string]>): Array<FigureRow & { formula: null }> =>
  Object.entries(values).map(([id, [value, value_text]]) => ({ ...base, id, value, value_text, formula: null }));
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
  const results = reconcileFigures(getProjectData().figures.map((f) => ({ ...f.row, formula: f.formula })));
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

  it('words every check by its own numbers', () => {
    const summary = (id: string): string => results.find((x) => x.definition.id === id)?.summary ?? '';
    expect(summary('trade-total-1990')).toBe('The computed value, $5,914 million, equals the stated $5,914 million exactly.');
    // The $2 million gap is the gap between the numbers as shown, never rounded away.
    expect(summary('soviet-surplus-1990')).toMatch(/^The computed \$788 million differs from the stated \$790 million by \$2 million, /);
    // 1989's total is derived from the report's % changes, so it is named derived, not stated.
    expect(summary('trade-1989-implied')).toMatch(/ differs from the derived \$6,084 million by \$1 million, .*; derived range /);
    // The report does not state a 10 % cut: the check tests that value, and says so.
    expect(summary('fishery-cooperation-cut')).toBe('The computed value, −10.0 %, equals the tested value −10 % exactly.');
    for (const r of results) {
      const stated = r.comparedWith === 'stated';
      if (r.comparedWith) expect(r.summary.includes('the stated'), r.definition.id).toBe(stated);
    }
  });

  it('names the difference a reader can see, at the precision of the numbers shown', () => {
    for (const r of results) {
      const by = / by (−?\$?[\d,.]+)/.exec(r.summary);
      if (!by || r.difference === undefined) continue;
      const shown = Number((by[1] ?? '').replace(/[^\d.]/g, ''));
      expect(shown, r.definition.id).toBeGreaterThan(0);
      expect(Math.abs(shown - Math.abs(r.difference)), r.definition.id).toBeLessThanOrEqual(1);
    }
  });
});

describe('a check whose numbers differ only before rounding', () => {
  it('says they match once rounded and gives the difference before rounding', () => {
    const r = runCheck(sum, rows({ a: [2563.4, '$2,563 million'], b: [3351, '$3,351 million'], c: [5914, '$5,914 million'] }));
    expect(r.status).toBe('within rounding');
    expect(r.summary).toMatch(
      /^The computed \$5,914 million matches the stated \$5,914 million once rounded \(they differ by \$0\.4 million before rounding\)/,
    );
  });
});
