// Checks CSV records against a zod object schema one column at a time, so that a cell value repeated down a
// column (a unit, a series, an empty note) is checked once rather than once per row. Every verdict still comes
// from the schema's own field schemas; a row object is only assembled from their outputs.
// This gives the same result as `schema.safeParse(row)` because our row schemas are strict objects of
// independent fields with no object-level checks, and the header check guarantees exactly their keys
// (row-validator.test.ts compares the two on valid and invalid rows). A remembered output is shared by every
// row with that cell, which is safe because our field outputs are strings and numbers.

import { z } from 'zod';

export interface FieldIssue {
  column: string;
  message: string;
}

export type RowResult<T> = { ok: true; row: T } | { ok: false; issues: FieldIssue[] };

type FieldResult = { ok: true; value: unknown } | { ok: false; messages: string[] };

/** Distinct values remembered per column. */
const CACHE_LIMIT = 256;

class ColumnCheck {
  private readonly cache = new Map<string, FieldResult>();
  private lastCell: string | undefined;
  private lastResult: FieldResult | undefined;
  // Once the cache is full and misses outnumber hits, the column's values are mostly unique (ids, periods):
  // looking them up would cost a hash per cell for nothing.
  private useCache = true;
  private hits = 0;
  private lookups = 0;
  /** A plain `z.string()` accepts every cell: calling it per row would only cost time. */
  readonly acceptsAnyString: boolean;

  constructor(
    readonly column: string,
    readonly index: number,
    private readonly schema: z.ZodType,
    private readonly normalize: (cell: string) => string,
  ) {
    this.acceptsAnyString = schema instanceof z.ZodString && (schema.def.checks ?? []).length === 0;
  }

  check(cell: string): FieldResult {
    if (cell === this.lastCell && this.lastResult) return this.lastResult;
    let result: FieldResult | undefined;
    if (this.useCache) {
      this.lookups++;
      result = this.cache.get(cell);
      if (result) this.hits++;
      else if (this.cache.size >= CACHE_LIMIT && this.hits * 2 < this.lookups) this.useCache = false;
    }
    if (!result) {
      const parsed = this.schema.safeParse(this.normalize(cell));
      result = parsed.success ? { ok: true, value: parsed.data } : { ok: false, messages: parsed.error.issues.map((i) => i.message) };
      if (this.useCache && this.cache.size < CACHE_LIMIT) this.cache.set(cell, result);
    }
    this.lastCell = cell;
    this.lastResult = result;
    return result;
  }
}

export type RowValidator<T> = (record: readonly string[]) => RowResult<T>;

/** Field outputs in the order of the schema's keys. */
export type FieldValues = readonly unknown[];

/**
 * A validator for records laid out as `header` says; `normalize` is applied to every cell first (it must be pure:
 * results are remembered by raw cell). `build` assembles a row from the field outputs; by default keys are added
 * one by one, which is generic but slow for many rows. `build` must copy the values: their array is reused. Throws if the header lacks one of the schema's columns.
 */
export function createRowValidator<S extends z.ZodObject, T = z.output<S>>(
  schema: S,
  header: readonly string[],
  normalize: (cell: string) => string,
  build?: (values: FieldValues) => T,
): RowValidator<T> {
  const checks = Object.entries(schema.shape as Record<string, z.ZodType>).map(([column, field]) => {
    const index = header.indexOf(column);
    if (index < 0) throw new RowValidatorError(`header has no column "${column}"`);
    return new ColumnCheck(column, index, field, normalize);
  });
  const assemble =
    build ??
    ((values: FieldValues): T => {
      const row: Record<string, unknown> = {};
      checks.forEach((c, i) => {
        row[c.column] = values[i];
      });
      return row as T;
    });
  // One buffer for every row: `assemble` copies the values out, so a row never shares it.
  const values: unknown[] = new Array(checks.length);
  return (record) => {
    let issues: FieldIssue[] | undefined;
    for (let i = 0; i < checks.length; i++) {
      const c = checks[i] as ColumnCheck;
      const cell = record[c.index] ?? '';
      if (c.acceptsAnyString) {
        values[i] = normalize(cell);
        continue;
      }
      const result = c.check(cell);
      if (result.ok) values[i] = result.value;
      else for (const message of result.messages) (issues ??= []).push({ column: c.column, message });
    }
    return issues ? { ok: false, issues } : { ok: true, row: assemble(values) };
  };
}

export class RowValidatorError extends Error {
  override name = 'RowValidatorError';
}
