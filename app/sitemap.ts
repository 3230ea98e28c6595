import { figurePath } from '@/lib/figure-display';
import type { MetadataRoute } from 'next';
import { DATASET_NAMES, DATASETS } from '@/lib/catalog';
import { compareHref, compareRoutes } from '@/lib/compare';
import { getSiteModel } from '@/lib/site-model';
import { absoluteUrl } from '@/lib/site-url';

export const dynamic = 'force-static';

/** Every page, every figure's page and every prerendered comparison, at its one address. */
export default function sitemap(): MetadataRoute.Sitemap {
  const { figures, builtAt } = getSiteModel();
  const topics = [...new Set(DATASET_NAMES.map((d) => DATASETS[d].page))];
  const paths = [
    '/',
    ...topics,
    '/compare',
    '/source',
    '/checks',
    '/data',
    '/figures',
    ...figures.map((f) => figurePath(f.id)),
    ...compareRoutes(figures)
      .filter((r) => r.a !== r.b)
      .map((r) => compareHref(r.dataset, r.a, r.b)),
  ];
  return [...new Set(paths)].map((path) => ({ url: absoluteUrl(path), lastModified: builtAt }));
}
