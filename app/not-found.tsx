import type { Metadata } from 'next';
import { PageList } from '@/components/layout/page-list';
import { PATHS } from '@/lib/site/routes';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound(): React.ReactNode {
  return (
    <>
      <h1>Page not found</h1>
      <p className="lede">
        There is no page at this address. Start from the <a href={PATHS.home}>overview</a>, or go to one of the dashboard&rsquo;s pages:
      </p>
      <PageList />
    </>
  );
}
