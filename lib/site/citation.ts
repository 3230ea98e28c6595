// How to cite the site's data: short and full text, BibTeX, RIS and CSL-JSON, made with Citation.js from one
// CSL-JSON record. Used at build time by server components and routes only; nothing of it reaches the browser.

import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Figure } from '../figures/figure';
import type { SourceMetadata } from '../data/schema';

// The entry's key is the work's own (its figure id), not one Citation.js makes up from author, year and title,
// which would give every figure the same "Ministry1991…" stem.
(plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean } }).format.useIdAsLabel = true;

export interface Citations {
  short: string;
  /** The full reference, APA style. */
  long: string;
  bibtex: string;
  ris: string;
  /** CSL-JSON: a list of one item, as reference managers import it. */
  csl: string;
}

/** What is cited: a figure, a chart or the whole collection, at its permalink. */
export interface CitedWork {
  /** A key for reference managers: letters, digits and hyphens. */
  key: string;
  title: string;
  /** Absolute URL of the page that shows it. */
  url: string;
  accessed: Date;
  /** What the work states: "Stated in the report as …" (CSL `abstract`: RIS AB; BibTeX keeps its access note). */
  note?: string;
}

interface CslItem {
  id: string;
  type: 'dataset';
  title: string;
  author: { literal: string }[];
  publisher: string;
  'container-title': string;
  issued: { 'date-parts': [[number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  abstract?: string;
  source: string;
}

/** The work as CSL-JSON: the report's publisher as author, the report and its section as the container. */
function cslItem(metadata: SourceMetadata, work: CitedWork): CslItem {
  const day = work.accessed;
  return {
    id: work.key,
    type: 'dataset',
    title: work.title,
    author: [{ literal: metadata.publisher }],
    publisher: metadata.publisher,
    'container-title': `${metadata.title}, ${metadata.section.replace(/^Section \d+\.\s*/, '')}`,
    issued: { 'date-parts': [[metadata.year]] },
    accessed: { 'date-parts': [[day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]] },
    URL: work.url,
    language: metadata.language,
    ...(work.note ? { abstract: work.note } : {}),
    source: metadata.contentsUrl,
  };
}

export function makeCitations(metadata: SourceMetadata, work: CitedWork): Citations {
  const item = cslItem(metadata, work);
  const cite = new Cite(item);
  const accessed = work.accessed.toISOString().slice(0, 10);
  return {
    short: `${work.title}. Data: ${metadata.publisher}, Diplomatic Bluebook ${metadata.year}, "The Soviet Union". ${work.url} (accessed ${accessed}).`,
    // APA gives no retrieval date for a fixed record; the access date is the reader's proof of what the page said.
    long: `${cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim()} (accessed ${accessed})`,
    bibtex: cite.format('bibtex', { format: 'text' }).trim(),
    ris: unwrapRis(cite.format('ris', { format: 'text' })).trim(),
    csl: JSON.stringify([item], null, 2),
  };
}

/** A BibTeX-safe key from any text: "trade-exports-1990" → "bluebook1991tradeexports1990". */
export function citationKey(name: string): string {
  return `bluebook1991${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 60)}`;
}

/**
 * Citation.js wraps every RIS value at 70 characters, mid-word ("Sovi" / "et Union"), and readers differ on how they
 * join such continuation lines; one line per tag is what every reader takes.
 */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    if (/^[A-Z][A-Z0-9] {2}-( |$)/.test(line) || lines.length === 0) lines.push(line);
    else lines[lines.length - 1] = `${lines.at(-1) ?? ''}${line}`;
  }
  return lines.join('\n');
}

/** A figure as a cited work: its title, its permalink, and what it states or how it is derived. */
export function figureWork(figure: Figure, url: string, accessed: Date): CitedWork {
  const base = figure.baseLabel ? ` (${figure.baseLabel})` : '';
  return {
    key: citationKey(figure.id),
    title: `${figure.seriesLabel}, ${figure.periodLabel}${base}: ${figure.display}`,
    url,
    accessed,
    note:
      figure.kind === 'reported'
        ? `Stated in the report as "${figure.value_text}": "${figure.sentenceText || figure.quote}"`
        : `Derived, not stated in the report: ${figure.formulaText} = ${figure.display}; the inputs' rounding allows ${figure.intervalText}.`,
  };
}
