import type { SourceMetadata } from '@/lib/data/schema';
import { PATHS } from '@/lib/site/routes';

export function SiteFooter({ metadata }: { metadata: SourceMetadata }): React.ReactNode {
  return (
    <footer className="site-footer">
      <p>
        Source: {metadata.publisher}, <cite>{metadata.title}</cite>, {metadata.section} (
        <a href={metadata.sectionUrl} rel="external">
          the section on the Ministry&rsquo;s site
        </a>
        ). Covers {metadata.periodCovered.charAt(0).toLowerCase() + metadata.periodCovered.slice(1)}.
      </p>
      <p>
        Every number links to the sentence that states it; derived numbers are marked and show their formula. Data:{' '}
        <a href={PATHS.data}>CSV downloads and how to cite</a>.
      </p>
    </footer>
  );
}
