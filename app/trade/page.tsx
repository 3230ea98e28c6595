import type { Metadata } from 'next';
import { DatasetSection } from '@/components/figures/dataset-section';

export const metadata: Metadata = { title: 'Japan–Soviet trade' };

export default function TradePage(): React.ReactNode {
  return (
    <>
      <h1>Japan–Soviet trade</h1>
      <p className="lede">
        Japan&rsquo;s exports fell in 1990 as Soviet payments were delayed, while imports grew; the Soviet Union ran its first surplus with
        Japan in years. The 1989 and first-half-1990 levels are not in the report: they are derived from the stated levels and rates of
        change, and marked so.
      </p>
      <section aria-labelledby="trade-heading">
        <h2 id="trade-heading">Exports, imports and the balance</h2>
        <DatasetSection dataset="trade" chartIds={['trade-annual', 'trade-half-year', 'trade-changes', 'trade-balance']} />
      </section>
    </>
  );
}
