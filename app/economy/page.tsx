import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { JsonLd } from '@/components/shared/json-ld';
import { datasetJsonLd } from '@/lib/site/page-metadata';
import { getSiteModel } from '@/build/site';
import { DatasetSection } from '@/components/figures/dataset-section';
import { absoluteUrl } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata(sitePage('economy'));

export default function EconomyPage(): React.ReactNode {
  return (
    <>
      <JsonLd data={datasetJsonLd(getSiteModel().metadata, getSiteModel().figures, absoluteUrl, 'economy')} />
      <h1>The Soviet economy, 1990 to mid-1991</h1>
      <p className="lede">
        The report gives rates of change, not levels: GNP, mining and manufacturing, consumer goods and money income for 1990 and for the
        first half of 1991, by Soviet statistics. Rates are compared in percentage points, never as a percentage of a percentage.
      </p>
      <section aria-labelledby="economy-heading">
        <h2 id="economy-heading">Output, income and prices</h2>
        <DatasetSection dataset="economy" chartIds={['economy-changes']} />
      </section>
    </>
  );
}
