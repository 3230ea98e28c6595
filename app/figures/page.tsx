import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { REFLOWED_ROW_REM, tableHeightEstimate } from '@/components/shared/table-estimate';
import { DATASETS } from '@/lib/data/catalog';
import { getSiteModel } from '@/build/site';
import { figurePath } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata(sitePage('figures'));

export default function FiguresPage(): React.ReactNode {
  const { figures } = getSiteModel();
  const reported = figures.filter((f) => f.kind === 'reported').length;
  return (
    <>
      <h1>Every figure</h1>
      <p className="lede">
        {figures.length} figures: {reported} stated in the report and {figures.length - reported} derived from them. Each has a page with
        its sentence or its derivation, its precision, where it is used, and how to cite it.
      </p>
      <div
        className="table-scroll"
        role="region"
        aria-label="Every figure"
        tabIndex={0}
        style={tableHeightEstimate(figures.length + 1, REFLOWED_ROW_REM.index)}
      >
        <table className="data-table figures-index reflow">
          <caption>Every figure, in the order of the data files</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col">Dataset</th>
              <th scope="col">Series</th>
              <th scope="col">Period</th>
              <th scope="col" className="num">
                Value
              </th>
              <th scope="col">Kind</th>
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.id} id={f.id} data-figure-id={f.id}>
                <th scope="row">
                  <a href={figurePath(f.id)}>
                    <code>{f.id}</code>
                  </a>
                </th>
                <td data-label="Dataset">{DATASETS[f.dataset].title}</td>
                <td data-label="Series">{f.seriesLabel}</td>
                <td data-label="Period">
                  {f.periodLabel}
                  {f.baseLabel ? <span className="muted"> ({f.baseLabel})</span> : null}
                </td>
                <td className="num" data-label="Value">
                  {f.display}
                </td>
                <td data-label="Kind">{f.kind === 'derived' ? <span className="derived-badge">derived</span> : 'reported'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
