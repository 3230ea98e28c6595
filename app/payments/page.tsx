import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { JsonLd } from '@/components/shared/json-ld';
import { datasetJsonLd } from '@/lib/site/page-metadata';
import { getSiteModel } from '@/build/site';
import { absoluteUrl } from '@/lib/site/site-url';
import { DatasetSection } from '@/components/figures/dataset-section';

export const metadata: Metadata = pageMetadata({
  title: 'Payments, joint ventures and assistance',
  description:
    "Delayed Soviet payments to Japanese trading companies, Japan–Soviet joint ventures, and Japan's and Germany's assistance to the Soviet Union, from the Diplomatic Bluebook 1991.",
  path: '/payments',
  reference: 'dataset',
});

export default function PaymentsPage(): React.ReactNode {
  return (
    <>
      <JsonLd data={datasetJsonLd(getSiteModel().metadata, getSiteModel().figures, absoluteUrl, 'payments')} />
      <JsonLd data={datasetJsonLd(getSiteModel().metadata, getSiteModel().figures, absoluteUrl, 'assistance')} />
      <h1>Delayed payments, joint ventures and assistance</h1>
      <p className="lede">
        Soviet arrears to Japanese trading companies, the number of Japan–Soviet joint ventures, and the assistance Japan (and Germany)
        extended. Amounts in different currencies are never drawn on one axis.
      </p>
      <section aria-labelledby="payments">
        <h2 id="payments">Delayed payments and joint ventures</h2>
        <DatasetSection dataset="payments" chartIds={[]} />
      </section>
      <section aria-labelledby="assistance">
        <h2 id="assistance">Assistance</h2>
        <DatasetSection dataset="assistance" chartIds={['assistance-yen']} />
      </section>
    </>
  );
}
