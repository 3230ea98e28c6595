import { describe, expect, it } from 'vitest';
import { getSiteModel } from '../../build/site';
import { compareFigures } from '../figures/compare';
import { comparePageSegments, comparePath, figurePath, periodFromSlug, periodSlug } from './routes';
import {
  compareDescription,
  comparePageTitle,
  compareRoutes,
  figurePageDescription,
  figurePageTitle,
  navigation,
  PAGE_TITLE_TEMPLATE,
  pageList,
  pagesOfEachKind,
  pageTitle,
  SITE_PAGES,
  sitePagePaths,
} from './pages';

const { figures } = getSiteModel();

describe('the page registry', () => {
  it('gives every page a title and a description of its own', () => {
    expect(new Set(SITE_PAGES.map((p) => p.title)).size).toBe(SITE_PAGES.length);
    expect(new Set(SITE_PAGES.map((p) => p.description)).size).toBe(SITE_PAGES.length);
    for (const p of SITE_PAGES) expect(p.description.length, p.path).toBeGreaterThan(50);
  });

  it('is the header’s navigation and the lists of pages, in one order', () => {
    expect(navigation().map((n) => n.href)).toEqual([
      '/',
      '/economy',
      '/trade',
      '/fisheries',
      '/payments',
      '/compare',
      '/checks',
      '/source',
      '/data',
    ]);
    expect(pageList().map((p) => p.href)).toEqual([
      '/economy',
      '/trade',
      '/fisheries',
      '/payments',
      '/compare',
      '/checks',
      '/source',
      '/data',
      '/figures',
    ]);
  });

  it('fills the title template once, with the page title as given', () => {
    expect(PAGE_TITLE_TEMPLATE).toContain('%s');
    expect(pageTitle('Compare periods')).toBe('Compare periods · Bluebook 1991: the Soviet Union');
    expect(pageTitle('100% & $&')).toBe('100% & $& · Bluebook 1991: the Soviet Union');
  });
});

describe('sitePagePaths', () => {
  const paths = sitePagePaths(figures);

  it('lists every page once: topics, tools, each figure and each comparison of two periods', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of SITE_PAGES) expect(paths).toContain(p.path);
    for (const f of figures) expect(paths).toContain(figurePath(f.id));
    expect(paths).toContain(comparePath('trade', '1989', '1990'));
    expect(paths).not.toContain(comparePath('trade', '1990', '1990'));
  });

  it('has one page of each kind for what cannot visit them all', () => {
    const kinds = pagesOfEachKind(figures);
    for (const path of kinds) expect(paths).toContain(path);
    expect(kinds.filter((p) => p.startsWith('/figures/'))).toHaveLength(2);
    expect(kinds.filter((p) => p.startsWith('/compare?'))).toHaveLength(1);
  });
});

describe('every page of the sitemap', () => {
  it('has a title and a description no other page has; a restatement says it restates', () => {
    const comparisons = compareRoutes(figures)
      .filter((r) => r.a !== r.b)
      .map((r) => compareFigures(figures, r));
    const titles = [...SITE_PAGES.map((p) => p.title), ...figures.map(figurePageTitle), ...comparisons.map(comparePageTitle)];
    const descriptions = [
      ...SITE_PAGES.map((p) => p.description),
      ...figures.map(figurePageDescription),
      ...comparisons.map(compareDescription),
    ];
    expect(titles).toHaveLength(sitePagePaths(figures).length);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
    expect(descriptions.filter((d, i) => descriptions.indexOf(d) !== i)).toEqual([]);
    const restatement = figures.find((f) => f.id === 'assistance-food-medical-grant-overview');
    if (!restatement) throw new Error('no restatement');
    expect(figurePageTitle(restatement)).toBe('Food and medical grants, December 1990, restated');
    expect(figurePageDescription(restatement)).toContain('states this figure again');
  });
});

describe('comparison pages', () => {
  it('are titled and described by their comparison', () => {
    const r = compareFigures(figures, { dataset: 'economy', a: '1990', b: '1991-S1' });
    if (!r.ok) throw new Error(r.problems.join());
    expect(comparePageTitle(r)).toMatch(/: 1990 and first half of 1991 — Compare periods$/);
    const nothing = compareFigures(figures, { dataset: 'nope' });
    expect(comparePageTitle(nothing)).toBe('Compare periods');
    expect(compareDescription(r)).not.toBe(compareDescription(nothing));
  });
});

describe('compareRoutes', () => {
  const routes = compareRoutes(figures);

  it('has one prerendered page for every ordered pair of periods of every dataset, the same period twice included', () => {
    const expected = compareFigures(figures, {}).options.reduce((n, o) => n + o.periods.length ** 2, 0);
    expect(routes).toHaveLength(expected);
    expect(new Set(routes.map((r) => r.path)).size).toBe(routes.length);
    expect(routes).toContainEqual({
      dataset: 'trade',
      a: '1989',
      b: '1990',
      path: '/compare/trade/1989/1990',
    });
  });

  it('turns a period with a slash into one path segment and back', () => {
    for (const r of routes) {
      expect(r.path.split('/')).toHaveLength(5);
      const segments = comparePageSegments(r.dataset, r.a, r.b);
      expect([periodFromSlug(segments.a), periodFromSlug(segments.b)]).toEqual([r.a, r.b]);
    }
    expect(periodSlug('1990-08/1991-07')).toBe('1990-08_1991-07');
    expect(routes.some((r) => r.a.includes('/'))).toBe(true);
  });

  it('gives every route the comparison its query names', () => {
    for (const r of routes) {
      const result = compareFigures(figures, { dataset: r.dataset, a: r.a, b: r.b });
      expect(result.ok, r.path).toBe(r.a !== r.b);
    }
  });
});
