import type { MetadataRoute } from 'next';
import { getSiteModel } from '@/build/site';
import { absoluteUrl } from '@/lib/site/routes';
import { sitePagePaths } from '@/lib/site/pages';

export const dynamic = 'force-static';

/** Every page, every figure's page and every prerendered comparison, at its one address. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { figures, builtAt } = getSiteModel();
  return sitePagePaths(figures).map((path) => ({ url: absoluteUrl(path), lastModified: builtAt }));
}
