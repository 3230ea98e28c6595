import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { CitedValue } from '@/components/citation/cited-value';
import { DerivedValue } from '@/components/citation/derived-value';
import { Fact } from '@/components/shared/fact';
import { getSiteModel, getFigure } from '@/build/site';
import { formatInterval, justifiedDecimals, PRECISION_RULE, roundingRange } from '@/lib/figures/precision';
import { formatValue } from '@/lib/figures/format';
import { formatFormula, parseFormula } from '@/lib/data/formula';

export const metadata = pageMetadata(sitePage('checks'));

const COMPARED_WITH = { stated: 'Stated', derived: 'Derived from the report', tested: 'Tested against' } as const;

const STATUS_TEXT = { holds: 'Holds', 'within rounding': 'Within rounding', contradicts: 'Contradicts' } as const;

export default function ChecksPage(): React.ReactNode {
  const { checks, figureById } = getSiteModel();
  const label = (id: string): string => figureById.get(id)?.display ?? id;
  const example = getFigure('trade-exports-1990');
  const range = roundingRange(example);
  return (
    <>
      <h1>Consistency checks</h1>
      <p className="lede">
        The report&rsquo;s numbers are checked against each other. Every stated number stands for a range given by how it was rounded (
        <CitedValue figure={example} context="lede" /> stands for{' '}
        <DerivedValue
          id="lede-range"
          display={`${formatValue(range.low, example.unit, example.scale)} to ${formatValue(range.high, example.unit, example.scale)}`}
          formula={`${example.display} ± half a unit of its last digit`}
        />
        ); a check <strong>holds</strong> when the arithmetic is exact, is <strong>within rounding</strong> when the ranges overlap, and{' '}
        <strong>contradicts</strong> otherwise.
      </p>
      <section aria-labelledby="precision">
        <h2 id="precision">How precise a derived number is shown</h2>
        <p>
          A derived number carries the interval its inputs&rsquo; ranges give through its formula: the lowest and highest value it could
          take with every input anywhere in its range. It is shown with no more digits than that interval justifies, wherever it appears
          (the topic pages, the charts and their tables, comparisons, these checks, the figure pages). {PRECISION_RULE}
        </p>
        <p>
          So Japan&rsquo;s exports in 1989, implied by <CitedValue figure={getFigure('trade-exports-1990')} context="rule" /> and{' '}
          <CitedValue figure={getFigure('trade-exports-change-1990')} context="rule" />, are{' '}
          <CitedValue figure={getFigure('trade-exports-1989')} context="rule" />: the inputs allow{' '}
          {getFigure('trade-exports-1989').intervalText}, about five wide, so units. The downloads keep the full computed value and the
          interval (<code>value</code>, <code>value_low</code>, <code>value_high</code> in <code>figures.csv</code>).
        </p>
      </section>
      <ol className="check-list">
        {checks.map((c) => (
          <li key={c.definition.id} id={`check-${c.definition.id}`} className={`check status-${c.status.replace(' ', '-')}`}>
            <h2 className="check-title">
              <span className="status-badge" data-status={c.status}>
                {STATUS_TEXT[c.status]}
              </span>{' '}
              {c.definition.title}
            </h2>
            <p>{c.definition.claim}</p>
            <dl className="check-arithmetic">
              <dt>Computed</dt>
              <dd>
                {formatFormula(parseFormula(c.definition.computed), label)} ={' '}
                <strong>
                  {formatValue(c.computedValue, c.definition.unit, c.definition.scale, justifiedDecimals(c.computedInterval))}
                </strong>
                <span className="interval-line">
                  {' '}
                  (the inputs&rsquo; rounding allows{' '}
                  {formatInterval(c.computedInterval, c.definition.unit, c.definition.scale, justifiedDecimals(c.computedInterval))})
                </span>
              </dd>
              {c.definition.stated ? (
                <Fact term={COMPARED_WITH[c.comparedWith ?? 'tested']}>{formatFormula(parseFormula(c.definition.stated), label)}</Fact>
              ) : null}
              <Fact term="Finding">{c.summary}</Fact>
              <dt>Inputs</dt>
              <dd>
                <ul className="check-inputs">
                  {c.inputIds.map((id) => {
                    const f = figureById.get(id);
                    return f ? (
                      <li key={id}>
                        {f.seriesLabel}, {f.periodLabel}: <CitedValue figure={f} context={`check-${c.definition.id}`} />
                      </li>
                    ) : null;
                  })}
                </ul>
              </dd>
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
