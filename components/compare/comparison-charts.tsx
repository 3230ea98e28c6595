import { ChartFigure } from '@/components/charts/chart-figure';
import { type CompareResult } from '@/lib/figures/compare';
import { getSiteModel } from '@/build/site';
import { comparePath } from '@/lib/site/routes';
import { CompareIntro } from './compare-intro';
import { Comparison } from './comparison';

/** A comparison's charts, one per unit, each as the topic pages draw theirs: static SVG first, live on demand. */
function ComparisonCharts({ result }: { result: CompareResult }): React.ReactNode {
  if (!result.ok) return null;
  const page = comparePath(result.dataset, result.a, result.b);
  const specs = getSiteModel().comparisonCharts.filter((c) => c.pagePath === page);
  return (
    <div className="comparison-charts">
      {specs.map((spec) => (
        <ChartFigure key={spec.id} spec={spec} table={{ href: '#comparison-table', name: 'the comparison table' }} />
      ))}
    </div>
  );
}

/** The compare page as the server renders it: the pickers, the comparison and its charts. */
export function ServerComparison({ result }: { result: CompareResult }): React.ReactNode {
  return (
    <CompareIntro>
      <Comparison result={result} navigation="router" charts={<ComparisonCharts result={result} />} />
    </CompareIntro>
  );
}
