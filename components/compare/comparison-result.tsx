import { compareHref, comparisonCsv, comparisonFileName, comparisonTitle, type CompareResult, type ComputedChange } from '@/lib/compare';
import { formatPeriod } from '@/lib/format';
import { CitedValue } from '../citation/cited-value';
import { DerivedValue } from '../citation/derived-value';
import { tableHeightEstimate } from '../shared/table-estimate';
import { CompareDownload } from './compare-download';

const SUGGESTIONS = [
  ['trade', '1989', '1990', 'Trade, 1989 against 1990'],
  ['trade', '1990-S1', '1991-S1', 'Trade, first halves of 1990 and 1991'],
  ['economy', '1990', '1991-S1', 'Economy, 1990 against the first half of 1991'],
  ['fisheries', '1990', '1991', 'Fisheries, 1990 against 1991'],
] as const;

/**
 * A comparison, or what to choose instead. No hooks: under `next start` the server renders it, so
 * its numbers are in the HTML; in the static export the browser does (see CompareView).
 */
export function ComparisonResult({ result }: { result: CompareResult }): React.ReactNode {
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
        <p>Valid choices:</p>
        <ul className="valid-choices">
          {result.options.map((o) => (
            <li key={o.name}>
              <code>dataset={o.name}</code> ({o.title}), periods {o.periods.map((p) => p.code).join(', ')}
            </li>
          ))}
        </ul>
        <p>Or start from one of these:</p>
        <ul>
          {SUGGESTIONS.map(([d, a, b, label]) => (
            <li key={label}>
              <a href={compareHref(d, a, b)}>{label}</a>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="comparison" className="comparison">
      <h2 id="comparison">{comparisonTitle(result)}</h2>
      <div className="table-scroll" style={tableHeightEstimate(result.rows.length + 1)}>
        <table className="data-table compare-table" data-dataset={result.dataset} data-a={result.a} data-b={result.b}>
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
                <td className="num" data-cell="a">
                  {row.a ? <CitedValue figure={row.a} context="compare-a" /> : <span className="muted">not stated</span>}
                </td>
                <td className="num" data-cell="b">
                  {row.b ? <CitedValue figure={row.b} context="compare-b" /> : <span className="muted">not stated</span>}
                </td>
                <td className="num" data-cell="change">
                  {row.change ? <ComputedValue id={`chg-${row.series}`} computed={row.change} /> : <span className="muted">—</span>}
                </td>
                <td className="num" data-cell="pct">
                  {row.percentChange ? (
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
      <CompareDownload
        csv={comparisonCsv(result.dataset, result.a, result.b, result.rows)}
        fileName={comparisonFileName(result.dataset, result.a, result.b)}
      />
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
