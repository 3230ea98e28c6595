import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { JsonLd } from '@/components/shared/json-ld';
import { datasetJsonLd } from '@/lib/site/page-metadata';
import { getSiteModel } from '@/build/site';
import { DatasetSection } from '@/components/figures/dataset-section';
import { absoluteUrl } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata(sitePage('fisheries'));

export default function FisheriesPage(): React.ReactNode {
  return (
    <>
      <JsonLd data={datasetJsonLd(getSiteModel().metadata, getSiteModel().figures, absoluteUrl, 'fisheries')} />
      <h1>Fishery quotas and the salmon and trout agreement</h1>
      <p className="lede">
        The 200-nautical-mile quotas for 1991 were unchanged from 1990; the high-seas catch of Soviet-origin salmon and trout and the
        fishery cooperation expenditures were cut.
      </p>
      <section aria-labelledby="fisheries-heading">
        <h2 id="fisheries-heading">Quotas, catch and cooperation money</h2>
        <DatasetSection dataset="fisheries" chartIds={['fisheries-quotas', 'fisheries-salmon', 'fisheries-cooperation']} />
      </section>
    </>
  );
}
