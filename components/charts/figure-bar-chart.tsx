'use client';

// One recharts component for both the build-time SVG (build/render-charts.tsx, in jsdom) and the live chart
// swapped in when a reader reaches for it. Horizontal bars, each category's label above its bars and each value
// printed at its bar's end, all placed by lib/charts/chart-layout.ts, so the static, live and exported charts are the same
// drawing. Colours come from CSS classes so that one SVG serves light and dark themes; the fill attributes are the
// light-theme fallback (lib/charts/chart-palette.ts), which is what an exported SVG or PNG shows.

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ErrorBar,
  LabelList,
  ReferenceLine,
  Tooltip,
  useActiveTooltipLabel,
  XAxis,
  YAxis,
} from 'recharts';
import { barColour, CHART_PALETTE } from '@/lib/charts/chart-palette';
import { barLegendLabel, chartRows, errorKey, type ChartBar, type ChartCell, type ChartSpec } from '@/lib/charts/charts';
import { BAR_GAP, BAR_SIZE, CATEGORY_AXIS_WIDTH, textWidth, VALUE_AXIS_HEIGHT } from '@/lib/charts/chart-layout';
import { markValueTexts } from '@/lib/figures/figure';
import { formatNumber } from '@/lib/figures/format';
import { MarkedText } from '@/components/citation/marked-text';

type Mode = 'static' | 'live';

interface TooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ dataKey?: unknown; payload?: unknown }>;
  label?: unknown;
  spec: ChartSpec;
}

function ChartTooltip({ active, payload, label, spec }: TooltipProps): React.ReactNode {
  if (!active || !payload || payload.length === 0) return null;
  const datum = payload[0]?.payload as { cells?: Record<string, ChartCell | null> } | undefined;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{typeof label === 'string' || typeof label === 'number' ? label : ''}</p>
      <ul>
        {spec.bars.map((bar) => {
          const c = datum?.cells?.[bar.key];
          if (!c) return null;
          return (
            <li key={bar.key}>
              <span>{bar.label}: </span>
              <strong>{c.display}</strong>
              {c.kind === 'derived' ? (
                <span className="chart-tooltip-derived">
                  {' '}
                  derived = {c.formulaText}; the inputs&rsquo; rounding allows {c.intervalText}
                </span>
              ) : (
                <q className="chart-tooltip-source">
                  <MarkedText segments={markValueTexts(c.sentence, [c.valueText])} />
                </q>
              )}
            </li>
          );
        })}
      </ul>
      <p className="chart-tooltip-hint">Select a value to open its source.</p>
    </div>
  );
}

/** A halo of the background behind printed text, as attributes so that exported images keep it (CSS sets the dark one). */
const HALO = { paintOrder: 'stroke', stroke: CHART_PALETTE.light.hatchBackground, strokeWidth: 3, strokeLinejoin: 'round' } as const;

/** What recharts hands a category tick or a value label: where it is drawn, and for which category. */
interface PlacementProps {
  y?: number | string;
  height?: number | string;
  index?: number;
}

