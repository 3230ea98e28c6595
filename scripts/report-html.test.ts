import { describe, expect, it } from 'vitest';
import { getDashboard } from '../lib/dashboard';
import { figuresBySentence } from '../lib/figures';
import { reportHtml } from './report-html';

const dashboard = getDashboard();
const html = reportHtml(dashboard);
const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const sentences = dashboard.source.blocks.flatMap((b) => ('sentences' in b ? b.sentences : []));

describe('reportHtml', () => {
  it('gives every sentence of the report its own span, once, holding its exact text', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const s of sentences) {
      const at = html.indexOf(` id="${s.id}"`);
      expect(at, s.id).toBeGreaterThan(0);
      expect(html.indexOf(` id="${s.id}"`, at + 1), s.id).toBe(-1);
      const inner = html.slice(html.indexOf('>', at) + 1).split(/<span class="sentence-figures"|<\/span>/)[0] ?? '';
      expect(decode(inner.replace(/<\/?mark>/g, '')), s.id).toBe(s.text);
    }
  });

  it('marks the sentences figures come from, with a link to each figure, and no others', () => {
    const bySentence = figuresBySentence(dashboard.figures);
    for (const s of sentences) {
      const cited = html.includes(`<span id="${s.id}" class="sentence cited" tabindex="-1">`);
      expect(cited, s.id).toBe(bySentence.has(s.id));
    }
    for (const f of dashboard.figures.filter((f) => f.sentenceId)) expect(html, f.id).toContain(`data-figure-id="${f.id}"`);
  });

  it('holds only the elements the report text is made of', () => {
    const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
    expect([...tags].sort()).toEqual(['a', 'h2', 'h3', 'h4', 'mark', 'p', 'section', 'span']);
  });
});
