import { describe, expect, it } from 'vitest';
import { getSiteModel } from '../../build/site';
import { embedChart, embedDescription, embedHtml, embedSize, embedSnippet, MIN_EMBED_WIDTH, oembedAnswer, oembedRecord } from './embed';
import { SITE_NAME } from './pages';
import { absoluteUrl, siteUrl } from './routes';

const spec = getSiteModel().charts.find((c) => c.id === 'trade-annual');
if (!spec) throw new Error('no trade-annual chart');
const chart = embedChart(spec);
const svg = '<svg viewBox="0 0 520 300"><title>x</title></svg>';
const card = { url: absoluteUrl('/cards/charts/trade-annual.png'), width: 1200, height: 630, alt: 'Bar chart: "trade" <1989>' };

describe('embeds', () => {
  const html = embedHtml({ spec, svg, card });

  it('are a page with the chart, its title, unit, source line and a link back, and no script at all', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).toContain(svg);
    expect(html).toContain('<title>Japan–Soviet trade, 1989 and 1990</title>');
    expect(html).toContain('(USD million)');
    expect(html).toContain('Source: Diplomatic Bluebook 1991, MOFA Japan.');
    expect(html).toContain(`href="${absoluteUrl('/trade#trade-annual')}" target="_blank" rel="noopener"`);
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${absoluteUrl('/oembed/trade-annual.json')}"`);
    expect(html).toContain('hatched bars are derived');
  });

  it('preview with a description, the chart’s address and card when shared, text escaped', () => {
    const escaped = embedDescription(spec).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    expect(html).toContain(`<meta name="description" content="${escaped}">`);
    expect(html).toContain(`<meta property="og:url" content="${absoluteUrl('/trade#trade-annual')}">`);
    expect(html).toContain('<meta property="og:type" content="website">');
    expect(html).toContain(`<meta property="og:image" content="${card.url}">`);
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    expect(html).toContain('<meta property="og:image:alt" content="Bar chart: &#34;trade&#34; &#60;1989&#62;">');
    expect(html).toContain('<meta name="twitter:image:alt" content="Bar chart: &#34;trade&#34; &#60;1989&#62;">');
  });

  it('give a snippet: a full-width iframe whose height follows the chart, or one of the size asked for', () => {
    expect(embedSnippet(chart)).toBe(
      `<iframe src="${absoluteUrl('/embed/trade-annual')}" title="Japan–Soviet trade, 1989 and 1990" style="width:100%;aspect-ratio:${chart.width} / ${chart.height + 96};border:0" loading="lazy"></iframe>`,
    );
    expect(embedSnippet(chart, { width: 300, height: 250 })).toContain('width="300" height="250" style="border:0;max-width:100%"');
    expect(embedSnippet({ ...chart, title: 'A "quoted" <title>' })).toContain('title="A &#34;quoted&#34; &#60;title&#62;"');
  });
});

describe('sizes within a consumer’s limits', () => {
  it('keep the chart’s own size when it fits, and scale it down, aspect kept, when it does not', () => {
    expect(embedSize(chart)).toEqual({ width: chart.width, height: chart.height + 96 });
    expect(embedSize(chart, { width: 10_000, height: 10_000 })).toEqual({ width: chart.width, height: chart.height + 96 });
    const narrow = embedSize(chart, { width: 300 });
    expect(narrow?.width).toBe(300);
    expect(narrow?.height).toBe(Math.ceil((300 * chart.height) / chart.width) + 96);
    const short = embedSize(chart, { height: chart.height });
    expect(short && short.height).toBeLessThanOrEqual(chart.height);
  });

  it('are refused below a readable width', () => {
    expect(embedSize(chart, { width: MIN_EMBED_WIDTH - 1 })).toBeUndefined();
    expect(embedSize(chart, { width: 300, height: 200 })).toBeUndefined();
  });
});

