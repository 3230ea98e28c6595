/** A number not stated in the report, marked "derived", its formula on hover or focus; a link with `href`, else focusable text. */
export function DerivedValue({
  id,
  display,
  formula,
  href,
  figureId,
  interval,
  children,
}: {
  id: string;
  display: string;
  formula: string;
  /** What the inputs' rounding allows, as text: "low to high" in the value's unit. */
  interval?: string;
  href?: string;
  /** Set when the number is a derived row of the data, for tests and styling hooks. */
  figureId?: string;
  children?: React.ReactNode;
}): React.ReactNode {
  const popId = `pop-${id}`;
  const label = children ?? display;
  return (
    <span className="cite cite-derived" data-figure-id={figureId}>
      {href ? (
        <a className="cite-link" href={href} aria-describedby={popId}>
          {label}
        </a>
      ) : (
        <span className="cite-link" tabIndex={0} aria-describedby={popId}>
          {label}
        </span>
      )}
      <span className="derived-badge" aria-hidden="true">
        derived
      </span>
      <span className="cite-pop" role="tooltip" id={popId}>
        <span className="cite-pop-head">Derived, not stated in the report:</span> {formula} = {display}
        {interval ? <span className="cite-pop-interval">; the inputs&rsquo; rounding allows {interval}</span> : null}
      </span>
    </span>
  );
}
