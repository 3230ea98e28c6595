'use client';

import { useSearchParams } from 'next/navigation';
import { compareFigures } from '@/lib/compare';
import type { Figure } from '@/lib/figures';
import { Comparison } from './comparison';

/**
 * The static export's comparison: a file server ignores the query, so the browser computes the
 * comparison the URL names from the validated figures. Under `next start` the page renders it on the
 * server instead.
 */
export function CompareView({ figures }: { figures: Figure[] }): React.ReactNode {
  const params = useSearchParams();
  const result = compareFigures(figures, {
    dataset: params.getAll('dataset'),
    a: params.getAll('a'),
    b: params.getAll('b'),
  });
  return <Comparison result={result} navigation="history" />;
}
