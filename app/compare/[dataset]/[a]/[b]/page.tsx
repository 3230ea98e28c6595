import type { Metadata } from 'next';
import { CompareIntro } from '@/components/compare/compare-intro';
import { Comparison } from '@/components/compare/comparison';
import { ComparisonCharts } from '@/components/compare/comparison-charts';
import { pageMetadata } from '@/app/page-metadata';
import { compareFigures, type CompareResult } from '@/lib/figures/compare';
import { getSiteModel } from '@/build/site';
import { comparePageSegments, comparePath, PATHS, periodFromSlug } from '@/lib/site/routes';
import { compareDescription, comparePageTitle, compareRoutes } from '@/lib/site/pages';

// One prerendered page per pair of periods; `next start` serves /compare?dataset=…&a=…&b=… from these
// (rewrites in next.config.js), so a shared comparison costs no rendering per request.
export const dynamicParams = false;

interface Params {
  dataset: string;
  a: string;
  b: string;
}

export function generateStaticParams(): Params[] {
  return compareRoutes(getSiteModel().figures).map(({ dataset, a, b }) => comparePageSegments(dataset, a, b));
}

function comparisonOf({ dataset, a, b }: Params): CompareResult {
  return compareFigures(getSiteModel().figures, { dataset, a: periodFromSlug(a), b: periodFromSlug(b) });
}

// The canonical address is the comparison's query, its one address (the path redirects there).
export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const result = comparisonOf(await params);
  return pageMetadata({
    title: comparePageTitle(result),
    description: compareDescription(result),
    path: result.ok ? comparePath(result.dataset, result.a, result.b) : PATHS.compare,
  });
}

export default async function ComparisonPage({ params }: { params: Promise<Params> }): Promise<React.ReactNode> {
  const result = comparisonOf(await params);
  return (
    <>
      <CompareIntro />
      <div className="compare-area">
        <Comparison result={result} navigation="router" charts={<ComparisonCharts result={result} />} />
      </div>
    </>
  );
}
