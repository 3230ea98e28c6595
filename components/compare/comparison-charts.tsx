import { ChartFigure } from '@/components/charts/chart-figure';
import { type CompareResult } from '@/lib/figures/compare';
import { getSiteModel } from '@/build/site';
import { comparePath } from '@/lib/site/routes';

/** A comparison's charts, one per unit, each as the topic pages draw theirs: static SVG first, live on demand. */
export function ComparisonCharts({ result }: { result: CompareResult }): React.ReactNode {
  if (!result.ok) return null;
  const model = getSiteModel();
  const page = comparePath(result.dataset, result.a, result.b);
  const specs = model.comparisonCharts.filter((c) => c.pagePath === page);
  return (
    <div className="comparison-charts">
      {specs.map((spec) => (
        <ChartFigure
          key={spec.id}
          spec={spec}
          metadata={model.metadata}
          accessed={model.builtAt}
          table={{ href: '#comparison-table', name: 'the comparison table' }}
        />
      ))}
    </div>
  );
}
