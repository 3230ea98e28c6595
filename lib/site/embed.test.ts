import { describe, expect, it } from 'vitest';
import { embedHtml, embedPath, embedSnippet, oembedLookup, oembedPath, oembedRecord } from './embed';
import { getSiteModel } from '../../build/site';

const spec = getSiteModel().charts.find((c) => c.id === 'trade-annual');
if (!spec) throw new Error('no trade-annual chart');
const svg = '<svg viewBox="0 0 520 300"><title>x</title></svg>';
const card = { url: 'https://example.org/cards/charts/trade-annual.png', width: 1200, height: 630, alt: 'Bar chart: "trade" <1989>' };

describe('embeds', () => {
  const html = embedHtml({
    spec,
    svg,
    chartUrl: 'https://example.org/trade#trade-annual',
    oembedUrl: 'https://example.org/oembed/trade-annual.json',
    card,
  });

  it('are a page with the chart, its title, unit, source line and a link back, and no script at all', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain(svg);
    expect(html).toContain('<title>Japan–Soviet trade, 1989 and 1990</title>');
    expect(html).toContain('(USD million)');
    expect(html).toContain('Source: Diplomatic Bluebook 1991, MOFA Japan.');
    expect(html).toContain('href="https://example.org/trade#trade-annual" target="_blank" rel="noopener"');
    expect(html).toContain('<link rel="alternate" type="application/json+oembed" href="https://example.org/oembed/trade-annual.json"');
    expect(html).toContain('hatched bars are derived');
  });

  it('preview with the chart’s card when shared, its alt text escaped', () => {
    expect(html).toContain('<meta property="og:image" content="https://example.org/cards/charts/trade-annual.png">');
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta property="og:image:alt" content="Bar chart: &#34;trade&#34; &#60;1989&#62;">');
  });

  it('give a snippet: a full-width iframe whose height follows the chart', () => {
    const { width, height } = spec.layout;
    expect(embedSnippet(spec, 'https://example.org/embed/trade-annual')).toBe(
      `<iframe src="https://example.org/embed/trade-annual" title="Japan–Soviet trade, 1989 and 1990" style="width:100%;aspect-ratio:${width} / ${height + 96};border:0" loading="lazy"></iframe>`,
    );
    expect(embedSnippet({ title: 'A "quoted" <title>', layout: spec.layout }, 'https://e/x?a=1&b=2')).toContain(
      'title="A &#34;quoted&#34; &#60;title&#62;"',
    );
  });

  it('have an oEmbed record of the rich type, whose HTML is the snippet', () => {
    const record = oembedRecord(spec, 'https://example.org/embed/trade-annual', 'https://example.org', card);
    expect(record).toMatchObject({
      version: '1.0',
      type: 'rich',
      width: spec.layout.width,
      height: spec.layout.height + 96,
      provider_url: 'https://example.org',
    });
    expect(record).toMatchObject({ thumbnail_url: card.url, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(record.html).toBe(embedSnippet(spec, 'https://example.org/embed/trade-annual'));
    expect([embedPath('trade-annual'), oembedPath('trade-annual')]).toEqual(['/embed/trade-annual', '/oembed/trade-annual.json']);
  });

  describe('the oEmbed endpoint', () => {
    const compareChart = 'compare-trade-1989-1990-usd-million';
    const pages = new Map([
      ['trade-annual', '/trade'],
      [compareChart, '/compare?dataset=trade&a=1989&b=1990'],
    ]);
    const origins = ['https://example.org', 'http://127.0.0.1:3100'];
    const lookup = (query: string): ReturnType<typeof oembedLookup> => oembedLookup(new URLSearchParams(query), origins, pages);

    it('finds the chart of an embed URL or of a chart on its topic page, at either origin', () => {
      const ok = { ok: true, chartId: 'trade-annual' };
      expect(lookup('url=https://example.org/embed/trade-annual')).toEqual(ok);
      expect(lookup(`url=${encodeURIComponent('https://example.org/trade#trade-annual')}&format=json`)).toEqual(ok);
      expect(lookup('url=http://127.0.0.1:3100/embed/trade-annual')).toEqual(ok);
      expect(lookup(`url=${encodeURIComponent('https://example.org/trade?utm_source=x#trade-annual')}`)).toEqual(ok);
    });

    it("finds a comparison's chart on its comparison, whose query names it, and on no other", () => {
      const url = (path: string): string => `url=${encodeURIComponent(`https://example.org${path}`)}`;
      expect(lookup(url(`/compare?dataset=trade&a=1989&b=1990#${compareChart}`))).toEqual({ ok: true, chartId: compareChart });
      expect(lookup(url(`/compare?b=1990&a=1989&dataset=trade#${compareChart}`))).toEqual({ ok: true, chartId: compareChart });
      expect(lookup(url(`/embed/${compareChart}`))).toEqual({ ok: true, chartId: compareChart });
      expect(lookup(url(`/compare?dataset=trade&a=1989&b=1991-S1#${compareChart}`))).toMatchObject({ ok: false, status: 404 });
      expect(lookup(url(`/compare#${compareChart}`))).toMatchObject({ ok: false, status: 404 });
    });

    it('answers 404 for another site, another page, an unknown chart or no URL at all, and 501 for XML', () => {
      expect(lookup('url=https://evil.example/embed/trade-annual')).toMatchObject({ ok: false, status: 404 });
      expect(lookup('url=https://example.org.evil.example/embed/trade-annual')).toMatchObject({ ok: false, status: 404 });
      expect(lookup(`url=${encodeURIComponent('https://example.org/economy#trade-annual')}`)).toMatchObject({ ok: false, status: 404 });
      expect(lookup('url=https://example.org/embed/nothing')).toMatchObject({ ok: false, status: 404 });
      expect(lookup('url=not%20a%20url')).toMatchObject({ ok: false, status: 404 });
      expect(lookup('url=https://example.org/embed/%ff')).toMatchObject({ ok: false, status: 404 });
      expect(lookup('format=json')).toMatchObject({ ok: false, status: 400 });
      expect(lookup('url=https://example.org/embed/trade-annual&format=xml')).toMatchObject({ ok: false, status: 501 });
    });
  });
});
