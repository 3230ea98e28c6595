import { comparisonTitle, type CompareResult, type ComputedChange } from '@/lib/figures/compare';
import { capitalise, formatPeriod } from '@/lib/figures/format';
import { CitedValue } from '../citation/cited-value';
import { DerivedValue } from '../citation/derived-value';
import { REFLOWED_ROW_REM, tableHeightEstimate } from '../shared/table-estimate';
import { csvDataUrl } from '@/lib/site/csv-writer';
import { comparePath } from '@/lib/site/routes';
import { comparisonCsv, comparisonFileName } from '@/lib/site/comparison-csv';

/** A comparison, or what to choose instead; no hooks, so the server can render it (next start) as well as the browser. */
export function ComparisonResult({ result, charts }: { result: CompareResult; charts?: React.ReactNode }): React.ReactNode {
  if (!result.ok) {
    return (
      <section className="notice" aria-labelledby="compare-help">
        <h2 id="compare-help">Choose what to compare</h2>
        <div role="status">
          <ul>
            {result.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
        <p>Every comparison there is, by dataset:</p>
        <ul className="valid-choices">
          {result.options.map((o) => (
            <li key={o.name}>
              <strong>{o.title}</strong>
              <ul className="comparison-links">
                {o.periods.flatMap((pa, i) =>
                  o.periods.slice(i + 1).map((pb) => (
                    <li key={`${pa.code}|${pb.code}`}>
                      <a href={comparePath(o.name, pa.code, pb.code)}>
                        {capitalise(pa.label)} and {pb.label}
                      </a>
                    </li>
                  )),
                )}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="comparison" className="comparison">
      <h2 id="comparison">{comparisonTitle(result)}</h2>
      {charts}
      <div className="table-scroll" style={tableHeightEstimate(result.rows.length + 1, REFLOWED_ROW_REM.comparison)}>
        <table
          id="comparison-table"
          className="data-table compare-table reflow"
          data-dataset={result.dataset}
          data-a={result.a}
          data-b={result.b}
        >
          <caption>
            Each series in {formatPeriod(result.a)} (A) and {formatPeriod(result.b)} (B), with the change from A to B
          </caption>
          <thead>
            <tr>
              <th scope="col">Series</th>
              <th scope="col" className="num">
                A: {formatPeriod(result.a)}
              </th>
              <th scope="col" className="num">
                B: {formatPeriod(result.b)}
              </th>
              <th scope="col" className="num">
                Change, B − A
              </th>
              <th scope="col" className="num">
                % change
              </th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.series} data-series={row.series}>
                <th scope="row">
                  {row.seriesLabel} <span className="unit">({row.unitLabel})</span>
                </th>
                <td className="num" data-cell="a" data-label={`A: ${formatPeriod(result.a)}`}>
                  {row.a ? <CitedValue figure={row.a} context="compare-a" /> : <span className="muted">not stated</span>}
                </td>
                <td className="num" data-cell="b" data-label={`B: ${formatPeriod(result.b)}`}>
                  {row.b ? <CitedValue figure={row.b} context="compare-b" /> : <span className="muted">not stated</span>}
                </td>
                <td className="num" data-cell="change" data-label="Change, B − A">
                  {row.change ? <ComputedValue id={`chg-${row.series}`} computed={row.change} /> : <span className="muted">—</span>}
                </td>
                <td className="num" data-cell="pct" data-label="% change">
                  {row.percentFigure ? (
                    <>
                      <CitedValue figure={row.percentFigure} context="compare-pct" />
                      {row.percentFigure.kind === 'reported' ? <span className="interval-line">as the report states it</span> : null}
                    </>
                  ) : row.percentChange ? (
                    <ComputedValue id={`pct-${row.series}`} computed={row.percentChange} />
                  ) : row.percentNote ? (
                    <span className="percent-note">{row.percentNote}</span>
                  ) : (
                    <span className="muted">{row.change ? 'n/a for rates' : '—'}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* A plain link holding the file, so it works without JavaScript. */}
      <p>
        <a
          className="download"
          href={csvDataUrl(comparisonCsv(result.dataset, result.a, result.b, result.rows))}
          download={comparisonFileName(result.dataset, result.a, result.b)}
        >
          Download this comparison (CSV)
        </a>
      </p>
    </section>
  );
}

/** A change the comparison computes: derived, with its formula, and the interval its inputs allow beneath it. */
function ComputedValue({ id, computed }: { id: string; computed: ComputedChange }): React.ReactNode {
  return (
    <>
      <DerivedValue id={id} display={computed.display} formula={computed.formula} interval={computed.intervalText} />
      <span className="interval-line">{computed.intervalText}</span>
    </>
  );
}
