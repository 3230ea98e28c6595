import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound(): React.ReactNode {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">There is no page at this address. The dashboard has these pages:</p>
      <ul className="topic-list">
        <li>
          <a href="/">Overview</a>
        </li>
        <li>
          <a href="/economy">Soviet economy</a>
        </li>
        <li>
          <a href="/trade">Japan–Soviet trade</a>
        </li>
        <li>
          <a href="/fisheries">Fisheries</a>
        </li>
        <li>
          <a href="/payments">Delayed payments, joint ventures and assistance</a>
        </li>
        <li>
          <a href="/compare">Compare periods</a>
        </li>
        <li>
          <a href="/checks">Consistency checks</a>
        </li>
        <li>
          <a href="/source">The annotated source</a>
        </li>
        <li>
          <a href="/data">Data downloads</a>
        </li>
      </ul>
    </>
  );
}
