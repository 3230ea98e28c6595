import { barLegendLabel, type ChartSpec } from '@/lib/charts/charts';
import type { Figure } from '@/lib/figures/figure';
import { CitedValue } from '../citation/cited-value';

/** A chart's numbers as a table, each cited; reflows to blocks on a phone. Rendered to markup before the build (build/static-markup.ts). */
export function ChartTable({ spec, figureById }: { spec: ChartSpec; figureById: ReadonlyMap<string, Figure> }): React.ReactNode {
  return (
    <table className="data-table chart-table reflow" data-chart-id={spec.id}>
      <caption>
        {spec.title}: the charted numbers ({spec.unitLabel})
      </caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          {spec.bars.map((bar) => (
            <th scope="col" key={bar.key}>
              {barLegendLabel(bar)} <span className="unit">({spec.unitLabel})</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.data.map((d) => (
          <tr key={d.category}>
            <th scope="row">{d.category}</th>
            {spec.bars.map((bar) => {
              const c = d.cells[bar.key];
              const f = c ? figureById.get(c.figureId) : undefined;
              return (
                <td
                  key={bar.key}
                  className={`num ${c?.kind ?? ''}`}
                  data-label={barLegendLabel(bar)}
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
