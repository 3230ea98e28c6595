import { describe, expect, it } from 'vitest';
import { getSiteModel } from './site';
import { chartTableKey, figureTableKey, SOURCE_REPORT_KEY } from '../components/shared/markup-keys';
import { DATASET_NAMES } from '../lib/data/catalog';
import { datasetFigures, figuresBySentence } from '../lib/figures/figure';
import { staticMarkup } from './static-markup';

const dashboard = getSiteModel();
const markup = staticMarkup(dashboard);
const html = markup[SOURCE_REPORT_KEY] ?? '';
const decode = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
const sentences = dashboard.source.sentences;

describe('staticMarkup: the report text', () => {
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

describe('staticMarkup: the tables', () => {
  it('has a table for every chart, a cell per charted value with its cited figure, and "not stated" for the gaps', () => {
    for (const spec of dashboard.charts) {
      const table = markup[chartTableKey(spec.id)] ?? '';
      expect(table, spec.id).toMatch(new RegExp(`^<table class="data-table chart-table reflow" data-chart-id="${spec.id}">`));
      const cells = spec.data.flatMap((d) => spec.bars.map((bar) => d.cells[bar.key]));
      expect(table.split('<td ').length - 1, spec.id).toBe(cells.length);
      expect(table.split('>not stated<').length - 1, spec.id).toBe(cells.filter((c) => !c).length);
      for (const c of cells) {
        if (!c) continue;
        const f = dashboard.figureById.get(c.figureId);
        expect(table, c.figureId).toContain(`data-figure-id="${c.figureId}" data-value="${c.value}"`);
        expect(decode(table), c.figureId).toContain(`>${f?.display}</a>`);
      }
    }
  });

  it('has a table of every figure of each dataset, a row each, linked to its sentence or marked derived', () => {
    for (const dataset of DATASET_NAMES) {
      const table = markup[figureTableKey(dataset)] ?? '';
      const figures = datasetFigures(dashboard.figures, dataset);
      expect(figures.length, dataset).toBeGreaterThan(0);
      expect(table.split('<tr id="fig-').length - 1, dataset).toBe(figures.length);
      for (const f of figures) {
        expect(table, f.id).toContain(`<tr id="fig-${f.id}" class="${f.kind}" data-figure-id="${f.id}">`);
        if (f.kind === 'reported') expect(table, f.id).toContain(`href="/source#${f.sentenceId}"`);
        else expect(decode(table), f.id).toContain(`<strong>Derived</strong>: ${f.formulaText}.`);
      }
    }
  });

  it('holds nothing that needs a script: no inline handlers, no script elements', () => {
    for (const [key, part] of Object.entries(markup)) {
      expect(part, key).not.toMatch(/<script|\son[a-z]+=/i);
    }
  });
});
