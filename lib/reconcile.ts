// Arithmetic cross-checks between the report's figures. Tolerances come from the report's own
// rounding: each stated number stands for an interval (2,563 → 2,562.5…2,563.5), derived values carry
// their inputs' intervals through their formulas, and a check compares intervals.

import { evaluateFormula, INTERVALS, NUMBERS, parseFormula, type Interval } from './formula';
import { formatValue } from './format';
import type { FigureRow } from './schema';

type CheckStatus = 'holds' | 'within rounding' | 'contradicts';

export type { Interval };

export interface CheckDefinition {
  id: string;
  title: string;
  /** What is computed, as a formula over row ids. */
  computed: string;
  /** `equals`: computed = stated (a row or a constant); `negative`/`positive`: the sign. */
  relation: 'equals' | 'negative' | 'positive';
  stated?: string;
  /** The unit and scale the two sides are in. */
  unit: string;
  scale: string;
  /** Why the check exists, in the report's terms. */
  claim: string;
}

export interface CheckResult {
  definition: CheckDefinition;
  status: CheckStatus;
  computedValue: number;
  computedInterval: Interval;
  statedValue?: number;
  statedInterval?: Interval;
  difference?: number;
  /** Every row the check reads, reported rows first as the citations. */
  inputIds: string[];
  /** One plain sentence saying what was found. */
  summary: string;
}

const CHECKS: readonly CheckDefinition[] = [
  {
    id: 'trade-total-1990',
    title: 'Exports plus imports equal total trade, 1990',
    computed: '{trade-exports-1990} + {trade-imports-1990}',
    relation: 'equals',
    stated: '{trade-total-1990}',
    unit: 'USD',
    scale: 'million',
    claim: 'The report gives exports, imports and total trade for 1990 separately.',
  },
  {
    id: 'soviet-surplus-1990',
    title: 'Imports minus exports against the stated Soviet surplus, 1990',
    computed: '{trade-imports-1990} - {trade-exports-1990}',
    relation: 'equals',
    stated: '{trade-soviet-surplus-1990}',
    unit: 'USD',
    scale: 'million',
    claim: 'The report states the Soviet surplus alongside exports and imports, so the three can be checked against each other.',
  },
  {
    id: 'trade-1989-implied',
    title: 'The three 1990 % changes imply the same 1989 total',
    computed: '{trade-exports-1989} + {trade-imports-1989}',
    relation: 'equals',
    stated: '{trade-total-1989}',
    unit: 'USD',
    scale: 'million',
    claim:
      'Exports, imports and total trade each come with a stated change against 1989, so each implies a 1989 level; the parts should add up to the whole.',
  },
  {
    id: 'soviet-deficit-1989',
    title: 'The Soviet Union had no surplus in 1989',
    computed: '{trade-imports-1989} - {trade-exports-1989}',
    relation: 'negative',
    unit: 'USD',
    scale: 'million',
    claim: 'The report calls the 1990 surplus the first in years, so the implied 1989 balance should be a Soviet deficit.',
  },
  {
    id: 'soviet-surplus-1990-sign',
    title: 'The Soviet Union had a surplus in 1990',
    computed: '{trade-imports-1990} - {trade-exports-1990}',
    relation: 'positive',
    unit: 'USD',
    scale: 'million',
    claim: 'The report says the Soviet Union recorded a trade surplus with Japan.',
  },
  {
    id: 'fishery-cooperation-cut',
    title: 'Fishery cooperation expenditures were cut by exactly one tenth',
    computed: '({fisheries-cooperation-1991} / {fisheries-cooperation-1990} - 1) * 100',
    relation: 'equals',
    stated: '-10',
    unit: 'percent_change',
    scale: '',
    claim:
      'The 1991 expenditures should be the 1990 ones less exactly one tenth: this check tests that reading, which the report does not state.',
  },
  {
    id: 'food-grant-restated',
    title: 'The two statements of the food and medical grants agree',
    computed: '{assistance-food-medical-grant-overview}',
    relation: 'equals',
    stated: '{assistance-food-medical-grant-1990-12}',
    unit: 'JPY',
    scale: 'billion',
    claim: 'The grants are stated in the economic relations section and again in the overview.',
  },
  {
    id: 'eximbank-loan-restated',
    title: 'The two statements of the Export-Import Bank food loan agree',
    computed: '{assistance-eximbank-food-loan-overview}',
    relation: 'equals',
    stated: '{assistance-eximbank-food-loan-1990-12}',
    unit: 'USD',
    scale: 'million',
    claim: 'The loan is stated in the economic relations section and again in the overview.',
  },
];

