import { barLegendLabel, hasDerivedBar, type ChartSpec } from '@/lib/charts/charts';

/** A chart's title and caption (its figure's figcaption, which must come first), and its legend: what each colour is, and how a derived value looks. */
export function ChartHeading({ spec }: { spec: ChartSpec }): React.ReactNode {
  const hasDerived = hasDerivedBar(spec);
  return (
    <>
      <figcaption className="chart-heading">
        <h3 id={`${spec.id}-title`} className="chart-title">
          {spec.title}
        </h3>
        <p className="chart-caption">{spec.caption}</p>
      </figcaption>
      <ul className="chart-legend" aria-label="Legend">
        {spec.bars.map((bar, i) => (
          <li key={bar.key}>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect width="14" height="14" className={`bar bar-${i} reported`} />
            </svg>
            {barLegendLabel(bar)}
          </li>
        ))}
        {hasDerived ? (
          <li>
            <svg width="14" height="14" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="12" height="12" className="legend-derived" />
            </svg>
            Hatched bars with a dashed outline, and values in italics: derived, not stated in the report
          </li>
        ) : null}
      </ul>
    </>
  );
}
