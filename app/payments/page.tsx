import type { Metadata } from 'next';
import { DatasetSection } from '@/components/figures/dataset-section';

export const metadata: Metadata = { title: 'Payments, joint ventures and assistance' };

export default function PaymentsPage(): React.ReactNode {
  return (
    <>
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
