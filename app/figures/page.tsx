import { figurePath } from '@/lib/figure-display';
import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { tableHeightEstimate } from '@/components/shared/table-estimate';
import { DATASETS } from '@/lib/catalog';
import { getSiteModel } from '@/lib/site-model';

export const metadata: Metadata = pageMetadata({
  title: 'Every figure',
  description:
    "Every figure of the Diplomatic Bluebook 1991's section on the Soviet Union in one table: dataset, series, period, value and whether the report states it or it is derived, each with a page of its own to cite.",
  path: '/figures',
  reference: 'dataset',
  referenceTitle: 'Every figure of the Diplomatic Bluebook 1991, section "The Soviet Union"',
});

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
      <div className="table-scroll" role="region" aria-label="Every figure" tabIndex={0} style={tableHeightEstimate(figures.length + 1)}>
        <table className="data-table figures-index reflow" role="table">
          <caption>Every figure, in the order of the data files</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th scope="col" role="columnheader">
                Figure
              </th>
              <th scope="col" role="columnheader">
                Dataset
              </th>
              <th scope="col" role="columnheader">
                Series
              </th>
              <th scope="col" role="columnheader">
                Period
              </th>
              <th scope="col" role="columnheader" className="num">
                Value
              </th>
              <th scope="col" role="columnheader">
                Kind
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {figures.map((f) => (
              <tr role="row" key={f.id} id={f.id} data-figure-id={f.id}>
                <th scope="row" role="rowheader">
                  <a href={figurePath(f.id)}>
                    <code>{f.id}</code>
                  </a>
                </th>
                <td role="cell" data-label="Dataset">
                  {DATASETS[f.dataset].title}
                </td>
                <td role="cell" data-label="Series">
                  {f.seriesLabel}
                </td>
                <td role="cell" data-label="Period">
                  {f.periodLabel}
                  {f.baseLabel ? <span className="muted"> ({f.baseLabel})</span> : null}
                </td>
                <td role="cell" className="num" data-label="Value">
                  {f.display}
                </td>
                <td role="cell" data-label="Kind">
                  {f.kind === 'derived' ? <span className="derived-badge">derived</span> : 'reported'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
