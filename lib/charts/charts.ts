// Chart series shaped from figures. A chart never mixes units: shaping fails if its cells disagree.

import { type DatasetName } from '../data/catalog';
import { layoutChart, type ChartLayout } from './chart-layout';
import { formatUnit, formatValue } from '../figures/format';
import { findFigure, type Figure } from '../figures/figure';
import { figurePath, topicPath } from '../site/routes';

type ChartCellRef = Pick<Figure, 'series' | 'period'>;

export interface ChartDefinition {
  id: string;
  dataset: DatasetName;
  title: string;
  /** What is compared, in one sentence (the figure caption). */
  caption: string;
  /** The bars of each category, one per legend entry. */
  bars: ReadonlyArray<ChartBar>;
  categories: ReadonlyArray<{ label: string; notes?: readonly ChartNote[]; cells: Readonly<Record<string, ChartCellRef>> }>;
  /** The page the chart is on; a topic chart's is its dataset's page. */
  pagePath?: string;
}

/** A bar of each category: its period (or side) and, for the legend and table, what is true of all or some of its values. */
export interface ChartBar {
  key: string;
  label: string;
  note?: 'derived' | 'some values derived';
}

/** "1989 (derived)": a bar as the legend, the table's header and exports name it; a value's own text says the rest. */
export function barLegendLabel(bar: ChartBar): string {
  return bar.note ? `${bar.label} (${bar.note})` : bar.label;
}

/** A line printed under a category's label: a comparison's change, computed (derived) or stated. */
export interface ChartNote {
  text: string;
  derived: boolean;
}

/** What a tooltip or table cell needs about one bar: plain and serialisable. */
export type ChartCell = Pick<Figure, 'value' | 'display' | 'kind' | 'formulaText' | 'intervalText' | 'sentenceId'> & {
  figureId: string;
  /** Derived values: the interval the inputs' rounding allows, as numbers (for the error bar). */
  interval: [number, number] | null;
  /** Where the bar leads: the figure's page. */
  href: string;
  /** The sentence that states it (empty for derived values), for the tooltip. */
  sentence: string;
  valueText: string;
  /** The value as printed at its bar's end: the site's formatter, the figure's precision, the unit left to the axis. */
  label: string;
};

interface ChartDatum {
  category: string;
  notes: ChartNote[];
  /** Bar key → value, as recharts reads it; null where the report gives no figure. */
  values: Record<string, number | null>;
  /** Bar key → how far the interval reaches below and above the value, for a derived figure's error bar. */
  errors: Record<string, [number, number] | null>;
  cells: Record<string, ChartCell | null>;
}

/** The data key of a bar's error bar in the rows recharts reads. */
export function errorKey(barKey: string): string {
  return `${barKey}Interval`;
}

/** The rows recharts reads: each category's values and error-bar extents by key, and its cells for the tooltip. */
export function chartRows(spec: ChartSpec): Record<string, unknown>[] {
  return spec.data.map((d) => {
    const row: Record<string, unknown> = { category: d.category, cells: d.cells, ...d.values };
    for (const [key, error] of Object.entries(d.errors)) if (error) row[errorKey(key)] = error;
    return row;
  });
}

export interface ChartSpec extends Pick<ChartDefinition, 'id' | 'dataset' | 'title' | 'caption'> {
  unit: string;
  scale: string;
  /** Axis and column-header label, e.g. "USD million". */
  unitLabel: string;
  bars: ChartBar[];
  data: ChartDatum[];
  /** A text alternative listing every value. */
  summary: string;
  /** Where every bar, label and tick goes (lib/charts/chart-layout.ts). */
  layout: ChartLayout;
  /** The page the chart is on, without its #id. */
  pagePath: string;
}

/** Whether any bar of the chart is derived, so its legend must say how a derived bar looks. */
export function hasDerivedBar(spec: ChartSpec): boolean {
  return spec.data.some((d) => Object.values(d.cells).some((c) => c?.kind === 'derived'));
}

export class ChartShapeError extends Error {
  override name = 'ChartShapeError';
}

/** Categories that are series (label → series), with one bar per period (bar key → period). */
function seriesByPeriod(
  series: Readonly<Record<string, string>>,
  periods: Readonly<Record<string, string>>,
): ChartDefinition['categories'] {
  return Object.entries(series).map(([label, name]) => ({
    label,
    cells: Object.fromEntries(Object.entries(periods).map(([key, period]) => [key, { series: name, period }])),
  }));
}
const y1990y1991 = [
  { key: 'y1990', label: '1990' },
  { key: 'y1991', label: '1991' },
];
const y1990vs1991h1 = [
  { key: 'y1990', label: '1990, against 1989' },
  { key: 'h1991', label: 'First half of 1991, against the first half of 1990' },
];

