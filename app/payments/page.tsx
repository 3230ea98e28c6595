import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { TopicPage } from '@/components/figures/topic-page';

export const metadata = pageMetadata(sitePage('payments'));

export default function PaymentsPage(): React.ReactNode {
  return <TopicPage name="payments" />;
}
