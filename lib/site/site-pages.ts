// The site's pages, as the sitemap lists them and the browser tests visit them: one list, so that a page added to
// the site is in both.
import { DATASET_NAMES, DATASETS } from '../data/catalog';
import { compareHref, compareRoutes } from '../figures/compare';
import { figurePath, type Figure } from '../figures/figure';

/** Every page, every figure's page and every prerendered comparison, each once, at its canonical path. */
export function sitePagePaths(figures: readonly Figure[]): string[] {
  const topics = DATASET_NAMES.map((d) => DATASETS[d].page);
  return [
    ...new Set([
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
    ]),
  ];
}
