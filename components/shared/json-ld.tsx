/** Structured data for search engines: JSON-LD in a script element that no browser runs. */
export function JsonLd({ data }: { data: object }): React.ReactNode {
  // "<" escaped so that no string in the data can close the element.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
