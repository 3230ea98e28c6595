import type { ChartSpec } from '@/lib/charts/charts';
import { ChartLegend } from './chart-legend';

/** A chart's title and caption (its figure's figcaption, which must come first) and its legend. */
export function ChartHeading({ spec }: { spec: ChartSpec }): React.ReactNode {
  return (
    <>
      <figcaption className="chart-heading">
        <h3 id={`${spec.id}-title`} className="chart-title">
          {spec.title}
        </h3>
        <p className="chart-caption">{spec.caption}</p>
      </figcaption>
      <ChartLegend spec={spec} />
    </>
  );
}
