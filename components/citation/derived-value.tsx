/** A number computed on this page, marked as derived, with its formula on hover or focus. */
export function DerivedValue({ id, display, formula }: { id: string; display: string; formula: string }): React.ReactNode {
  const popId = `pop-${id}`;
  return (
    <span className="cite cite-derived">
      <span className="cite-link" tabIndex={0} aria-describedby={popId}>
        {display}
      </span>
      <span className="derived-badge" aria-hidden="true">
        derived
      </span>
      <span className="cite-pop" role="tooltip" id={popId}>
        <span className="cite-pop-head">Derived:</span> {formula} = {display}
      </span>
    </span>
  );
}
