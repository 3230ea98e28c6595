import type { MetadataRoute } from 'next';
import { absoluteUrl, PATHS } from '@/lib/site/routes';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: '*', allow: PATHS.home }], sitemap: absoluteUrl('/sitemap.xml') };
}
