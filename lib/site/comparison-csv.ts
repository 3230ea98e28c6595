// A comparison as a clean CSV, /compare's download: made in the browser too (the static export compares there), so
// this module stays clear of the schemas and their validation library.

import { RATE_UNITS } from '../data/vocabulary';
import type { CompareRow } from '../figures/compare';
import type { Figure } from '../figures/figure';
import { writeCsv } from './csv-writer';

/** The columns of a comparison's CSV (/compare's download). */
const COMPARISON_COLUMNS = [
  'dataset',
  'series',
  'unit',
  'scale',
  'period_a',
  'value_a',
  'id_a',
  'kind_a',
  'period_b',
  'value_b',
  'id_b',
  'kind_b',
  'change',
  'change_low',
  'change_high',
  'change_unit',
  'percent_change',
  'percent_change_low',
  'percent_change_high',
  'percent_change_note',
  'derivation',
] as const;

/** The comparison as a clean CSV: the two figures with their ids, and the computed changes. */
export function comparisonCsv(dataset: string, a: string, b: string, rows: readonly CompareRow[]): string {
  return writeCsv(
    COMPARISON_COLUMNS,
    rows.map((r) => {
      const any = (r.a ?? r.b) as Figure;
      const rate = RATE_UNITS.has(any.unit);
      // A stated % change is given as it is; a computed one with its interval.
      const percent = r.percentFigure ?? r.percentChange;
      return {
        dataset,
        series: r.series,
        unit: any.unit,
        scale: any.scale,
        period_a: a,
        value_a: r.a ? r.a.value : '',
        id_a: r.a?.id ?? '',
        kind_a: r.a?.kind ?? '',
        period_b: b,
        value_b: r.b ? r.b.value : '',
        id_b: r.b?.id ?? '',
        kind_b: r.b?.kind ?? '',
        change: r.change ? r.change.value : '',
        change_low: r.change ? r.change.interval.low : '',
        change_high: r.change ? r.change.interval.high : '',
        change_unit: r.change ? (rate ? 'percentage_points' : any.unit) : '',
        percent_change: percent ? percent.value : '',
        percent_change_low: percent?.interval?.low ?? '',
        percent_change_high: percent?.interval?.high ?? '',
        percent_change_note: r.percentNote,
        derivation: r.change
          ? r.percentFigure
            ? `change = {${r.b?.id}} - {${r.a?.id}}; percent_change = {${r.percentFigure.id}}`
            : r.percentChange
              ? `change = {${r.b?.id}} - {${r.a?.id}}; percent_change = ({${r.b?.id}} / {${r.a?.id}} - 1) * 100`
              : `change = {${r.b?.id}} - {${r.a?.id}}`
          : '',
      };
    }),
  );
}

export function comparisonFileName(dataset: string, a: string, b: string): string {
  return `bluebook-1991-soviet-union-compare-${dataset}-${a}-${b}.csv`.replace(/\//g, '_');
}
