'use client';

import { useSearchParams } from 'next/navigation';
import { compareFigures } from '@/lib/figures/compare';
import type { Figure } from '@/lib/figures/figure';
import { Comparison } from './comparison';
import { ComparisonLiveCharts } from './comparison-live-charts';
import { comparePageTitle, pageTitle } from '@/lib/site/pages';

/** The static export's comparison, computed in the browser from the URL (see app/compare/page.tsx). */
export function CompareView({ figures }: { figures: Figure[] }): React.ReactNode {
  const params = useSearchParams();
  const result = compareFigures(figures, {
    dataset: params.getAll('dataset'),
    a: params.getAll('a'),
    b: params.getAll('b'),
  });
  // The exported page was titled before anything was chosen. React puts this <title> in the head ahead of the
  // page's, so the tab names the comparison as the server's pages do (document.title set in an effect is
  // undone when the page's title hydrates).
  return (
    <>
      <title>{pageTitle(comparePageTitle(result))}</title>
      <Comparison result={result} navigation="history" charts={<ComparisonLiveCharts result={result} figures={figures} />} />
    </>
  );
}
