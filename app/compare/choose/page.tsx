import { pageMetadata } from '@/app/page-metadata';
import type { Metadata } from 'next';
import { CompareIntro } from '@/components/compare/compare-intro';
import { Comparison } from '@/components/compare/comparison';
import { compareFigures, type CompareResult } from '@/lib/figures/compare';
import { getSiteModel } from '@/build/site';
import { compareDescription, comparePageTitle } from '@/lib/site/pages';
import { PATHS } from '@/lib/site/routes';

// The compare page before anything is chosen, prerendered: `next start` serves a bare /compare (the link in the
// header) from it (rewrites in next.config.js) rather than rendering it per request.

function nothingChosen(): CompareResult {
  return compareFigures(getSiteModel().figures, {});
}

export function generateMetadata(): Metadata {
  const result = nothingChosen();
  return pageMetadata({ title: comparePageTitle(result), description: compareDescription(result), path: PATHS.compare });
}

export default function CompareChoosePage(): React.ReactNode {
  return (
    <>
      <CompareIntro />
      <div className="compare-area">
        <Comparison result={nothingChosen()} navigation="router" />
      </div>
    </>
  );
}