export const CHART_DEFINITIONS: readonly ChartDefinition[] = [
  {
    id: 'economy-changes',
    dataset: 'economy',
    title: 'Soviet output and income: % change',
    caption:
      'Percentage change of four Soviet indicators in 1990 (against 1989) and in the first half of 1991 (against the first half of 1990).',
    bars: y1990vs1991h1,
    categories: seriesByPeriod(
      {
        GNP: 'gnp_change',
        'Mining and manufacturing': 'industrial_output_change',
        'Consumer goods': 'consumer_goods_change',
        'Monetary income': 'money_income_change',
      },
      { y1990: '1990', h1991: '1991-S1' },
    ),
  },
  {
    id: 'trade-annual',
    dataset: 'trade',
    title: 'Japan–Soviet trade, 1989 and 1990',
    caption:
      "Japan's exports to and imports from the Soviet Union, and their total, in 1989 (derived from the stated 1990 changes) and 1990, in USD million.",
    bars: [
      { key: 'y1989', label: '1989', note: 'derived' },
      { key: 'y1990', label: '1990' },
    ],
    categories: seriesByPeriod({ Exports: 'exports', Imports: 'imports', Total: 'total_trade' }, { y1989: '1989', y1990: '1990' }),
  },
  {
    id: 'trade-half-year',
    dataset: 'trade',
    title: 'Japan–Soviet trade, first halves of 1990 and 1991',
    caption:
      "Japan's exports, imports and total trade with the Soviet Union in the first half of 1990 (derived) and of 1991, in USD million.",
    bars: [
      { key: 'h1990', label: 'First half of 1990', note: 'derived' },
      { key: 'h1991', label: 'First half of 1991' },
    ],
    categories: seriesByPeriod({ Exports: 'exports', Imports: 'imports', Total: 'total_trade' }, { h1990: '1990-S1', h1991: '1991-S1' }),
  },
  {
    id: 'trade-changes',
    dataset: 'trade',
    title: 'Japan–Soviet trade: % change',
    caption:
      'Percentage change of exports, imports and total trade in 1990 (against 1989) and in the first half of 1991 (against the first half of 1990).',
    bars: y1990vs1991h1,
    categories: seriesByPeriod(
      { Exports: 'exports_change', Imports: 'imports_change', Total: 'total_trade_change' },
      { y1990: '1990', h1991: '1991-S1' },
    ),
  },
  {
    id: 'trade-balance',
    dataset: 'trade',
    title: 'Soviet trade balance with Japan',
    caption:
      "The Soviet Union's surplus (positive) or deficit (negative) in its trade with Japan, in USD million; only 1990 is stated, the rest is derived.",
    bars: [{ key: 'balance', label: 'Soviet surplus' }],
    categories: [
      ['1989', '1989'],
      ['1990', '1990'],
      ['First half of 1990', '1990-S1'],
      ['First half of 1991', '1991-S1'],
    ].map(([label = '', period = '']) => ({ label, cells: { balance: { series: 'soviet_surplus', period } } })),
  },
  {
    id: 'fisheries-quotas',
    dataset: 'fisheries',
    title: '200-nautical-mile fishing quotas',
    caption:
      'Fishing quotas in the respective 200-nautical-mile zones by portion, 1990 and 1991, in tonnes. The 1990 values are the 1991 values: the report says they are the same.',
    bars: [
      { key: 'y1990', label: '1990', note: 'derived' },
      { key: 'y1991', label: '1991' },
    ],
    categories: seriesByPeriod({ 'Non-compensatory': 'quota_noncompensatory', Payable: 'quota_payable' }, { y1990: '1990', y1991: '1991' }),
  },
  {
    id: 'fisheries-salmon',
    dataset: 'fisheries',
    title: 'Salmon and trout catch',
    caption: 'The high-seas catch of Soviet-origin salmon and trout allowed to Japanese boats, 1990 and 1991, in tonnes.',
    bars: y1990y1991,
    categories: seriesByPeriod({ 'Salmon and trout': 'salmon_trout_catch' }, { y1990: '1990', y1991: '1991' }),
  },
  {
    id: 'fisheries-cooperation',
    dataset: 'fisheries',
    title: 'Fishery cooperation expenditures',
    caption: 'Fishery cooperation expenditures agreed in the salmon and trout negotiations, 1990 and 1991, in JPY million.',
    bars: y1990y1991,
    categories: seriesByPeriod({ 'Cooperation expenditures': 'cooperation_expenditure' }, { y1990: '1990', y1991: '1991' }),
  },
  {
    id: 'assistance-yen',
    dataset: 'assistance',
    title: "Japan's assistance in yen",
    caption:
      "Japan's grants of food and medical items (December 1990) and of medical equipment for the Chernobyl areas, in JPY billion. Amounts in other currencies are shown in the table below, not on this axis.",
    bars: [{ key: 'amount', label: 'Amount' }],
    categories: [
      { label: 'Food and medical items', cells: { amount: { series: 'food_medical_grant', period: '1990-12' } } },
      { label: 'Chernobyl medical equipment', cells: { amount: { series: 'chernobyl_medical_equipment', period: '1990-08/1991-07' } } },
    ],
  },
];

