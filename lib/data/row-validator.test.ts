import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRowValidator, RowValidatorError, type RowResult } from './row-validator';
import { DATASET_COLUMNS, DATASET_SCHEMAS, figuresCsvRowSchema, FIGURES_COLUMNS } from './schema';

const valid: Record<(typeof DATASET_COLUMNS)[number], string> = {
  id: 'trade-exports-1989',
  series: 'exports',
  period: '1989',
  value: '3080.53',
  unit: 'USD',
  scale: 'million',
  base_period: '',
  kind: 'derived',
  value_text: '',
  quote: '',
  derivation: '{trade-exports-1990} / (1 + {trade-exports-change-1990} / 100)',
  restates: '',
  note: 'a note',
};

/** One fault per row, each in a different field. */
const faults: Partial<typeof valid>[] = [
  {},
  { id: 'Bad Id' },
  { series: 'gnp' },
  { period: '1991-13' },
  { value: '1,234' },
  { value: 'NaN' },
  { unit: 'roubles' },
  { scale: 'thousand' },
  { base_period: '19' },
  { kind: 'estimated' },
  { restates: 'NOT AN ID' },
  { id: 'Bad Id', unit: 'roubles', value: '' },
];

/** What the whole-object parse says, in the validator's terms. */
function viaObject(schema: z.ZodObject, row: Record<string, string>): RowResult<unknown> {
  const r = schema.safeParse(row);
  return r.success
    ? { ok: true, row: r.data }
    : { ok: false, issues: r.error.issues.map((i) => ({ column: String(i.path[0]), message: i.message })) };
}

describe('createRowValidator', () => {
  it('agrees with the whole-row zod parse on valid and invalid rows, in any column order', () => {
    const header = [...DATASET_COLUMNS].reverse();
    const validate = createRowValidator(DATASET_SCHEMAS.trade, header, (c) => c);
    for (const fault of faults) {
      const row = { ...valid, ...fault };
      expect(validate(header.map((c) => row[c]))).toEqual(viaObject(DATASET_SCHEMAS.trade, row));
    }
  });

  it('gives the same verdict for a repeated cell as for its first occurrence (remembered results)', () => {
    const validate = createRowValidator(DATASET_SCHEMAS.trade, DATASET_COLUMNS, (c) => c);
    const rows = [valid, { ...valid, unit: 'roubles' }, valid, { ...valid, unit: 'roubles' }];
    // Enough distinct ids and periods to fill and retire the per-column memory, then the repeats again.
    for (let i = 0; i < 600; i++) rows.push({ ...valid, id: `row-${i}`, period: `${1000 + i}` });
    rows.push({ ...valid, unit: 'roubles' }, { ...valid, period: 'x' }, valid);
    for (const row of rows) {
      expect(validate(DATASET_COLUMNS.map((c) => row[c]))).toEqual(viaObject(DATASET_SCHEMAS.trade, row));
    }
  });

  it('normalises every cell before checking it, including columns that accept any string', () => {
    const validate = createRowValidator(DATASET_SCHEMAS.trade, DATASET_COLUMNS, (c) => c.trim());
    const result = validate(DATASET_COLUMNS.map((c) => ` ${valid[c]} `));
    expect(result).toEqual(viaObject(DATASET_SCHEMAS.trade, valid));
  });

  it('uses the given builder with values in schema key order', () => {
    const validate = createRowValidator(
      DATASET_SCHEMAS.trade,
      DATASET_COLUMNS,
      (c) => c,
      (v) => v.slice(0, 4),
    );
    expect(validate(DATASET_COLUMNS.map((c) => valid[c]))).toEqual({ ok: true, row: ['trade-exports-1989', 'exports', '1989', 3080.53] });
  });

  it('reads only its own columns from a wider header (figures.csv checked against a dataset schema)', () => {
    const row: Record<string, string> = { ...valid, dataset: 'trade', sentence_id: '', value_low: '', value_high: '' };
    const cells = FIGURES_COLUMNS.map((c) => row[c] ?? '');
    expect(createRowValidator(DATASET_SCHEMAS.trade, FIGURES_COLUMNS, (c) => c)(cells)).toEqual(viaObject(DATASET_SCHEMAS.trade, valid));
    expect(createRowValidator(figuresCsvRowSchema, FIGURES_COLUMNS, (c) => c)(cells)).toEqual(viaObject(figuresCsvRowSchema, row));
  });

  it('refuses a header without one of the schema columns', () => {
    expect(() => createRowValidator(DATASET_SCHEMAS.trade, DATASET_COLUMNS.slice(1), (c) => c)).toThrow(RowValidatorError);
    expect(() => createRowValidator(DATASET_SCHEMAS.trade, DATASET_COLUMNS.slice(1), (c) => c)).toThrow('header has no column "id"');
  });
});

describe('dataset schemas', () => {
  it('have their keys in DATASET_COLUMNS order, which the validator’s row builder relies on', () => {
    for (const schema of Object.values(DATASET_SCHEMAS)) expect(Object.keys(schema.shape)).toEqual([...DATASET_COLUMNS]);
  });
});
