import { describe, expect, it } from 'vitest';
import { cardImage, chartCard, pageCard } from './social-card';
import { getSiteModel } from '../../build/site';
import { comparePath, figurePath } from './routes';
import { compareRoutes } from './pages';

const model = getSiteModel();

describe('the card plan', () => {
  const { cards, figures, charts } = model;

  it('has a card for every page, figure page, prerendered comparison and chart, each at its own file', () => {
    for (const path of ['/', '/economy', '/trade', '/fisheries', '/payments', '/source', '/checks', '/data', '/figures', '/compare']) {
      expect(pageCard(cards, path).pagePath).toBe(path);
    }
    for (const f of figures) expect(pageCard(cards, figurePath(f.id)).file).toBe(`/cards/figures/${f.id}.png`);
    for (const r of compareRoutes(figures).filter((route) => route.a !== route.b)) {
      expect(pageCard(cards, comparePath(r.dataset, r.a, r.b)).file).toMatch(/^\/cards\/compare\/[\w-]+\/[\w-]+\/[\w-]+\.png$/);
    }
    for (const c of charts) expect(chartCard(cards, c.id).file).toBe(`/cards/charts/${c.id}.png`);
    expect(new Set(cards.map((c) => c.file)).size).toBe(cards.length);
    const pages = cards.flatMap((c) => (c.pagePath === null ? [] : [c.pagePath]));
    expect(new Set(pages).size).toBe(pages.length);
  });

  it('refuses a page with no card, so none ships without one', () => {
    expect(() => pageCard(cards, '/nowhere')).toThrow('no social card for the page /nowhere');
  });

  it('describes every picture in its alt text, with the figures it shows', () => {
    for (const card of cards) expect(card.alt.length).toBeGreaterThan(20);
    const exports1989 = pageCard(cards, '/figures/trade-exports-1989');
    expect(exports1989.alt).toContain('$3,081 million, derived: $2,563 million ÷');
    expect(pageCard(cards, '/trade').alt).toBe(
      'Bar chart: Japan–Soviet trade, 1989 and 1990 (USD million). Exports, 1989: $3,081 million (derived); Exports, 1990: $2,563 million; ' +
        'Imports, 1989: $3,003 million (derived); Imports, 1990: $3,351 million; Total, 1989: $6,084 million (derived); Total, 1990: $5,914 million.',
    );
  });

  it('shows computed changes as derived, and a reported figure as the report states it, with its sentence', () => {
    const comparison = pageCard(cards, comparePath('trade', '1989', '1990'));
    // The comparison's card is its chart, whose alt text reads each change as derived and each stated % change as stated.
    expect(comparison.body.kind).toBe('chart');
    expect(comparison.alt).toContain("Japan's exports to the USSR, Change: −$518 million (derived);");
    expect(comparison.alt).toContain("Japan's exports to the USSR, % change: −16.8 %;");
    expect(comparison.alt).toMatch(/^Bar chart: Japan.Soviet trade: 1989 and 1990, in USD million\. /);
    const stated = pageCard(cards, '/figures/trade-exports-1990');
    expect(stated.body).toMatchObject({ kind: 'figure', figure: { value: '$2,563 million', derived: false } });
    expect(stated.body.kind === 'figure' && stated.body.detail.startsWith('“')).toBe(true);
  });

  it('names each card by its absolute URL, size and alt', () => {
    const card = pageCard(cards, '/');
    expect(cardImage(card, (p) => `https://example.org${p}`)).toEqual({
      url: 'https://example.org/cards/home.png',
      width: 1200,
      height: 630,
      alt: card.alt,
    });
  });
});
