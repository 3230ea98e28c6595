// Where each figure comes from, for its page, /data/figures.json and /data/citations.jsonld: its derivation down to
// reported figures, the figures that state it again, and its sentence's place in the report text, counted in Unicode
// code points as the W3C Web Annotation Data Model's TextPositionSelector counts them.

import type { SourceDocument } from '../data/sentences';
import { MAX_DERIVATION_DEPTH } from '../data/validate';
import type { Figure } from './figure';

export interface DerivationNode {
  figure: Figure;
  /** The derived figure's inputs, each followed down to reported figures; empty for a reported figure. */
  inputs: DerivationNode[];
}

class ProvenanceError extends Error {
  override name = 'ProvenanceError';
}

/** The figure with its inputs, theirs, and so on down to reported figures, as deep as the validator lets a chain go. */
export function derivationTree(figure: Figure, figureById: ReadonlyMap<string, Figure>, depth = 0): DerivationNode {
  if (depth > MAX_DERIVATION_DEPTH) throw new ProvenanceError(`${figure.id}: derivation deeper than ${MAX_DERIVATION_DEPTH} steps`);
  const inputs = figure.inputs.map((id) => {
    const input = figureById.get(id);
    if (!input) throw new ProvenanceError(`${figure.id}: input "${id}" is not a figure`);
    return derivationTree(input, figureById, depth + 1);
  });
  return { figure, inputs };
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
  return Array.from(text.slice(0, at)).length;
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
