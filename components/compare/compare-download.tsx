'use client';

import { saveBlob } from '../shared/save-blob';

/** Saves the comparison on screen as CSV; the CSV is made where the comparison is (server or export). */
export function CompareDownload({ csv, fileName }: { csv: string; fileName: string }): React.ReactNode {
  const download = (): void => {
    saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName);
  };
  return (
    <p>
      <button type="button" onClick={download} className="secondary">
        Download this comparison (CSV)
      </button>
    </p>
  );
}
