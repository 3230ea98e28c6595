// How precise a number is. A stated number stands for the interval its rounding allows ("$2,563 million" for
// 2,562.5 to 2,563.5); a derived number carries the interval its inputs' intervals give through its formula; and a
// derived number is shown to no more digits than its interval justifies (PRECISION_RULE).

import { formatValue } from './format';
import { evaluateFormula, INTERVALS, NUMBERS, type Arithmetic, type Formula, type Interval } from '../data/formula';
import type { FigureRow } from '../data/schema';

class PrecisionError extends Error {
  override name = 'PrecisionError';
}

/** Half a unit of the last digit the report wrote: "2,563" → 0.5, "16.8" → 0.05, "790" → 5, "11,000" → 500. */
export function statedHalfUnit(valueText: string): number {
  const m = /(\d[\d,]*)(?:\.(\d+))?/.exec(valueText);
  if (!m) return 0;
  if (m[2]) return 0.5 * 10 ** -m[2].length;
  const digits = (m[1] ?? '').replace(/,/g, '');
  const trailingZeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return digits === '0' ? 0.5 : 0.5 * 10 ** Math.min(trailingZeros, digits.length - 1);
}

/** The range a stated figure stands for, given how the report rounded it: $2,563 million → 2,562.5 to 2,563.5. */
export function roundingRange(row: Pick<FigureRow, 'value' | 'value_text'>): Interval {
  const half = statedHalfUnit(row.value_text);
  return { low: row.value - half, high: row.value + half };
}

/** A row with its parsed derivation (null for a reported row). */
export type RowWithFormula = Pick<FigureRow, 'id' | 'kind' | 'value' | 'value_text'> & { formula: Formula | null };

/** Point values and intervals for every row: derived rows are recomputed from their inputs, unrounded. */
export function figureIntervals(rows: readonly RowWithFormula[]): {
  pointOf: (id: string) => number;
  intervalOf: (id: string) => Interval;
} {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // Derivation chains are short and acyclic (the validator refuses cycles), so this recursion stays shallow.
  const memo = <T>(arithmetic: Arithmetic<T>, stated: (r: RowWithFormula) => T): ((id: string) => T) => {
    const cache = new Map<string, T>();
    const of = (id: string): T => {
      const r = byId.get(id);
      if (!r) throw new PrecisionError(`unknown row "${id}"`);
      const value = cache.get(id) ?? (r.formula ? evaluateFormula(r.formula, arithmetic, of) : stated(r));
      cache.set(id, value);
      return value;
    };
    return of;
  };
  const pointOf = memo(NUMBERS, (r) => r.value);
  const intervalOf = memo(INTERVALS, roundingRange);
  return { pointOf, intervalOf };
}

/** The rule, in words, as /checks documents it. */
export const PRECISION_RULE =
  'A derived number is shown to the largest power of ten that is no wider than its interval: to units when the interval is 1 to 10 wide, to tens when it is 10 to 100 wide, to one decimal when it is 0.1 to 1 wide. That is how a stated number is written: the unit of its last digit is the width of the interval it stands for ("$2,563 million" stands for 2,562.5 to 2,563.5, 1 wide). An exact result (an interval of no width) is shown as computed.';

/** Most decimals ever shown: an exact result is not printed to the last bit of a double. */
const MAX_DECIMALS = 4;

/**
 * Decimal places the interval justifies (negative: round to tens, hundreds…), or undefined when it does not
 * constrain the value (no width: exact; or unbounded).
 */
export function justifiedDecimals(interval: Interval): number | undefined {
  const width = interval.high - interval.low;
  if (!Number.isFinite(width) || width <= 0) return undefined;
  // toPrecision first: 0.1 wide computes as 0.09999999999999964 from rounded inputs.
  const places = -Math.floor(Math.log10(Number(width.toPrecision(12))));
  return Math.min(MAX_DECIMALS, places === 0 ? 0 : places); // never -0
}

const PLACES: Readonly<Record<number, string>> = {
  [-6]: 'millions',
  [-5]: 'hundreds of thousands',
  [-4]: 'tens of thousands',
  [-3]: 'thousands',
  [-2]: 'hundreds',
  [-1]: 'tens',
  0: 'units',
  1: 'one decimal',
  2: 'two decimals',
  3: 'three decimals',
  4: 'four decimals',
};

/** The place a number is shown to, in words: "units", "tens", "one decimal", "two decimals". */
export function placeName(decimals: number): string {
  return PLACES[decimals] ?? (decimals > 0 ? `${decimals} decimals` : `multiples of 10^${-decimals}`);
}

/**
 * An interval as text, for a value shown at `decimals` places: its bounds a place finer (at its own place, "−20 %"
 * from 9,000 and 11,000 tons would read "−30 % to 0 %" for −26.1 to −9.5), rounded outwards to hold the whole interval.
 */
export function formatInterval(interval: Interval, unit: string, scale: string, decimals: number | undefined): string {
  const places = decimals === undefined ? undefined : decimals + 1;
  const unitStep = 10 ** -(places ?? 4);
  const low = places === undefined ? interval.low : Math.floor(Number((interval.low / unitStep).toPrecision(12))) * unitStep;
  const high = places === undefined ? interval.high : Math.ceil(Number((interval.high / unitStep).toPrecision(12))) * unitStep;
  return `${formatValue(low, unit, scale, places)} to ${formatValue(high, unit, scale, places)}`;
}
