import { csvDataUrl } from '@/lib/site/csv-writer';

/** The comparison on screen as a CSV download: a plain link holding the file, so it works without JavaScript. */
export function CompareDownload({ csv, fileName }: { csv: string; fileName: string }): React.ReactNode {
  return (
    <p>
      <a className="download" href={csvDataUrl(csv)} download={fileName}>
        Download this comparison (CSV)
      </a>
    </p>
  );
}
