import { describe, expect, it } from 'vitest';
import { embedHtml, embedPath, embedSnippet, oembedPath, oembedRecord } from './embed';
import { getSiteModel } from './site-model';

const spec = getSiteModel().charts.find((c) => c.id === 'trade-annual');
if (!spec) throw new Error('no trade-annual chart');
const svg = '<svg viewBox="0 0 520 300"><title>x</title></svg>';

describe('embeds', () => {
  const html = embedHtml({
    spec,
    svg,
    chartUrl: 'https://example.org/trade#trade-annual',
    oembedUrl: 'https://example.org/oembed/trade-annual.json',
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

  it('give a snippet: a full-width iframe whose height follows the chart', () => {
    expect(embedSnippet(spec, 'https://example.org/embed/trade-annual', 520, 300)).toBe(
      '<iframe src="https://example.org/embed/trade-annual" title="Japan–Soviet trade, 1989 and 1990" style="width:100%;aspect-ratio:520 / 396;border:0" loading="lazy"></iframe>',
    );
    expect(embedSnippet({ title: 'A "quoted" <title>' }, 'https://e/x?a=1&b=2', 1, 1)).toContain(
      'title="A &#34;quoted&#34; &#60;title&#62;"',
    );
  });

  it('have an oEmbed record of the rich type, whose HTML is the snippet', () => {
    const record = oembedRecord(spec, 'https://example.org/embed/trade-annual', 'https://example.org', 520, 300);
    expect(record).toMatchObject({ version: '1.0', type: 'rich', width: 520, height: 396, provider_url: 'https://example.org' });
    expect(record.html).toBe(embedSnippet(spec, 'https://example.org/embed/trade-annual', 520, 300));
    expect([embedPath('trade-annual'), oembedPath('trade-annual')]).toEqual(['/embed/trade-annual', '/oembed/trade-annual.json']);
  });
});
