import type { Metadata } from 'next';
import { DatasetSection } from '@/components/figures/dataset-section';

export const metadata: Metadata = { title: 'Fisheries' };

export default function FisheriesPage(): React.ReactNode {
  return (
    <>
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
