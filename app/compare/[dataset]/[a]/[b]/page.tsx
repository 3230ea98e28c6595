import type { Metadata } from 'next';
import { ServerComparison } from '@/components/compare/comparison-charts';
import { compareMetadata } from '@/app/page-metadata';
import { compareFigures, type CompareResult } from '@/lib/figures/compare';
import { getSiteModel } from '@/build/site';
import { comparePageSegments, periodFromSlug } from '@/lib/site/routes';
import { compareRoutes } from '@/lib/site/pages';

// One prerendered page per pair of periods; `next start` serves /compare?dataset=…&a=…&b=… from these
// (rewrites in next.config.js), so a shared comparison costs no rendering per request.
export const dynamicParams = false;

type Params = ReturnType<typeof comparePageSegments>;

export function generateStaticParams(): Params[] {
  return compareRoutes(getSiteModel().figures).map(({ dataset, a, b }) => comparePageSegments(dataset, a, b));
}

function comparisonOf({ dataset, a, b }: Params): CompareResult {
  return compareFigures(getSiteModel().figures, { dataset, a: periodFromSlug(a), b: periodFromSlug(b) });
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return compareMetadata(comparisonOf(await params));
}

export default async function ComparisonPage({ params }: { params: Promise<Params> }): Promise<React.ReactNode> {
  return <ServerComparison result={comparisonOf(await params)} />;
}
