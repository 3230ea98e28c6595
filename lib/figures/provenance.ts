// Where each figure comes from and where it is used, for its page (/figures/<id>), /data/figures.json and
// /data/citations.jsonld: its derivation down to reported figures, the checks, charts and comparisons that use
// it, and its sentence's place in the report text, counted in Unicode code points as the W3C Web Annotation Data
// Model's TextPositionSelector counts them.

import { formatPeriod } from './format';
import { chartsForFigure, type ChartSpec } from '../charts/charts';
import { compareHref } from './compare';
import { figurePath, type Figure } from './figure';
import type { CheckResult } from './reconcile';
import type { SourceDocument } from '../data/sentences';
import { comparePeriods } from '../data/vocabulary';

export interface DerivationNode {
  figure: Figure;
  /** The derived figure's inputs, each followed down to reported figures; empty for a reported figure. */
  inputs: DerivationNode[];
}

/** Derivation chains are a few steps long and acyclic (the validator refuses cycles); past this, stop. */
const MAX_DERIVATION_DEPTH = 16;

class ProvenanceError extends Error {
  override name = 'ProvenanceError';
}

/** The figure with its inputs, theirs, and so on down to reported figures. */
export function derivationTree(figure: Figure, figureById: ReadonlyMap<string, Figure>, depth = 0): DerivationNode {
  if (depth > MAX_DERIVATION_DEPTH) throw new ProvenanceError(`${figure.id}: derivation deeper than ${MAX_DERIVATION_DEPTH} steps`);
  const inputs = figure.inputs.map((id) => {
    const input = figureById.get(id);
    if (!input) throw new ProvenanceError(`${figure.id}: input "${id}" is not a figure`);
    return derivationTree(input, figureById, depth + 1);
  });
  return { figure, inputs };
}

interface FigureLink {
  href: string;
  label: string;
}

export interface FigureUses {
  checks: FigureLink[];
  charts: FigureLink[];
  comparisons: FigureLink[];
  /** Figures derived from this one, directly. */
  derived: FigureLink[];
}

/** The consistency checks, charts, comparisons and derived figures that read this figure. */
export function figureUses(
  figure: Figure,
  model: {
    figures: readonly Figure[];
    checks: readonly CheckResult[];
    charts: readonly ChartSpec[];
    chartPage: (chart: ChartSpec) => string;
  },
): FigureUses {
  const checks = model.checks
    .filter((c) => c.inputIds.includes(figure.id))
    .map((c) => ({ href: `/checks#check-${c.definition.id}`, label: `${c.definition.title} (${c.status})` }));
  const charts = chartsForFigure(model.charts, figure.id).map((chart) => ({
    href: `${model.chartPage(chart)}#${chart.id}`,
    label: chart.title,
  }));
  const periods =
    figure.restates === ''
      ? [...new Set(model.figures.filter((f) => f.dataset === figure.dataset && f.restates === '').map((f) => f.period))]
          .filter((p) => p !== figure.period)
          .sort(comparePeriods)
      : [];
  const comparisons = periods.map((other) => {
    const [a, b] = comparePeriods(other, figure.period) < 0 ? [other, figure.period] : [figure.period, other];
    // In words, as the comparison's own title gives its periods: "1990 and first half of 1991".
    return { href: compareHref(figure.dataset, a, b), label: `${formatPeriod(a)} and ${formatPeriod(b)}` };
  });
  const derived = model.figures
    .filter((f) => f.inputs.includes(figure.id))
    .map((f) => ({ href: figurePath(f.id), label: `${f.seriesLabel}, ${f.periodLabel}` }));
  return { checks, charts, comparisons, derived };
}

/** The figures that state this one again, and the one it restates. */
export function restatements(figure: Figure, figures: readonly Figure[]): { restates?: Figure; restatedBy: Figure[] } {
  return {
    restates: figures.find((f) => f.id === figure.restates),
    restatedBy: figures.filter((f) => f.restates === figure.id),
  };
}

/** Unicode code points in `text` before the UTF-16 offset `at`. */
export function codePointOffset(text: string, at: number): number {
  let points = 0;
  for (let i = 0; i < at; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < at) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    points++;
  }
  return points;
}

export interface SentencePlace {
  sentenceId: string;
  /** Code points into the report text, end exclusive. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** How much text around the sentence the quote selector carries, in code points. */
const CONTEXT = 32;

/** The sentence's place in the report, as a TextPositionSelector and a TextQuoteSelector need it. */
export function sentencePlace(source: SourceDocument, sentenceId: string): SentencePlace | undefined {
  const sentence = source.sentenceById.get(sentenceId);
  if (!sentence) return undefined;
  // Code points, not graphemes: the Web Annotation model counts code points.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread
  const points = [...source.text];
  const start = codePointOffset(source.text, sentence.start);
  const end = codePointOffset(source.text, sentence.end);
  return {
    sentenceId,
    start,
    end,
    exact: points.slice(start, end).join(''),
    prefix: points.slice(Math.max(0, start - CONTEXT), start).join(''),
    suffix: points.slice(end, end + CONTEXT).join(''),
  };
}

/** The files each figure page offers, served under /figures/<id>/<file>, with their media types. */
export const FIGURE_FILES = {
  'citation.bib': 'application/x-bibtex; charset=utf-8',
  'citation.ris': 'application/x-research-info-systems; charset=utf-8',
  'citation.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
  'figure.csv': 'text/csv; charset=utf-8',
  'figure.json': 'application/json; charset=utf-8',
} as const;
export type FigureFile = keyof typeof FIGURE_FILES;

export function isFigureFile(name: string): name is FigureFile {
  return Object.hasOwn(FIGURE_FILES, name);
}

export function figureFileHref(id: string, file: FigureFile): string {
  return `${figurePath(id)}/${file}`;
}

/** The name a browser saves it under: "bluebook-1991-trade-exports-1990-citation.bib". */
export function figureDownloadName(id: string, file: FigureFile): string {
  return `bluebook-1991-${id}-${file}`;
}
