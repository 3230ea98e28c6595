// Two periods of one dataset side by side. Levels get an absolute and a % change; rates of change
// get a difference in percentage points, never a percentage of a percentage. No % change is given across a change
// of sign or from a base that is, or could be within its rounding, zero: it would mean nothing. Every computed
// change carries the interval its inputs' rounding allows and is shown at the precision that justifies.

import { DATASET_NAMES, DATASETS, isDatasetName, type DatasetName } from '../data/catalog';
import { datasetFigures, type Figure } from './figure';
import { formatPeriod, formatValue } from './format';
import { evaluateFormula, INTERVALS, parseFormula, roundTo, type Interval } from '../data/formula';
import { formatInterval, justifiedDecimals, roundingRange } from './precision';
import { comparePeriods, RATE_UNITS } from '../data/vocabulary';

export interface CompareDatasetOption {
  name: DatasetName;
  title: string;
  periods: Array<{ code: string; label: string }>;
}

export interface ComputedChange {
  value: number;
  display: string;
  /** The arithmetic in numbers, e.g. "$2,563 million − $3,081 million". */
  formula: string;
  /** What the inputs' rounding allows. */
  interval: Interval;
  intervalText: string;
}

export interface CompareRow {
  series: string;
  seriesLabel: string;
  unitLabel: string;
  a: Figure | null;
  b: Figure | null;
  /** b − a, in the series' unit, or in percentage points for rates. */
  change: ComputedChange | null;
  /** (b ÷ a − 1) × 100 for levels; null for rates, ranks and missing values, where it would mean nothing, and where the report states it. */
  percentChange: ComputedChange | null;
  /** The % change from A to B as the report states it (or the dataset derives it), shown and cited instead of computing it. */
  percentFigure: Figure | null;
  /** Why there is no % change, in words, where there are two levels to compare; empty otherwise. */
  percentNote: string;
}

export type CompareResult =
  | { ok: true; dataset: DatasetName; a: string; b: string; rows: CompareRow[]; options: CompareDatasetOption[] }
  | {
      ok: false;
      problems: string[];
      options: CompareDatasetOption[];
      dataset?: DatasetName;
      /** The periods asked for that the dataset has, so the pickers keep them. */
      a?: string;
      b?: string;
    };

export interface CompareParams {
  dataset?: string | string[];
  a?: string | string[];
  b?: string | string[];
}

export function compareOptions(figures: readonly Figure[]): CompareDatasetOption[] {
  return DATASET_NAMES.map((name) => {
    const codes = [...new Set(datasetFigures(figures, name).map((f) => f.period))].sort(comparePeriods);
    return { name, title: DATASETS[name].title, periods: codes.map((code) => ({ code, label: formatPeriod(code) })) };
  });
}

/** Shortens and quotes what a visitor typed, for messages. React escapes it when rendered. */
function shown(value: string): string {
  return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
}

/** A repeated parameter counts by its last value, as Next's rewrites match it (see compareRoutes). */
function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.at(-1) : value;
}

const DIFFERENCE = parseFormula('{b} - {a}');
const PERCENT_CHANGE = parseFormula('({b} / {a} - 1) * 100');

/** The interval a figure stands for: a derived one's from its inputs, a stated one's from its rounding. */
function intervalOf(f: Figure): Interval {
  return f.interval ?? roundingRange(f);
}

function computed(value: number, interval: Interval, unit: string, scale: string, formula: string, signed: boolean): ComputedChange {
  const decimals = justifiedDecimals(interval);
  const text = formatValue(value, unit, scale, decimals);
  return {
    value: roundTo(value, 4),
    display: signed && value > 0 && !text.startsWith('+') ? `+${text}` : text,
    formula,
    interval,
    intervalText: formatInterval(interval, unit, scale, decimals),
  };
}

/** Why a % change from `a` to `b` would mean nothing, or undefined when it means something. */
function percentChangeProblem(a: Figure, b: Figure): string | undefined {
  if (a.value === 0) return 'No % change: the first value is zero, and a change from zero has no percentage.';
  if (Math.sign(a.value) !== Math.sign(b.value) && b.value !== 0) {
    return `No % change: the values differ in sign (${a.display} to ${b.display}), and a percentage change across zero means nothing.`;
  }
  const base = intervalOf(a);
  if (base.low <= 0 && base.high >= 0) return `No % change: within its rounding the first value (${a.display}) could be zero.`;
  return undefined;
}

type Changes = Pick<CompareRow, 'change' | 'percentChange' | 'percentNote'>;
const NO_CHANGE: Changes = { change: null, percentChange: null, percentNote: '' };

