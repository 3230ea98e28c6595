'use client';

// One recharts component for both the build-time SVG (scripts/render-charts.tsx, in jsdom) and the
// live chart swapped in when a reader reaches for it. Colours come from CSS classes so that one SVG
// serves light and dark themes; the fill attributes are the light-theme fallback (lib/chart-palette.ts).

import { Bar, BarChart, CartesianGrid, Cell, ErrorBar, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { barColour, CHART_PALETTE } from '@/lib/chart-palette';
import { chartRows, errorKey, type ChartCell, type ChartSpec } from '@/lib/charts';
import { markValueText } from '@/lib/figure-display';
import { formatNumber } from '@/lib/format';
import { MarkedText } from '@/components/citation/marked-text';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-size';

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
                  <MarkedText segments={markValueText(c.sentence, c.valueText)} />
                </q>
              )}
            </li>
          );
        })}
      </ul>
      <p className="chart-tooltip-hint">Click a bar to open its source.</p>
    </div>
  );
}

export function FigureBarChart({ spec, mode }: { spec: ChartSpec; mode: Mode }): React.ReactNode {
  const id = `${spec.id}-${mode}`;
  const rows = chartRows(spec);
  const hasNegative = spec.data.some((d) => Object.values(d.values).some((v) => v !== null && v < 0));
  return (
    <BarChart
      id={id}
      width={CHART_WIDTH}
      height={CHART_HEIGHT}
      responsive={mode === 'live'}
      style={mode === 'live' ? { width: '100%', height: '100%' } : undefined}
      data={rows}
      margin={{ top: 12, right: 12, bottom: 4, left: 8 }}
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
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="category" interval={0} tickLine={false} />
      <YAxis
        width={76}
        tickFormatter={(v: number) => formatNumber(v)}
        label={{ value: spec.unitLabel, angle: -90, position: 'insideLeft', style: { textAnchor: 'middle' } }}
      />
      {hasNegative ? <ReferenceLine y={0} className="zero-line" stroke="#333333" /> : null}
      {mode === 'live' ? <Tooltip content={<ChartTooltip spec={spec} />} cursor={{ fillOpacity: 0.08 }} /> : null}
      {spec.bars.map((bar, i) => (
        <Bar key={bar.key} id={`${id}-${bar.key}`} dataKey={bar.key} name={bar.label} isAnimationActive={false}>
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
          <ErrorBar dataKey={errorKey(bar.key)} width={6} strokeWidth={1.5} className="interval-bar" stroke="currentColor" />
        </Bar>
      ))}
    </BarChart>
  );
}
