/** The compare page's title and lede, and the comparison area below them. */
export function CompareIntro({ children }: { children: React.ReactNode }): React.ReactNode {
  return (
    <>
      <h1>Compare periods</h1>
      <p className="lede">
        Pick a dataset and two periods to see every series side by side with the change. The address holds the comparison, so you can share
        it. Changes are computed here, not stated in the report, and are marked derived; a change between two rates is given in percentage
        points.
      </p>
      <div className="compare-area">{children}</div>
    </>
  );
}
