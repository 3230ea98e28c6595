import { pageMetadata } from '@/app/page-metadata';
import { sitePage } from '@/lib/site/pages';
import { TopicPage } from '@/components/figures/topic-page';

export const metadata = pageMetadata(sitePage('fisheries'));

export default function FisheriesPage(): React.ReactNode {
  return <TopicPage name="fisheries" />;
}
