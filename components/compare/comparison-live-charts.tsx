'use client';

import { useEffect, useState } from 'react';
import type { CompareResult } from '@/lib/figures/compare';
import { comparisonCharts } from '@/lib/charts/comparison-charts';
import type { Figure } from '@/lib/figures/figure';
import { ChartHeading } from '../charts/chart-heading';
import type { FigureBarChart as FigureBarChartType } from '../charts/figure-bar-chart';

/**
 * The static export's comparison charts, shaped and drawn in the browser like the prerendered ones. The chart code is
 * fetched once the comparison is on screen: imported here, it would be start-up script of every compare page.
 */
export function ComparisonLiveCharts({ result, figures }: { result: CompareResult; figures: readonly Figure[] }): React.ReactNode {
  const [Chart, setChart] = useState<typeof FigureBarChartType | null>(null);
  useEffect(() => {
    if (result.ok) void import('../charts/figure-bar-chart').then((m) => setChart(() => m.FigureBarChart));
  }, [result.ok]);
  if (!result.ok) return null;
  return (
    <div className="comparison-charts">
      {comparisonCharts(result, figures).map((spec) => (
        <figure key={spec.id} className="chart-figure" id={spec.id} aria-labelledby={`${spec.id}-title`}>
          <ChartHeading spec={spec} />
          <div className="chart-box" data-chart-id={spec.id} style={{ aspectRatio: `${spec.layout.width} / ${spec.layout.height}` }}>
            <div className="chart-static">{Chart ? <Chart spec={spec} mode="static" /> : null}</div>
          </div>
        </figure>
      ))}
    </div>
  );
}
