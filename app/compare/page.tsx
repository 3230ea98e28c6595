import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareControls } from '@/components/compare/compare-controls';
import { CompareView } from '@/components/compare/compare-view';
import { ComparisonResult } from '@/components/compare/comparison-result';
import { compareFigures, compareSelection, comparisonTitle, type CompareParams } from '@/lib/compare';
import { getDashboard } from '@/lib/dashboard';

// A file server ignores the query, so the static export renders the comparison in the browser;
// `next start` renders it per request, with its numbers in the HTML.
const STATIC_EXPORT = process.env.STATIC_EXPORT === '1';

interface ComparePageProps {
  searchParams: Promise<CompareParams>;
}

export async function generateMetadata({ searchParams }: ComparePageProps): Promise<Metadata> {
  if (STATIC_EXPORT) return { title: 'Compare periods' };
  const result = compareFigures(getDashboard().figures, await searchParams);
  return { title: result.ok ? `${comparisonTitle(result)} — Compare periods` : 'Compare periods' };
}

export default async function ComparePage({ searchParams }: ComparePageProps): Promise<React.ReactNode> {
  const { figures } = getDashboard();
  return (
    <>
      <h1>Compare periods</h1>
      <p className="lede">
        Pick a dataset and two periods to see every series side by side with the change. The address holds the comparison, so you
        can share it. Changes are computed here, not stated in the report, and are marked derived; a change between two rates is
        given in percentage points.
      </p>
      {STATIC_EXPORT ? (
        <div className="compare-area">
          <Suspense fallback={<p className="muted">Loading the comparison…</p>}>
            <CompareView figures={figures} />
          </Suspense>
          <noscript>
            <p className="notice">
              The comparison is worked out in your browser and needs JavaScript. Every figure, with its citation, is also on the topic
              pages: <a href="/economy">economy</a>, <a href="/trade">trade</a>, <a href="/fisheries">fisheries</a>,{' '}
              <a href="/payments">payments and assistance</a>; or download <a href="/data/figures.csv">figures.csv</a>.
            </p>
          </noscript>
        </div>
      ) : (
        <ServerComparison params={await searchParams} />
      )}
    </>
  );
}

function ServerComparison({ params }: { params: CompareParams }): React.ReactNode {
  const result = compareFigures(getDashboard().figures, params);
  const selection = compareSelection(result);
  return (
    <div className="compare-area">
      <CompareControls key={selection.key} options={result.options} {...selection.values} navigation="router" />
      <ComparisonResult result={result} />
    </div>
  );
}