/** A category's label and note, above its bars from the plot's left edge. */
function CategoryLabel({ y = 0, index = 0, spec }: PlacementProps & { spec: ChartSpec }): React.ReactNode {
  const { layout } = spec;
  const centre = Number(y);
  const lines = layout.categoryLines[index];
  const notes = spec.data[index]?.notes ?? [];
  if (!lines) return null;
  const top = centre - layout.barsHeight / 2 - layout.labelBlockHeight;
  const all = [
    ...lines.label.map((text) => ({ text, note: false, derived: false })),
    ...lines.notes.flatMap((noteLines, n) => noteLines.map((text) => ({ text, note: true, derived: notes[n]?.derived ?? false }))),
  ];
  // A backdrop of the page's colour behind each line, so that the zero line and the grid never run through the words.
  return (
    <g className="category">
      {all.map((line, i) => (
        <rect
          key={i}
          className="hatch-bg"
          x={layout.plot.left - 2}
          y={top + i * layout.lineHeight + 4}
          width={textWidth(line.text) + 4}
          height={layout.lineHeight}
          fill={CHART_PALETTE.light.hatchBackground}
        />
      ))}
      <text
        className="category-label"
        x={layout.plot.left}
        y={top}
        textAnchor="start"
        fill={CHART_PALETTE.light.text}
        {...HALO}
        data-category-index={index}
      >
        {all.map((line, i) => (
          <tspan
            key={i}
            x={layout.plot.left}
            y={top + (i + 1) * layout.lineHeight}
            className={line.note ? `category-note${line.derived ? ' derived' : ''}` : undefined}
            fontStyle={line.derived ? 'italic' : undefined}
            fill={line.derived ? CHART_PALETTE.light.derived : undefined}
            fontWeight={line.note ? undefined : 'bold'}
          >
            {line.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}

/** A bar's value, printed beyond its end (and its whisker): a link to its figure page in the live chart. */
function ValueLabel({
  y,
  height,
  index = 0,
  spec,
  bar,
  mode,
}: PlacementProps & { spec: ChartSpec; bar: ChartBar; mode: Mode }): React.ReactNode {
  const placed = spec.layout.values.find((v) => v.barKey === bar.key && v.categoryIndex === index);
  const cell = spec.data[index]?.cells[bar.key];
  if (!placed || !cell) return null;
  const derived = cell.kind === 'derived';
  const text = (
    <text
      className={`value-label ${derived ? 'derived' : 'reported'}`}
      x={placed.x}
      y={Number(y) + Number(height) / 2}
      dominantBaseline="central"
      textAnchor={placed.anchor}
      fontStyle={derived ? 'italic' : undefined}
      fill={derived ? CHART_PALETTE.light.derived : CHART_PALETTE.light.text}
      {...HALO}
      data-figure-id={cell.figureId}
      data-kind={cell.kind}
    >
      {placed.text}
    </text>
  );
  if (mode === 'static') return text;
  return (
    <a href={cell.href} aria-label={`${spec.data[index]?.category ?? ''}, ${bar.label}: ${cell.display}${derived ? ', derived' : ''}`}>
      {text}
    </a>
  );
}

/** Marks which category the tooltip (pointer or arrow keys) is on, for Enter to open (LiveChartSwap). */
function ActiveCategory({ spec }: { spec: ChartSpec }): React.ReactNode {
  const label = useActiveTooltipLabel();
  const index = spec.data.findIndex((d) => d.category === label);
  return index >= 0 ? <g data-active-index={index} /> : null;
}

export function FigureBarChart({ spec, mode }: { spec: ChartSpec; mode: Mode }): React.ReactNode {
  const id = `${spec.id}-${mode}`;
  const { layout } = spec;
  return (
    <BarChart
      id={id}
      width={layout.width}
      height={layout.height}
      layout="vertical"
      data={chartRows(spec)}
      margin={layout.margin}
      barSize={BAR_SIZE}
      barGap={BAR_GAP}
      accessibilityLayer={mode === 'live'}
      role={mode === 'static' ? 'img' : undefined}
      title={spec.title}
      desc={spec.summary}
    >
      <defs>
        {spec.bars.map((bar, i) => (
          <pattern key={bar.key} id={`${id}-hatch-${i}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="hatch-bg" fill={CHART_PALETTE.light.hatchBackground} />
            <line x1="0" y1="0" x2="0" y2="6" className={`hatch-line bar-${i}`} stroke={barColour(i)} strokeWidth="2.5" />
          </pattern>
        ))}
      </defs>
      <CartesianGrid strokeDasharray="3 3" horizontal={false} />
      <XAxis
        type="number"
        domain={layout.domain}
        ticks={layout.ticks}
        interval={0}
        allowDataOverflow
        height={VALUE_AXIS_HEIGHT}
        tickFormatter={(v: number) => formatNumber(v)}
        label={{ value: spec.unitLabel, position: 'insideBottom', offset: 0 }}
      />
      <YAxis
        type="category"
        dataKey="category"
        width={CATEGORY_AXIS_WIDTH}
        axisLine={false}
        tickLine={false}
        interval={0}
        tick={(props: PlacementProps) => <CategoryLabel {...props} spec={spec} />}
      />
      {layout.domain[0] < 0 ? <ReferenceLine x={0} className="zero-line" stroke="#333333" /> : null}
      {mode === 'live' ? <ActiveCategory spec={spec} /> : null}
      {mode === 'live' ? (
        <Tooltip content={<ChartTooltip spec={spec} />} cursor={{ fillOpacity: 0.08 }} allowEscapeViewBox={{ x: false, y: false }} />
      ) : null}
      {spec.bars.map((bar, i) => (
        <Bar key={bar.key} id={`${id}-${bar.key}`} dataKey={bar.key} name={barLegendLabel(bar)} isAnimationActive={false}>
          {spec.data.map((d) => {
            const c = d.cells[bar.key];
            const derived = c?.kind === 'derived';
            const color = barColour(i);
            return (
              // Cell still works in recharts 3; moving to Bar's shape prop changes the static SVG the e2e tests pin.
              // eslint-disable-next-line @typescript-eslint/no-deprecated
              <Cell
                key={d.category}
                className={`bar bar-${i} ${derived ? 'derived' : 'reported'}`}
                fill={derived ? `url(#${id}-hatch-${i})` : color}
                stroke={color}
                strokeWidth={derived ? 2 : 0}
                strokeDasharray={derived ? '5 3' : undefined}
                data-figure-id={c?.figureId}
                data-kind={c?.kind}
                cursor={mode === 'live' && c ? 'pointer' : undefined}
                onClick={mode === 'live' && c ? () => window.location.assign(c.href) : undefined}
              />
            );
          })}
          {/* The interval a derived value's inputs allow; reported values have none. */}
          <ErrorBar dataKey={errorKey(bar.key)} width={6} strokeWidth={1.5} className="interval-bar" stroke="currentColor" direction="x" />
          <LabelList dataKey={bar.key} content={(props: PlacementProps) => <ValueLabel {...props} spec={spec} bar={bar} mode={mode} />} />
        </Bar>
      ))}
    </BarChart>
  );
}
