import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  chartCardPath,
  comparePagePath,
  comparePageSegments,
  comparePath,
  compareTarget,
  DEFAULT_SITE_URL,
  embedPath,
  figureFilePath,
  figurePath,
  figureRowPath,
  oembedRecordPath,
  pageCardPath,
  periodFromSlug,
  periodSlug,
  sentencePath,
  siteUrl,
  siteUrlWarning,
  topicPath,
  topicSectionPath,
} from './routes';

describe('paths', () => {
  it('give each figure a page, its files under it, and its row on its topic page', () => {
    expect(figurePath('trade-exports-1990')).toBe('/figures/trade-exports-1990');
    expect(figureFilePath('trade-exports-1990', 'citation.bib')).toBe('/figures/trade-exports-1990/citation.bib');
    expect(figureRowPath('assistance', 'x')).toBe('/payments#fig-x');
    expect(sentencePath('s-abc')).toBe('/source#s-abc');
  });

  it('put assistance on the payments page, in its own section', () => {
    expect(topicPath('assistance')).toBe('/payments');
    expect(topicSectionPath('assistance')).toBe('/payments#assistance');
    expect(topicSectionPath('trade')).toBe('/trade');
  });

  it('keep a comparison in its query, served by a page whose segments read back to its periods', () => {
    expect(comparePath('trade', '1990-S1', '1991-S1')).toBe('/compare?dataset=trade&a=1990-S1&b=1991-S1');
    expect(comparePagePath('assistance', '1990-08/1991-07', '1990-12')).toBe('/compare/assistance/1990-08_1991-07/1990-12');
    const segments = comparePageSegments('assistance', '1990-08/1991-07', '1990-12');
    expect([periodFromSlug(segments.a), periodFromSlug(segments.b)]).toEqual(['1990-08/1991-07', '1990-12']);
    expect(periodSlug('1990-08/1991-07')).toBe('1990-08_1991-07');
  });

  it('send a /compare query to its prerendered page, or to none', () => {
    const routes = [{ dataset: 'trade', a: '1989', b: '1990', path: comparePagePath('trade', '1989', '1990') }];
    expect(compareTarget(new URLSearchParams('dataset=trade&a=1989&b=1990'), routes)).toBe('/compare/trade/1989/1990');
    expect(compareTarget(new URLSearchParams(''), routes)).toBe('/compare/choose');
    expect(compareTarget(new URLSearchParams('dataset=trade&a=1989&b=1991'), routes)).toBeUndefined();
  });

  it('name each page’s card after the page, and each chart’s after the chart', () => {
    expect(pageCardPath('/')).toBe('/cards/home.png');
    expect(pageCardPath('/trade')).toBe('/cards/trade.png');
    expect(pageCardPath('/figures/trade-exports-1990')).toBe('/cards/figures/trade-exports-1990.png');
    expect(pageCardPath(comparePath('assistance', '1990-08/1991-07', '1990-12'))).toBe(
      '/cards/compare/assistance/1990-08_1991-07/1990-12.png',
    );
    expect(pageCardPath('/compare')).toBe('/cards/compare.png');
    expect(chartCardPath('trade-annual')).toBe('/cards/charts/trade-annual.png');
    expect([embedPath('trade-annual'), oembedRecordPath('trade-annual')]).toEqual(['/embed/trade-annual', '/oembed/trade-annual.json']);
  });
});

describe('siteUrl', () => {
  it('defaults to the local server, and takes SITE_URL without its trailing slash', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://example.org/bluebook/' })).toBe('https://example.org/bluebook');
    expect(absoluteUrl('/figures/x', { SITE_URL: 'https://example.org' })).toBe('https://example.org/figures/x');
  });

  it('refuses what is not an http(s) origin', () => {
    expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow('SITE_URL "example.org" is not a URL');
    expect(() => siteUrl({ SITE_URL: 'javascript:alert(1)' })).toThrow('is not an http(s) URL');
    expect(() => siteUrl({ SITE_URL: 'https://example.org/?a=1' })).toThrow('has a query or fragment');
  });

  it('says in one line, when SITE_URL is not set, what will point at the local server', () => {
    const warning = siteUrlWarning({}) ?? '';
    expect(warning).not.toContain('\n');
    for (const what of ['canonical', 'sitemap', 'social cards', 'JSON-LD', 'citations', 'oEmbed', DEFAULT_SITE_URL])
      expect(warning).toContain(what);
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' })).toBeUndefined();
  });
});
