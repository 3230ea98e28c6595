// Next's metadata for a page from lib/site/page-metadata.ts's plain data: its own title and description, a canonical
// URL, OpenGraph and Twitter tags, and, for the report and the data, the tags reference managers read.
import type { Metadata } from 'next';
import { referenceTags } from '@/lib/site/page-metadata';
import { pageTitle } from '@/lib/site/page-title';
import { cardImage, pageCard } from '@/lib/site/social-card';
import { getSiteModel } from '@/build/site';
import { absoluteUrl } from '@/lib/site/site-url';

interface PageDescription {
  /** The page's own title, before the site's suffix. */
  title: string;
  description: string;
  /** The page's one address, e.g. "/trade". */
  path: string;
  /** What a reference manager should save it as, if anything. */
  reference?: 'report' | 'dataset';
  /** The title a reference manager should save it under, if not the page's. */
  referenceTitle?: string;
}

export function pageMetadata({ title, description, path, reference, referenceTitle }: PageDescription): Metadata {
  const url = absoluteUrl(path);
  const { metadata, cards } = getSiteModel();
  // The page's social card, which build/render-cards.ts drew from the same plan to public/cards/.
  const image = { ...cardImage(pageCard(cards, path), absoluteUrl), type: 'image/png' };
  return {
    // The layout's title template applies to the pages below it, not to the home page beside it.
    title: path === '/' ? { absolute: pageTitle(title) } : title,
    description,
    alternates: { canonical: url },
    openGraph: {
      title: pageTitle(title),
      description,
      url,
      type: reference === 'report' ? 'article' : 'website',
      siteName: 'Bluebook 1991: the Soviet Union',
      locale: 'en',
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: pageTitle(title), description, images: [{ url: image.url, alt: image.alt }] },
    ...(reference ? { other: referenceTags(reference, metadata, referenceTitle ?? title, url) } : {}),
  };
}
