import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { JsonLd } from '@/components/shared/json-ld';
import { datasetJsonLd } from '@/lib/site/page-metadata';
import { getSiteModel } from '@/build/site';
import { DatasetSection } from '@/components/figures/dataset-section';
import { absoluteUrl } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata(sitePage('trade'));

export default function TradePage(): React.ReactNode {
  return (
    <>
      <JsonLd data={datasetJsonLd(getSiteModel().metadata, getSiteModel().figures, absoluteUrl, 'trade')} />
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
