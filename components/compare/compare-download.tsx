'use client';

import { comparisonCsv, comparisonFileName, type CompareRow } from '@/lib/compare';
import { saveBlob } from '../shared/save-blob';

/** Downloads the comparison on screen as CSV, made in the browser. */
export function CompareDownload({ dataset, a, b, rows }: { dataset: string; a: string; b: string; rows: CompareRow[] }): React.ReactNode {
  const download = (): void => {
    saveBlob(new Blob([comparisonCsv(dataset, a, b, rows)], { type: 'text/csv;charset=utf-8' }), comparisonFileName(dataset, a, b));
  };
  return (
    <p>
      <button type="button" onClick={download} className="secondary">
        Download this comparison (CSV)
      </button>
    </p>
  );
}
