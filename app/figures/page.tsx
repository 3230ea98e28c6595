import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { REFLOWED_ROW_REM, tableHeightEstimate } from '@/components/shared/table-estimate';
import { DATASET_NAMES, DATASETS } from '@/lib/data/catalog';
import { getSiteModel } from '@/build/site';
import { figurePath, topicPath } from '@/lib/site/routes';

export const metadata = pageMetadata(sitePage('figures'));

/** One table per dataset: a phone lays out the first and leaves the others until they come near (.table-scroll). */
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
      {DATASET_NAMES.map((dataset) => {
        const rows = figures.filter((f) => f.dataset === dataset);
        const { title } = DATASETS[dataset];
        return (
          <section key={dataset} aria-labelledby={`${dataset}-heading`}>
            <h2 id={`${dataset}-heading`}>
              <a href={topicPath(dataset)}>{title}</a>
            </h2>
            <div
              className="table-scroll"
              role="region"
              aria-label={`Every figure: ${title}`}
              tabIndex={0}
              style={tableHeightEstimate(rows.length + 1, REFLOWED_ROW_REM.index)}
            >
              <table className="data-table figures-index reflow">
                <caption>
                  {rows.length} figures, in the order of {dataset}.csv
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Figure</th>
                    <th scope="col">Series</th>
                    <th scope="col">Period</th>
                    <th scope="col" className="num">
                      Value
                    </th>
                    <th scope="col">Kind</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((f) => (
                    <tr key={f.id} id={f.id} data-figure-id={f.id}>
                      <th scope="row">
                        <a href={figurePath(f.id)}>
                          <code>{f.id}</code>
                        </a>
                      </th>
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
          </section>
        );
      })}
    </>
  );
}
