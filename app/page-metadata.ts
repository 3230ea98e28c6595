// Next's metadata for a page from lib/site/page-metadata.ts's plain data: its own title and description, a canonical
// URL, OpenGraph and Twitter tags, and, for the report and the data, the tags reference managers read.
import type { Metadata } from 'next';
import type { SourceMetadata } from '@/lib/data/schema';
import { referenceTags } from '@/lib/site/page-metadata';
import { cardImage, pageCard } from '@/lib/site/social-card';
import { getSiteModel } from '@/build/site';
import { absoluteUrl, comparePath, PATHS } from '@/lib/site/routes';
import { compareDescription, comparePageTitle, pageTitle, SITE_NAME, type SitePage } from '@/lib/site/pages';
import type { CompareResult } from '@/lib/figures/compare';

type PageDescription = Omit<SitePage, 'navLabel' | 'summary'>;

/** What Zotero and its kin save a page under: the report by its title and section, a dataset by what it holds. */
function referenceTitleOf(page: PageDescription, metadata: SourceMetadata): string {
  if (page.referenceTitle) return page.referenceTitle;
  if (page.reference === 'report') return `${metadata.title}, ${metadata.section}`;
  return `${page.title}: figures of the Diplomatic Bluebook 1991, section "The Soviet Union"`;
}

export function pageMetadata(page: PageDescription): Metadata {
  const { title, description, path, reference } = page;
  const url = absoluteUrl(path);
  const { metadata, cards } = getSiteModel();
  // The page's social card, which build/render-cards.ts drew from the same plan to public/cards/.
  const image = { ...cardImage(pageCard(cards, path), absoluteUrl), type: 'image/png' };
  return {
    // The layout's title template applies to the pages below it, not to the home page beside it.
    title: path === PATHS.home ? { absolute: pageTitle(title) } : title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title: pageTitle(title),
      description,
      url,
      type: reference === 'report' ? 'article' : 'website',
      siteName: SITE_NAME,
      locale: 'en',
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: pageTitle(title), description, images: [{ url: image.url, alt: image.alt }] },
    ...(reference ? { other: referenceTags(reference, metadata, referenceTitleOf(page, metadata), url) } : {}),
  };
}

/** A comparison's metadata: its one address is its query (the prerendered path redirects there). */
export function compareMetadata(result: CompareResult): Metadata {
  const path = result.ok ? comparePath(result.dataset, result.a, result.b) : PATHS.compare;
  return pageMetadata({ title: comparePageTitle(result), description: compareDescription(result), path });
}
