// Figures as pages show them: validated rows with their dataset, sentence, labels and formatted value.

import { DATASETS, type DatasetName } from '../data/catalog';
import { formatBase, formatNumber, formatPeriod, formatPeriodShort, formatUnit, formatValue } from './format';
import { formatFormula, type Formula, type Interval } from '../data/formula';
import { figureIntervals, formatInterval, justifiedDecimals } from './precision';
import type { FigureRow } from '../data/schema';
import { headingTrail, type SourceDocument } from '../data/sentences';
import type { ValidatedFigure } from '../data/validate';
import { comparePeriods } from '../data/vocabulary';

export type Figure = FigureRow & {
  dataset: DatasetName;
  sentenceId: string;
  seriesLabel: string;
  periodLabel: string;
  periodShort: string;
  /** "$2,563 million", "−16.8 %". */
  display: string;
  /** "USD million", "% change". */
  unitLabel: string;
  /** "against 1989" for a percent change; empty otherwise. */
  baseLabel: string;
  /** The derivation, as the validator parsed it; null for reported rows. */
  formula: Formula | null;
  /** Ids the derivation reads; empty for reported rows. */
  inputs: readonly string[];
  /** The derivation in words and numbers, e.g. "$2,563 million ÷ (1 + −16.8 % ÷ 100)". */
  formulaText: string;
  /** The cited sentence as the report has it (empty for derived rows) and the headings above it. */
  sentenceText: string;
  sourceTrail: string[];
  /** Derived rows: the interval the inputs' rounding allows, and the decimals it justifies (lib/figures/precision.ts). */
  interval: Interval | null;
  decimals: number | null;
  /** Derived rows: "$3,078.0 million to $3,083.1 million", one decimal finer than the value, rounded outwards. */
  intervalText: string;
};

export function toFigures(validated: readonly ValidatedFigure[], source: SourceDocument): Figure[] {
  const { pointOf, intervalOf } = figureIntervals(validated.map((v) => ({ ...v.row, formula: v.formula })));
  const base = validated.map(({ row, dataset, sentenceId, formula }) => {
    const series = DATASETS[dataset].series[row.series];
    const sentence = source.sentenceById.get(sentenceId);
    const interval = row.kind === 'derived' ? intervalOf(row.id) : null;
    const decimals = interval ? justifiedDecimals(interval) : undefined;
    return {
      ...row,
      dataset,
      sentenceId,
      seriesLabel: series?.label ?? row.series,
      periodLabel: formatPeriod(row.period),
      periodShort: formatPeriodShort(row.period),
      display: interval ? formatValue(pointOf(row.id), row.unit, row.scale, decimals) : formatValue(row.value, row.unit, row.scale),
      unitLabel: formatUnit(row.unit, row.scale),
      baseLabel: formatBase(row.base_period),
      formula,
      inputs: formula?.inputs ?? [],
      formulaText: '',
      sentenceText: sentence?.text ?? '',
      sourceTrail: sentence ? headingTrail(source, sentence.blockIndex) : [],
      interval,
      decimals: decimals ?? null,
      intervalText: interval ? formatInterval(interval, row.unit, row.scale, decimals) : '',
    };
  });
  const byId = new Map(base.map((f) => [f.id, f]));
  for (const f of base) {
    if (f.formula) f.formulaText = formatFormula(f.formula, (id) => formulaOperand(byId.get(id)) ?? id);
  }
  return base;
}

/** An input as it reads inside a formula: rates as bare numbers ("(−16.8)"), amounts with their unit. */
function formulaOperand(f: { unit: string; value: number; display: string } | undefined): string | undefined {
  if (!f) return undefined;
  if (f.unit !== 'percent_change' && f.unit !== 'percent') return f.display;
  const n = formatNumber(f.value);
  return f.value < 0 ? `(${n})` : n;
}

/** Figures of one dataset, restatements left out, ordered by series then period. */
export function datasetFigures(figures: readonly Figure[], dataset: DatasetName): Figure[] {
  const order = Object.keys(DATASETS[dataset].series);
  return figures
    .filter((f) => f.dataset === dataset && f.restates === '')
    .sort((a, b) => order.indexOf(a.series) - order.indexOf(b.series) || comparePeriods(a.period, b.period));
}

/** The figure of a series for a period, if the report gives or implies one. */
export function findFigure(figures: readonly Figure[], dataset: DatasetName, series: string, period: string): Figure | undefined {
  return figures.find((f) => f.dataset === dataset && f.series === series && f.period === period && f.restates === '');
}

/** The figures taken from each sentence, for the annotated source. */
export function figuresBySentence(figures: readonly Figure[]): Map<string, Figure[]> {
  const map = new Map<string, Figure[]>();
  for (const f of figures) if (f.sentenceId) map.set(f.sentenceId, [...(map.get(f.sentenceId) ?? []), f]);
  return map;
}

export interface QuoteSegment {
  text: string;
  marked: boolean;
}

/** A quoted sentence split so that each number, as written, is marked at its first occurrence; overlapping marks keep the earlier one. */
export function markValueTexts(sentence: string, valueTexts: readonly string[]): QuoteSegment[] {
  const spans = valueTexts
    .filter((v) => v !== '')
    .map((v) => [sentence.indexOf(v), v.length] as const)
    .filter(([at]) => at >= 0)
    .map(([at, length]) => [at, at + length] as const)
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const segments: QuoteSegment[] = [];
  let pos = 0;
  for (const [start, end] of spans) {
    if (start < pos) continue;
    if (start > pos) segments.push({ text: sentence.slice(pos, start), marked: false });
    segments.push({ text: sentence.slice(start, end), marked: true });
    pos = end;
  }
  if (pos < sentence.length) segments.push({ text: sentence.slice(pos), marked: false });
  return segments;
}
