'use client';

import { comparisonCsv, comparisonFileName, type CompareRow } from '@/lib/compare';

/** Downloads the comparison on screen as CSV, made in the browser. */
export function CompareDownload({ dataset, a, b, rows }: { dataset: string; a: string; b: string; rows: CompareRow[] }): React.ReactNode {
  const download = (): void => {
    const blob = new Blob([comparisonCsv(dataset, a, b, rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = comparisonFileName(dataset, a, b);
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <p>
      <button type="button" onClick={download} className="secondary">
        Download this comparison (CSV)
      </button>
    </p>
  );
}
