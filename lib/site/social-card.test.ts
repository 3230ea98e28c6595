import { describe, expect, it } from 'vitest';
import { compareHref, compareRoutes } from '../figures/compare';
import { figurePath } from '../figures/figure';
import {
  CARD_MIN_FONT_PX,
  CARD_SOURCE_LINE,
  cardImage,
  cardSvg,
  chartCard,
  pageCard,
  wrapText,
  type CardSpec,
  type MeasureText,
} from './social-card';
import { getSiteModel } from '../../build/site';

const model = getSiteModel();
// A monospaced stand-in for the font: every character is 0.6 em wide.
const measure: MeasureText = (text, size) => Array.from(text).length * size * 0.6;
const byChars = (line: string): number => line.length * 10;

describe('the card plan', () => {
  const { cards, figures, charts } = model;

  it('has a card for every page, figure page, prerendered comparison and chart, each at its own file', () => {
    for (const path of ['/', '/economy', '/trade', '/fisheries', '/payments', '/source', '/checks', '/data', '/figures', '/compare']) {
      expect(pageCard(cards, path).pagePath).toBe(path);
    }
    for (const f of figures) expect(pageCard(cards, figurePath(f.id)).file).toBe(`/cards/figures/${f.id}.png`);
    for (const r of compareRoutes(figures).filter((route) => route.a !== route.b)) {
      expect(pageCard(cards, compareHref(r.dataset, r.a, r.b)).file).toMatch(/^\/cards\/compare\/[\w-]+\/[\w-]+\/[\w-]+\.png$/);
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
    const comparison = pageCard(cards, compareHref('trade', '1989', '1990'));
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

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('aaa bbb ccc ddd', 70, 3, byChars)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('says so with an ellipsis when the text does not fit its lines, and never exceeds the width', () => {
    const lines = wrapText('aaa bbb ccc ddd eee fff', 70, 2, byChars);
    expect(lines).toEqual(['aaa bbb', 'ccc dd…']);
    for (const line of lines) expect(byChars(line)).toBeLessThanOrEqual(70);
    expect(wrapText('abcdefghijkl', 50, 1, byChars)).toEqual(['abcd…']);
  });
});

describe('cardSvg', () => {
  const chartSvg = '<svg role="img" class="recharts-surface" width="520" height="300" style="width: 100%" viewBox="0 0 520 300"><g/></svg>';

  it('is 1200×630 with the title, the source line, and no text smaller than is readable in a preview', () => {
    for (const card of model.cards.slice(0, 20)) {
      const chart = card.body.kind === 'chart' ? chartSvg : undefined;
      const { svg, lines } = cardSvg(card, measure, chart, [{ label: '1990', colour: '#e69f00' }]);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
      expect(lines.map((l) => l.text)).toContain(CARD_SOURCE_LINE);
      for (const line of lines) {
        expect(line.size).toBeGreaterThanOrEqual(CARD_MIN_FONT_PX);
        expect(measure(line.text, line.size, line.bold)).toBeLessThanOrEqual(line.width);
      }
    }
  });

  it('places the chart’s static SVG in the card, sized to its box', () => {
    const { svg } = cardSvg(pageCard(model.cards, '/trade'), measure, chartSvg, [{ label: '1990', colour: '#e69f00' }]);
    expect(svg).toMatch(/<svg x="56" y="\d+" role="img" class="recharts-surface" width="1088" height="\d+" viewBox="0 0 520 300">/);
    expect(svg).not.toContain('style="width: 100%"');
    expect(() => cardSvg(pageCard(model.cards, '/trade'), measure)).toThrow('no static SVG for the chart trade-annual');
  });

  it('never cuts a number short: it sets it smaller, or fails', () => {
    const card: CardSpec = {
      file: '/cards/x.png',
      pagePath: '/x',
      title: 'A <title> & more',
      alt: 'x',
      body: { kind: 'figure', figure: { value: '$1,234,567,890 million', label: 'x', derived: true }, detail: 'Derived: a ÷ b' },
    };
    const { svg, lines } = cardSvg(card, measure);
    expect(lines.find((l) => l.text === '$1,234,567,890 million')?.size).toBeLessThan(104);
    expect(svg).toContain('A &lt;title&gt; &amp; more');
    expect(svg).toContain('derived, not stated');
    const huge = { ...card, body: { ...card.body, figure: { value: '9'.repeat(80), label: 'x', derived: false } } } as CardSpec;
    expect(() => cardSvg(huge, measure)).toThrow(/does not fit a card column/);
  });
});
