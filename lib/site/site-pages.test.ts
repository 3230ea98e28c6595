import { describe, expect, it } from 'vitest';
import { compareHref } from '../figures/compare';
import { figurePath } from '../figures/figure';
import { getSiteModel } from '../../build/site';
import { sitePagePaths } from './site-pages';

describe('sitePagePaths', () => {
  const { figures } = getSiteModel();
  const paths = sitePagePaths(figures);

  it('lists every page once: topics, tools, each figure and each comparison of two periods', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of ['/', '/trade', '/economy', '/compare', '/source', '/checks', '/data', '/figures']) expect(paths).toContain(path);
    for (const f of figures) expect(paths).toContain(figurePath(f.id));
    expect(paths).toContain(compareHref('trade', '1989', '1990'));
    expect(paths).not.toContain(compareHref('trade', '1990', '1990'));
  });
});