function toCell(f: Figure): ChartCell {
  return {
    figureId: f.id,
    value: f.value,
    display: f.display,
    kind: f.kind,
    formulaText: f.formulaText,
    intervalText: f.intervalText,
    interval: f.interval ? [f.interval.low, f.interval.high] : null,
    sentenceId: f.sentenceId,
    href: figurePath(f.id),
    sentence: f.sentenceText,
    valueText: f.value_text,
    label: formatValue(f.value, f.unit, '', f.decimals ?? undefined),
  };
}

/** Shapes one chart. Throws ChartShapeError if a cell names no figure or the units differ. */
export function shapeChart(definition: ChartDefinition, figures: readonly Figure[]): ChartSpec {
  let unit: string | undefined;
  let scale = '';
  const data: ChartDatum[] = definition.categories.map((category) => {
    const values: Record<string, number | null> = {};
    const errors: Record<string, [number, number] | null> = {};
    const cells: Record<string, ChartCell | null> = {};
    for (const bar of definition.bars) {
      const ref = category.cells[bar.key];
      const f = ref ? findFigure(figures, definition.dataset, ref.series, ref.period) : undefined;
      if (ref && !f) throw new ChartShapeError(`${definition.id}: no figure for ${ref.series} ${ref.period}`);
      if (f) {
        if (unit === undefined) {
          unit = f.unit;
          scale = f.scale;
        } else if (f.unit !== unit || f.scale !== scale) {
          throw new ChartShapeError(
            `${definition.id}: ${f.id} is in ${f.unitLabel}, but the chart is in ${formatUnit(unit, scale)}; one axis, one unit`,
          );
        }
      }
      values[bar.key] = f ? f.value : null;
      errors[bar.key] = f?.interval ? [f.value - f.interval.low, f.interval.high - f.value] : null;
      cells[bar.key] = f ? toCell(f) : null;
    }
    return { category: category.label, notes: [...(category.notes ?? [])], values, errors, cells };
  });
  if (unit === undefined) throw new ChartShapeError(`${definition.id}: the chart has no figures`);
  const summary = data
    .map((d) =>
      definition.bars
        .map((b) => {
          const c = d.cells[b.key];
          return c ? `${d.category}, ${b.label}: ${c.display}${c.kind === 'derived' ? ' (derived)' : ''}` : '';
        })
        .concat(d.notes.map((n) => `${d.category}, ${n.text}${n.derived ? ' (derived)' : ''}`))
        .filter(Boolean)
        .join('; '),
    )
    .join('; ');
  return {
    id: definition.id,
    dataset: definition.dataset,
    title: definition.title,
    caption: definition.caption,
    unit,
    scale,
    unitLabel: formatUnit(unit, scale),
    bars: definition.bars.map((b) => ({ ...b })),
    data,
    // A comparison's chart names its unit in its title (it has one chart per unit); a topic chart's title does not.
    summary: `${definition.title.endsWith(formatUnit(unit, scale)) ? definition.title : `${definition.title} (${formatUnit(unit, scale)})`}. ${summary}.`,
    pagePath: definition.pagePath ?? topicPath(definition.dataset),
    layout: layoutChart({
      barKeys: definition.bars.map((b) => b.key),
      categories: data.map((d) => ({
        label: d.category,
        notes: d.notes.map((n) => n.text),
        cells: d.cells,
      })),
    }),
  };
}

export function shapeCharts(figures: readonly Figure[]): ChartSpec[] {
  return CHART_DEFINITIONS.map((d) => shapeChart(d, figures));
}

/** The charts that draw a figure, for its page's "where it is used". */
export function chartsForFigure(specs: readonly ChartSpec[], figureId: string): ChartSpec[] {
  return specs.filter((s) => s.data.some((d) => Object.values(d.cells).some((c) => c?.figureId === figureId)));
}