export function computeChange(a: Figure, b: Figure): Changes {
  if (a.unit === 'rank' || a.unit !== b.unit || a.scale !== b.scale) return NO_CHANGE;
  const difference = evaluateFormula(DIFFERENCE, INTERVALS, (id) => (id === 'a' ? intervalOf(a) : intervalOf(b)));
  const formula = `${b.display} − ${a.display}`;
  if (RATE_UNITS.has(a.unit))
    return { ...NO_CHANGE, change: computed(b.value - a.value, difference, 'percentage_points', '', formula, true) };
  const change = computed(b.value - a.value, difference, a.unit, a.scale, formula, true);
  const problem = percentChangeProblem(a, b);
  if (problem) return { change, percentChange: null, percentNote: problem };
  const ratio = evaluateFormula(PERCENT_CHANGE, INTERVALS, (id) => (id === 'a' ? intervalOf(a) : intervalOf(b)));
  const percentChange = computed(
    (b.value / a.value - 1) * 100,
    ratio,
    'percent_change',
    '',
    `(${b.display} ÷ ${a.display} − 1) × 100`,
    false,
  );
  return { change, percentChange, percentNote: '' };
}

export function compareFigures(figures: readonly Figure[], params: CompareParams): CompareResult {
  const options = compareOptions(figures);
  const dataset = single(params.dataset);
  const aParam = single(params.a);
  const bParam = single(params.b);
  const datasetList = DATASET_NAMES.join(', ');
  if (!dataset) {
    return { ok: false, problems: [`Choose a dataset: ${datasetList}.`], options };
  }
  if (!isDatasetName(dataset)) {
    return { ok: false, problems: [`There is no dataset ${shown(dataset)}. Choose one of: ${datasetList}.`], options };
  }
  const valid = options.find((o) => o.name === dataset)?.periods.map((p) => p.code) ?? [];
  const problems: string[] = [];
  for (const [name, value] of Object.entries({ a: aParam, b: bParam })) {
    if (!value) problems.push(`Choose period ${name}: one of ${valid.join(', ')}.`);
    else if (!valid.includes(value))
      problems.push(`Period ${name} ${shown(value)} is not in the ${dataset} dataset. Choose one of: ${valid.join(', ')}.`);
  }
  if (problems.length === 0 && aParam === bParam) problems.push('Choose two different periods.');
  if (problems.length > 0 || !aParam || !bParam) {
    const known = (value: string | undefined): string | undefined => (value && valid.includes(value) ? value : undefined);
    return { ok: false, problems, options, dataset, a: known(aParam), b: known(bParam) };
  }

  const inDataset = datasetFigures(figures, dataset);
  const seriesOrder = Object.keys(DATASETS[dataset].series);
  const rows: CompareRow[] = [];
  for (const series of seriesOrder) {
    const a = inDataset.find((f) => f.series === series && f.period === aParam) ?? null;
    const b = inDataset.find((f) => f.series === series && f.period === bParam) ?? null;
    if (!a && !b) continue;
    const any = (a ?? b) as Figure;
    const computedChanges = a && b ? computeChange(a, b) : NO_CHANGE;
    // Where the dataset has this series' % change from A to B, that figure is the % change: stated, it is cited, not recomputed.
    const percentFigure =
      (a && b && inDataset.find((f) => f.series === `${series}_change` && f.period === bParam && f.base_period === aParam)) || null;
    const { change, percentNote } = computedChanges;
    const percentChange = percentFigure ? null : computedChanges.percentChange;
    rows.push({ series, seriesLabel: any.seriesLabel, unitLabel: any.unitLabel, a, b, change, percentChange, percentFigure, percentNote });
  }
  return { ok: true, dataset, a: aParam, b: bParam, rows, options };
}

export interface CompareSelection {
  /** Changes whenever the selection does, so controls keyed on it start from the new values. */
  key: string;
  values: { dataset: string; a: string; b: string };
}

/** What the pickers show for a result: its choices, less any that the named dataset does not have. */
export function compareSelection(result: CompareResult): CompareSelection {
  const values = { dataset: result.dataset ?? '', a: result.a ?? '', b: result.b ?? '' };
  return { key: `${values.dataset}|${values.a}|${values.b}`, values };
}

/** "Japan–Soviet trade: 1989 and 1990": the heading of a valid comparison. */
export function comparisonTitle(result: Extract<CompareResult, { ok: true }>): string {
  const title = result.options.find((o) => o.name === result.dataset)?.title ?? result.dataset;
  return `${title}: ${formatPeriod(result.a)} and ${formatPeriod(result.b)}`;
}
