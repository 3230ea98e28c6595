import type { Metadata } from 'next';
import { CompareIntro } from '@/components/compare/compare-intro';
import { ServerComparison } from '@/components/compare/server-comparison';
import { compareFigures, compareHref, compareRoutes, comparisonTitle, periodFromSlug, type CompareResult } from '@/lib/compare';
import { getDashboard } from '@/lib/dashboard';

// One prerendered page per pair of periods; `next start` serves /compare?dataset=…&a=…&b=… from these
// (rewrites in next.config.js), so a shared comparison costs no rendering per request.
export const dynamicParams = false;

interface Params {
  dataset: string;
  a: string;
  b: string;
}

export function generateStaticParams(): Params[] {
  return compareRoutes(getDashboard().figures).map(({ segments }) => segments);
}

function comparisonOf({ dataset, a, b }: Params): CompareResult {
  return compareFigures(getDashboard().figures, { dataset, a: periodFromSlug(a), b: periodFromSlug(b) });
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const p = await params;
  const result = comparisonOf(p);
  const canonical = compareHref(p.dataset, periodFromSlug(p.a), periodFromSlug(p.b));
  return { title: result.ok ? `${comparisonTitle(result)} — Compare periods` : 'Compare periods', alternates: { canonical } };
}

export default async function ComparisonPage({ params }: { params: Promise<Params> }): Promise<React.ReactNode> {
  const p = await params;
  return (
    <>
      <CompareIntro />
      <ServerComparison result={comparisonOf(p)} />
    </>
  );
}
