import type { Metadata } from 'next';
import { compareMetadata } from '@/app/page-metadata';
import { CompareIntro } from '@/components/compare/compare-intro';
import { Comparison } from '@/components/compare/comparison';
import { compareFigures } from '@/lib/figures/compare';
import { getSiteModel } from '@/build/site';

// The compare page before anything is chosen, prerendered: `next start` serves a bare /compare (the link in the
// header) from it (rewrites in next.config.js) rather than rendering it per request.

export function generateMetadata(): Metadata {
  return compareMetadata(compareFigures(getSiteModel().figures, {}));
}

export default function CompareChoosePage(): React.ReactNode {
  return (
    <CompareIntro>
      <Comparison result={compareFigures(getSiteModel().figures, {})} navigation="router" />
    </CompareIntro>
  );
}
