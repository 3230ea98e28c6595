// A comparison's charts: for periods A and B of a dataset, every series with a value in either, A and B as paired
// bars, one chart per unit (never two units on one axis), each category's change printed under its label.

import { shapeChart, type ChartDefinition, type ChartNote, type ChartSpec } from './charts';
import { comparisonTitle, type CompareResult, type CompareRow } from '../figures/compare';
import type { Figure } from '../figures/figure';
import { formatPeriod } from '../figures/format';
import { comparePath, periodSlug } from '../site/routes';

type Comparison = Extract<CompareResult, { ok: true }>;

/** Ranks are not quantities: a longer bar for 4th than for 1st would mislead. The table shows them. */
const UNCHARTED_UNITS = new Set(['rank']);

const SIDES = ['a', 'b'] as const;

/** "usd-million", "percent-change": a unit as part of an id. */
function unitSlug(f: Figure): string {
  return [f.unit, f.scale].filter(Boolean).join('-').toLowerCase().replace(/_/g, '-');
}

/** The id of a comparison's chart for one unit: compare-trade-1989-1990-usd-million. */
export function comparisonChartId(dataset: string, a: string, b: string, unit: string): string {
  return `compare-${dataset}-${periodSlug(a)}-${periodSlug(b)}-${unit}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** What the change from A to B is, printed under the series' label: computed changes are derived, stated ones are not. */
export function changeNotes(row: CompareRow, a: string, b: string): ChartNote[] {
  if (!row.a || !row.b) return [{ text: `No figure for ${formatPeriod(row.a ? b : a)}`, derived: false }];
  const notes: ChartNote[] = [];
  if (row.change) notes.push({ text: `Change: ${row.change.display}`, derived: true });
  if (row.percentFigure) notes.push({ text: `% change: ${row.percentFigure.display}`, derived: row.percentFigure.kind === 'derived' });
  else if (row.percentChange) notes.push({ text: `% change: ${row.percentChange.display}`, derived: true });
  return notes;
}

/** A comparison's charts, shaped: one per unit its series are in, in the order the table lists them. */
export function comparisonCharts(result: Comparison, figures: readonly Figure[]): ChartSpec[] {
  const groups = new Map<string, CompareRow[]>();
  // A stated % change from A to B is printed under its level's bars; a bar of its own would say it twice.
  const printedAsChange = new Set(result.rows.flatMap((r) => (r.percentFigure ? [r.percentFigure.id] : [])));
  for (const row of result.rows) {
    const f = (row.a ?? row.b) as Figure;
    if (UNCHARTED_UNITS.has(f.unit)) continue;
    if ([row.a, row.b].every((x) => !x || printedAsChange.has(x.id))) continue;
    const key = unitSlug(f);
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const title = comparisonTitle(result);
  return [...groups].map(([unit, rows]) => {
    const unitLabel = rows[0]?.unitLabel ?? '';
    const definition: ChartDefinition = {
      id: comparisonChartId(result.dataset, result.a, result.b, unit),
      dataset: result.dataset,
      title: `${title}, in ${unitLabel}`,
      caption: `${formatPeriod(result.a)} (A) and ${formatPeriod(result.b)} (B) side by side, in ${unitLabel}, with the change from A to B under each series.`,
      bars: SIDES.map((side) => ({
        key: side,
        label: `${side.toUpperCase()}: ${formatPeriod(result[side])}`,
        ...(rows.some((r) => r[side]?.kind === 'derived') ? { note: 'some values derived' as const } : {}),
      })),
      categories: rows.map((row) => ({
        label: row.seriesLabel,
        notes: changeNotes(row, result.a, result.b),
        cells: Object.fromEntries(SIDES.filter((side) => row[side]).map((side) => [side, { series: row.series, period: result[side] }])),
      })),
      pagePath: comparePath(result.dataset, result.a, result.b),
    };
    return shapeChart(definition, figures);
  });
}
