import type { ChartSpec } from '@/lib/charts';
import type { Figure } from '@/lib/figure-display';
import { CitedValue } from '../citation/cited-value';

/**
 * A chart's numbers as a table, each cited; on a phone each row reflows to a block (the roles keep it a table to
 * screen readers, which drop a table's semantics when its display changes). Static: rendered to markup before the build (scripts/static-markup.ts).
 */
export function ChartTable({ spec, figureById }: { spec: ChartSpec; figureById: ReadonlyMap<string, Figure> }): React.ReactNode {
  return (
    <table className="data-table chart-table reflow" role="table" data-chart-id={spec.id}>
      <caption>
        {spec.title}: the charted numbers ({spec.unitLabel})
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">
            Figure
          </th>
          {spec.bars.map((bar) => (
            <th scope="col" role="columnheader" key={bar.key}>
              {bar.label} <span className="unit">({spec.unitLabel})</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {spec.data.map((d) => (
          <tr role="row" key={d.category}>
            <th scope="row" role="rowheader">
              {d.category}
            </th>
            {spec.bars.map((bar) => {
              const c = d.cells[bar.key];
              const f = c ? figureById.get(c.figureId) : undefined;
              return (
                <td
                  key={bar.key}
                  role="cell"
                  className={`num ${c?.kind ?? ''}`}
                  data-label={bar.label}
                  data-figure-id={c?.figureId}
                  data-value={c?.value}
                >
                  {f ? <CitedValue figure={f} context={spec.id} /> : <span className="muted">not stated</span>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