describe('the oEmbed record (oEmbed 1.0, section 2.3)', () => {
  it('is of the rich type, with the required html, width and height, and the chart’s card as thumbnail', () => {
    const record = oembedRecord(chart);
    expect(record).toEqual({
      version: '1.0',
      type: 'rich',
      title: chart.title,
      provider_name: SITE_NAME,
      provider_url: `${siteUrl()}/`,
      html: embedSnippet(chart),
      width: chart.width,
      height: chart.height + 96,
      thumbnail_url: absoluteUrl('/cards/charts/trade-annual.png'),
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
  });
});

describe('the oEmbed endpoint (oEmbed 1.0, section 2.2)', () => {
  const compareChart = { ...chart, id: 'compare-trade-1989-1990-usd-million', page: '/compare?dataset=trade&a=1989&b=1990' };
  const charts = new Map([
    [chart.id, chart],
    [compareChart.id, compareChart],
  ]);
  const origins = ['https://example.org', 'http://127.0.0.1:3100'];
  const answer = (query: string): ReturnType<typeof oembedAnswer> => oembedAnswer(new URLSearchParams(query), origins, charts);
  const idOf = (query: string): unknown => {
    const a = answer(query);
    return a.ok ? a.record.title === chart.title && (a.record.html as string).match(/embed\/([\w-]+)/)?.[1] : a.status;
  };

  it('finds the chart of an embed URL or of a chart on its topic page, at either origin', () => {
    expect(idOf('url=https://example.org/embed/trade-annual')).toBe('trade-annual');
    expect(idOf(`url=${encodeURIComponent('https://example.org/trade#trade-annual')}&format=json`)).toBe('trade-annual');
    expect(idOf('url=http://127.0.0.1:3100/embed/trade-annual')).toBe('trade-annual');
    expect(idOf(`url=${encodeURIComponent('https://example.org/trade?utm_source=x#trade-annual')}`)).toBe('trade-annual');
  });

  it("finds a comparison's chart on its comparison, whose query names it, and on no other", () => {
    const url = (path: string): string => `url=${encodeURIComponent(`https://example.org${path}`)}`;
    expect(idOf(url(`/compare?dataset=trade&a=1989&b=1990#${compareChart.id}`))).toBe(compareChart.id);
    expect(idOf(url(`/compare?b=1990&a=1989&dataset=trade#${compareChart.id}`))).toBe(compareChart.id);
    expect(idOf(url(`/embed/${compareChart.id}`))).toBe(compareChart.id);
    expect(idOf(url(`/compare?dataset=trade&a=1989&b=1991-S1#${compareChart.id}`))).toBe(404);
    expect(idOf(url(`/compare#${compareChart.id}`))).toBe(404);
  });

  it('respects maxwidth and maxheight: a smaller embed, or 404 when no readable one fits', () => {
    const sized = answer('url=https://example.org/embed/trade-annual&maxwidth=300&maxheight=400');
    if (!sized.ok) throw new Error(sized.message);
    expect(sized.record.width).toBe(300);
    expect(sized.record.height).toBeLessThanOrEqual(400);
    expect(sized.record.html).toContain(`width="300" height="${String(sized.record.height)}"`);
    expect(answer('url=https://example.org/embed/trade-annual&maxwidth=300&maxheight=200')).toMatchObject({ ok: false, status: 404 });
    expect(answer('url=https://example.org/embed/trade-annual&maxwidth=0')).toMatchObject({ ok: false, status: 400 });
    expect(answer('url=https://example.org/embed/trade-annual&maxheight=big')).toMatchObject({ ok: false, status: 400 });
  });

  it('answers 404 for another site, another page, an unknown chart, 400 for no URL at all, and 501 for XML', () => {
    for (const query of [
      'url=https://evil.example/embed/trade-annual',
      'url=https://example.org.evil.example/embed/trade-annual',
      `url=${encodeURIComponent('https://example.org/economy#trade-annual')}`,
      'url=https://example.org/embed/nothing',
      'url=not%20a%20url',
      'url=https://example.org/embed/%ff',
    ]) {
      expect(answer(query), query).toMatchObject({ ok: false, status: 404 });
    }
    expect(answer('format=json')).toMatchObject({ ok: false, status: 400 });
    expect(answer('url=https://example.org/embed/trade-annual&format=xml')).toMatchObject({ ok: false, status: 501 });
  });
});
