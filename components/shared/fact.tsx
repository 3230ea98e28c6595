/** A term and its description, in a <dl>. */
export function Fact({ term, children }: { term: string; children: React.ReactNode }): React.ReactNode {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
