import type { Metadata } from 'next';
import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { JsonLd } from '@/components/shared/json-ld';
import { datasetJsonLd } from '@/lib/site/page-metadata';
import { getSiteModel } from '@/build/site';
import { DatasetSection } from '@/components/figures/dataset-section';
import { absoluteUrl } from '@/lib/site/routes';

export const metadata: Metadata = pageMetadata(sitePage('payments'));

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
