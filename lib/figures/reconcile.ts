// Arithmetic cross-checks between the report's figures. Tolerances come from the report's own
// rounding: each stated number stands for an interval (2,563 → 2,562.5…2,563.5), derived values carry
// their inputs' intervals through their formulas, and a check compares intervals.

import { evaluateFormula, INTERVALS, NUMBERS, parseFormula, roundTo, type Formula, type Interval } from '../data/formula';
import { figureIntervals, formatInterval, justifiedDecimals, type RowWithFormula } from './precision';
import { formatValue } from './format';
import { decimalPlaces } from '../data/value-text';

type CheckStatus = 'holds' | 'within rounding' | 'contradicts';

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
  /** What the computed value is held against: a figure the report states, one derived from it, or a value under test. */
  comparedWith?: 'stated' | 'derived' | 'tested';
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

function allInputs(formula: Formula, rowsById: Map<string, RowWithFormula>, into: string[]): void {
  for (const id of formula.inputs) {
    if (into.includes(id)) continue;
    const r = rowsById.get(id);
    if (r?.formula) allInputs(r.formula, rowsById, into);
    into.push(id);
  }
}

const EPSILON = 1e-9;

export function runCheck(definition: CheckDefinition, rows: readonly RowWithFormula[]): CheckResult {
  const { pointOf, intervalOf } = figureIntervals(rows);
  const rowsById = new Map(rows.map((r) => [r.id, r]));
  const computedNode = parseFormula(definition.computed);
  const computedValue = evaluateFormula(computedNode, NUMBERS, pointOf);
  const computedInterval = evaluateFormula(computedNode, INTERVALS, intervalOf);
  const ids: string[] = [];
  allInputs(computedNode, rowsById, ids);
  if (definition.stated) allInputs(parseFormula(definition.stated), rowsById, ids);
  const inputIds = [
    ...ids.filter((id) => rowsById.get(id)?.kind === 'reported'),
    ...ids.filter((id) => rowsById.get(id)?.kind === 'derived'),
  ];
  // Computed values are derived numbers: each is shown at the precision its interval justifies (lib/figures/precision.ts).
  const computedText = formatValue(computedValue, definition.unit, definition.scale, justifiedDecimals(computedInterval));
  const range = (i: Interval): string => formatInterval(i, definition.unit, definition.scale, justifiedDecimals(i));

  if (definition.relation !== 'equals') {
    const wantNegative = definition.relation === 'negative';
    const strict = wantNegative ? computedInterval.high < 0 : computedInterval.low > 0;
    const point = wantNegative ? computedValue < 0 : computedValue > 0;
    const status: CheckStatus = strict ? 'holds' : point ? 'within rounding' : 'contradicts';
    const summary =
      status === 'holds'
        ? `The computed value is ${computedText} and stays ${definition.relation} across the rounding range (${range(computedInterval)}).`
        : status === 'within rounding'
          ? `The computed value is ${computedText}, ${definition.relation} as expected, but the rounding range (${range(computedInterval)}) crosses zero.`
          : `The computed value is ${computedText}, which is not ${definition.relation}.`;
    return { definition, status, computedValue, computedInterval, inputIds, summary };
  }

  const statedNode = parseFormula(definition.stated ?? '0');
  const statedValue = evaluateFormula(statedNode, NUMBERS, pointOf);
  const statedInterval = evaluateFormula(statedNode, INTERVALS, intervalOf);
  const statedIds = [...statedNode.inputs];
  // "The stated" only for what the report states; a derived figure or a constant under test is named for what it is.
  const comparedWith: 'stated' | 'derived' | 'tested' =
    statedIds.length === 0 ? 'tested' : statedIds.every((id) => rowsById.get(id)?.kind === 'reported') ? 'stated' : 'derived';
  const other = { stated: 'the stated', derived: 'the derived', tested: 'the tested value' }[comparedWith];
  const difference = computedValue - statedValue;
  const overlap = computedInterval.low <= statedInterval.high + EPSILON && statedInterval.low <= computedInterval.high + EPSILON;
  const status: CheckStatus = Math.abs(difference) < EPSILON ? 'holds' : overlap ? 'within rounding' : 'contradicts';
  // The difference a reader can check: between the two numbers as shown, at the finer of their two precisions.
  const computedDecimals = justifiedDecimals(computedInterval) ?? decimalPlaces(String(computedValue));
  const statedDecimals = (comparedWith === 'derived' ? justifiedDecimals(statedInterval) : undefined) ?? decimalPlaces(String(statedValue));
  const decimals = Math.max(computedDecimals, statedDecimals);
  const shownDifference = Math.abs(roundTo(computedValue, computedDecimals) - roundTo(statedValue, statedDecimals));
  const statedText = formatValue(statedValue, definition.unit, definition.scale, statedDecimals);
  const by =
    roundTo(shownDifference, decimals) === 0
      ? `matches ${other} ${statedText} once rounded (they differ by ${formatValue(Math.abs(difference), definition.unit, definition.scale)} before rounding)`
      : `differs from ${other} ${statedText} by ${formatValue(shownDifference, definition.unit, definition.scale, decimals)}`;
  const ranges = `computed range ${range(computedInterval)}; ${comparedWith === 'tested' ? 'tested value' : `${comparedWith} range`} ${range(statedInterval)}`;
  const summary =
    status === 'holds'
      ? `The computed value, ${computedText}, equals ${other} ${statedText} exactly.`
      : status === 'within rounding'
        ? `The computed ${computedText} ${by}, which the report's rounding allows (${ranges}).`
        : `The computed ${computedText} ${by}, more than the report's rounding allows (${ranges}).`;
  return { definition, status, computedValue, computedInterval, statedValue, statedInterval, difference, comparedWith, inputIds, summary };
}

export function reconcileFigures(rows: readonly RowWithFormula[]): CheckResult[] {
  return CHECKS.map((c) => runCheck(c, rows));
}
