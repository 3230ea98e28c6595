import { compareMetadata } from '@/app/page-metadata';
import type { Metadata } from 'next';
import { Suspense } from 'react';
import { CompareIntro } from '@/components/compare/compare-intro';
import { ServerComparison } from '@/components/compare/comparison-charts';
import { CompareView } from '@/components/compare/compare-view';
import { compareFigures, type CompareParams } from '@/lib/figures/compare';
import { getSiteModel } from '@/build/site';
import { dataFilePath, topicPath } from '@/lib/site/routes';
import { pageTitle, sitePage } from '@/lib/site/pages';
import { FIGURES_FILE } from '@/lib/site/downloads';

// A file server ignores the query, so the static export renders the comparison in the browser. Under
// `next start`, a query naming a pair of periods is rewritten to its prerendered page
// (compare/[dataset]/[a]/[b]); any other query is rendered here, per request.
const STATIC_EXPORT = process.env.STATIC_EXPORT === '1';

interface ComparePageProps {
  searchParams: Promise<CompareParams>;
}

export async function generateMetadata({ searchParams }: ComparePageProps): Promise<Metadata> {
  // The export's title is the page's own <title> and CompareView's: with a metadata title too, Next mounts that
  // one in the browser after the comparison and it would name the page for nothing chosen.
  if (STATIC_EXPORT) return { title: null };
  return compareMetadata(compareFigures(getSiteModel().figures, await searchParams));
}

export default async function ComparePage({ searchParams }: ComparePageProps): Promise<React.ReactNode> {
  const { figures } = getSiteModel();
  if (!STATIC_EXPORT) return <ServerComparison result={compareFigures(figures, await searchParams)} />;
  return (
    <>
      <title>{pageTitle(sitePage('compare').title)}</title>
      <CompareIntro>
        <Suspense fallback={<p className="muted">Loading the comparison…</p>}>
          <CompareView figures={figures} />
        </Suspense>
        <noscript>
          <p className="notice">
            The comparison is worked out in your browser and needs JavaScript. Every figure, with its citation, is also on the topic pages:{' '}
            <a href={topicPath('economy')}>economy</a>, <a href={topicPath('trade')}>trade</a>,{' '}
            <a href={topicPath('fisheries')}>fisheries</a>, <a href={topicPath('payments')}>payments and assistance</a>; or download{' '}
            <a href={dataFilePath(FIGURES_FILE)}>figures.csv</a>.
          </p>
        </noscript>
      </CompareIntro>
    </>
  );
}
