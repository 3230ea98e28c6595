// How to cite the site's data: short and full text, BibTeX, RIS and CSL-JSON, made with Citation.js from one
// CSL-JSON record. Used at build time by server components and routes only; nothing of it reaches the browser.

import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { Figure } from '../figures/figure';
import type { SourceMetadata } from '../data/schema';
import { COLLECTION_TITLE, figurePageTitle, SITE_NAME } from './pages';
import { absoluteUrl, chartPath, PATHS } from './routes';

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

/** What is cited: a figure, a dataset or the whole collection (a dataset), or a chart, at its permalink. */
export interface CitedWork {
  /** A key for reference managers: letters, digits and hyphens. */
  key: string;
  /** A dataset's figures are the Ministry's, compiled by this site; a chart is this site's own work, drawn from them. */
  kind: 'dataset' | 'chart';
  title: string;
  /** Absolute URL of the page that shows it. */
  url: string;
  accessed: Date;
  /** What the work states: "Stated in the report as …" (CSL `abstract`: RIS AB, BibTeX abstract). */
  note?: string;
}

interface CslName {
  literal: string;
}

interface CslItem {
  id: string;
  type: 'dataset' | 'figure';
  title: string;
  author: CslName[];
  contributor?: CslName[];
  publisher: string;
  'container-title'?: string;
  'original-title'?: string;
  'original-publisher'?: string;
  'original-date'?: { 'date-parts': [[number]] };
  issued: { 'date-parts': [[number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  abstract?: string;
  note: string;
}

/**
 * The work as CSL-JSON. A dataset: by the Ministry, whose report states its figures, compiled and published by
 * this site (a contributor: Zotero keeps no compiler for a dataset), in the report's section. A chart: by this site,
 * drawn from the Ministry's report. Each names the report's section page. Zotero's CSL-JSON import reads every
 * field here (author and contributor as institutions, accessed as the access date); `source` is left out, which it
 * would take for a library catalogue.
 */
function cslItem(metadata: SourceMetadata, work: CitedWork): CslItem {
  const day = work.accessed;
  const section = metadata.section.replace(/^Section \d+\.\s*/, '');
  const accessed: CslItem['accessed'] = { 'date-parts': [[day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()]] };
  const common = {
    id: work.key,
    title: work.title,
    publisher: SITE_NAME,
    accessed,
    URL: work.url,
    language: metadata.language,
    ...(work.note ? { abstract: work.note } : {}),
    note: `Figures from: ${metadata.publisher}, ${metadata.title}, ${metadata.section}, ${metadata.sectionUrl}`,
  };
  if (work.kind === 'chart') {
    return {
      ...common,
      type: 'figure',
      author: [{ literal: SITE_NAME }],
      issued: { 'date-parts': [[day.getUTCFullYear()]] },
      'original-title': `${metadata.title}, ${section}`,
      'original-publisher': metadata.publisher,
      'original-date': { 'date-parts': [[metadata.year]] },
    };
  }
  return {
    ...common,
    type: 'dataset',
    author: [{ literal: metadata.publisher }],
    contributor: [{ literal: SITE_NAME }],
    'container-title': `${metadata.title}, ${section}`,
    issued: { 'date-parts': [[metadata.year]] },
  };
}

/** Text in a BibTeX field, its LaTeX specials escaped. */
function latex(text: string): string {
  return text.replace(/\\/g, '\\textbackslash{}').replace(/[$%&#_{}]/g, (c) => `\\${c}`);
}

/**
 * BibTeX from Citation.js, in UTF-8 rather than its ASCII mode, which writes "$" as \textdollar{} and "−" as
 * \textminus{}: Zotero's BibTeX import reads neither, while biber and Zotero read UTF-8, and \$ is what both take.
 * The access date goes in biblatex's urldate, which Zotero reads, not Citation.js's "[Online; accessed …]" note.
 */
function bibtex(item: CslItem, urldate: string): string {
  const config = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } };
  const escaped: CslItem = {
    ...item,
    title: latex(item.title),
    publisher: latex(item.publisher),
    note: latex(item.note),
    ...(item.abstract ? { abstract: latex(item.abstract) } : {}),
    ...(item['container-title'] ? { 'container-title': latex(item['container-title']) } : {}),
  };
  config.format.asciiOnly = false;
  try {
    const text = new Cite(escaped).format('bibtex', { format: 'text' }).trim();
    return text.replace(/\n}$/, `\n\turldate = {${urldate}},\n}`);
  } finally {
    config.format.asciiOnly = true;
  }
}

export function makeCitations(metadata: SourceMetadata, work: CitedWork): Citations {
  const item = cslItem(metadata, work);
  const cite = new Cite(item);
  const accessed = work.accessed.toISOString().slice(0, 10);
  const by = work.kind === 'chart' ? `Chart: ${SITE_NAME}, from` : 'Data:';
  return {
    short: `${work.title}. ${by} ${metadata.publisher}, Diplomatic Bluebook ${String(metadata.year)}, "The Soviet Union". ${work.url} (accessed ${accessed}).`,
    // APA gives no retrieval date for a fixed record; the access date is the reader's proof of what the page said.
    long: `${cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim()} (accessed ${accessed})`,
    bibtex: bibtex(item, accessed),
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
  return {
    key: citationKey(figure.id),
    kind: 'dataset',
    title: `${figurePageTitle(figure)}: ${figure.display}`,
    url,
    accessed,
    note:
      figure.kind === 'reported'
        ? `Stated in the report as "${figure.value_text}": "${figure.sentenceText || figure.quote}"`
        : `Derived, not stated in the report: ${figure.formulaText} = ${figure.display}; the inputs' rounding allows ${figure.intervalText}.`,
  };
}

/** The whole collection, as /data and the workbook cite it. */
export function collectionWork(accessed: Date): CitedWork {
  return {
    key: citationKey('data'),
    kind: 'dataset',
    title: COLLECTION_TITLE,
    url: absoluteUrl(PATHS.data),
    accessed,
  };
}

/** A chart, at its place on its page: this site's work, drawn from the report's figures. */
export function chartWork(chart: { id: string; title: string; pagePath: string }, accessed: Date): CitedWork {
  return { key: citationKey(chart.id), kind: 'chart', title: chart.title, url: absoluteUrl(chartPath(chart)), accessed };
}
