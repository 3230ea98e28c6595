import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareView } from '@/components/compare/compare-view';
import { getDashboard } from '@/lib/dashboard';

export const metadata: Metadata = { title: 'Compare periods' };

export default function ComparePage(): React.ReactNode {
  const { figures } = getDashboard();
  return (
    <>
      <h1>Compare periods</h1>
      <p className="lede">
        Pick a dataset and two periods to see every series side by side with the change. The address holds the comparison, so you
        can share it. Changes are computed here, not stated in the report, and are marked derived; a change between two rates is
        given in percentage points.
      </p>
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
    </>
  );
}