/** The range a stated figure stands for, given how the report rounded it: $2,563 million → 2,562.5 to 2,563.5. */
export function roundingRange(row: Pick<FigureRow, 'value' | 'value_text'>): Interval {
  const half = statedHalfUnit(row.value_text);
  return { low: row.value - half, high: row.value + half };
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

/** Point values and rounding intervals for every row: derived rows are recomputed from their inputs, unrounded. */
function figureIntervals(rows: readonly FigureRow[]): { pointOf: (id: string) => number; intervalOf: (id: string) => Interval } {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const points = new Map<string, number>();
  const intervals = new Map<string, Interval>();
  const row = (id: string): FigureRow => {
    const r = byId.get(id);
    if (!r) throw new ReconcileError(`check uses unknown row "${id}"`);
    return r;
  };
  const pointOf = (id: string): number => {
    const cached = points.get(id);
    if (cached !== undefined) return cached;
    const r = row(id);
    const v = r.kind === 'derived' ? evaluateFormula(parseFormula(r.derivation), NUMBERS, pointOf) : r.value;
    points.set(id, v);
    return v;
  };
  const intervalOf = (id: string): Interval => {
    const cached = intervals.get(id);
    if (cached) return cached;
    const r = row(id);
    let i: Interval;
    if (r.kind === 'derived') i = evaluateFormula(parseFormula(r.derivation), INTERVALS, intervalOf);
    else i = roundingRange(r);
    intervals.set(id, i);
    return i;
  };
  return { pointOf, intervalOf };
}

class ReconcileError extends Error {
  override name = 'ReconcileError';
}

function allInputs(formula: string, rowsById: Map<string, FigureRow>, into: string[]): void {
  for (const id of parseFormula(formula).inputs) {
    if (into.includes(id)) continue;
    const r = rowsById.get(id);
    if (r?.kind === 'derived') allInputs(r.derivation, rowsById, into);
    into.push(id);
  }
}

const EPSILON = 1e-9;

export function runCheck(definition: CheckDefinition, rows: readonly FigureRow[]): CheckResult {
  const { pointOf, intervalOf } = figureIntervals(rows);
  const rowsById = new Map(rows.map((r) => [r.id, r]));
  const computedNode = parseFormula(definition.computed);
  const computedValue = evaluateFormula(computedNode, NUMBERS, pointOf);
  const computedInterval = evaluateFormula(computedNode, INTERVALS, intervalOf);
  const ids: string[] = [];
  allInputs(definition.computed, rowsById, ids);
  if (definition.stated) allInputs(definition.stated, rowsById, ids);
  const inputIds = [
    ...ids.filter((id) => rowsById.get(id)?.kind === 'reported'),
    ...ids.filter((id) => rowsById.get(id)?.kind === 'derived'),
  ];
  const fmt = (v: number): string => formatValue(v, definition.unit, definition.scale);
  const range = (i: Interval): string => `${fmt(i.low)} to ${fmt(i.high)}`;

  if (definition.relation !== 'equals') {
    const wantNegative = definition.relation === 'negative';
    const strict = wantNegative ? computedInterval.high < 0 : computedInterval.low > 0;
    const point = wantNegative ? computedValue < 0 : computedValue > 0;
    const status: CheckStatus = strict ? 'holds' : point ? 'within rounding' : 'contradicts';
    const word = wantNegative ? 'negative' : 'positive';
    const summary =
      status === 'holds'
        ? `The computed value is ${fmt(computedValue)} and stays ${word} across the rounding range (${range(computedInterval)}).`
        : status === 'within rounding'
          ? `The computed value is ${fmt(computedValue)}, ${word} as expected, but the rounding range (${range(computedInterval)}) crosses zero.`
          : `The computed value is ${fmt(computedValue)}, which is not ${word}.`;
    return { definition, status, computedValue, computedInterval, inputIds, summary };
  }

  const statedNode = parseFormula(definition.stated ?? '0');
  const statedValue = evaluateFormula(statedNode, NUMBERS, pointOf);
  const statedInterval = evaluateFormula(statedNode, INTERVALS, intervalOf);
  const difference = computedValue - statedValue;
  const overlap = computedInterval.low <= statedInterval.high + EPSILON && statedInterval.low <= computedInterval.high + EPSILON;
  const status: CheckStatus = Math.abs(difference) < EPSILON ? 'holds' : overlap ? 'within rounding' : 'contradicts';
  const summary =
    status === 'holds'
      ? `The computed value, ${fmt(computedValue)}, equals the stated ${fmt(statedValue)} exactly.`
      : status === 'within rounding'
        ? `The computed ${fmt(computedValue)} differs from ${fmt(statedValue)} by ${fmt(Math.abs(difference))}, which the report's rounding allows (computed range ${range(computedInterval)}; stated range ${range(statedInterval)}).`
        : `The computed ${fmt(computedValue)} differs from ${fmt(statedValue)} by ${fmt(Math.abs(difference))}, more than the report's rounding allows (computed range ${range(computedInterval)}; stated range ${range(statedInterval)}).`;
  return { definition, status, computedValue, computedInterval, statedValue, statedInterval, difference, inputIds, summary };
}

export function reconcileFigures(rows: readonly FigureRow[], checks: readonly CheckDefinition[] = CHECKS): CheckResult[] {
  return checks.map((c) => runCheck(c, rows));
}
