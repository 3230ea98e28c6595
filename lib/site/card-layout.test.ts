import { describe, expect, it } from 'vitest';
import { CARD_MIN_FONT_PX, CARD_SOURCE_LINE, cardSvg, wrapText, type MeasureText } from './card-layout';
import { pageCard, type CardSpec } from './social-card';
import { getSiteModel } from '../../build/site';

const model = getSiteModel();
// A monospaced stand-in for the font: every character is 0.6 em wide.
const measure: MeasureText = (text, size) => Array.from(text).length * size * 0.6;
const byChars = (line: string): number => line.length * 10;

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

  it('wraps a long title with the card’s own measure: each line as full as the next word allows, two at most', () => {
    const card: CardSpec = {
      file: '/cards/x.png',
      pagePath: '/x',
      title: 'Japan–Soviet trade '.repeat(12),
      alt: 'x',
      body: { kind: 'lines', lines: [] },
    };
    const titleLines = cardSvg(card, measure).lines.filter((l) => l.size === 50);
    expect(titleLines).toHaveLength(2);
    const [first, second] = titleLines;
    expect(measure(`${first?.text ?? ''} Japan–Soviet`, 50, true)).toBeGreaterThan(first?.width ?? 0);
    expect(card.title.startsWith(`${first?.text ?? ''} `)).toBe(true);
    expect(second?.text.endsWith('…')).toBe(true);
  });
});
