// How to cite the dashboard's data: short, long and BibTeX forms, made from the source metadata.

import type { SourceMetadata } from './load-data';

export interface Citations {
  short: string;
  long: string;
  bibtex: string;
}

/** `what` names the part cited, e.g. a chart title; `url` is where it is shown. */
export function makeCitations(metadata: SourceMetadata, what: string, url: string): Citations {
  const short = `${what}. Data: ${metadata.publisher}, Diplomatic Bluebook 1991, "The Soviet Union".`;
  const long = `${what}. Figures from ${metadata.publisher}, ${metadata.title} (${metadata.originalTitle}), ${metadata.section}, English translation, ${metadata.contentsUrl}. Compiled, each figure cited to its sentence, at ${url}.`;
  const key = `bluebook1991soviet${what
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 24)
    .toLowerCase()}`;
  const bibtex = [
    `@misc{${key},`,
    `  title = {${what.replace(/[{}]/g, '')}},`,
    `  note = {Figures from ${metadata.publisher}, ${metadata.title}, ${metadata.section}},`,
    `  howpublished = {\\url{${url}}},`,
    `  year = {${metadata.year}},`,
    `  organization = {${metadata.publisher}},`,
    `  url = {${metadata.contentsUrl}}`,
    '}',
  ].join('\n');
  return { short, long, bibtex };
}
