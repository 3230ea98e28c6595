// What each page tells the tools readers use: search engines and social networks (its own description, a
// canonical URL, OpenGraph), reference managers (Highwire `citation_*` and Dublin Core tags, which Zotero's
// Embedded Metadata translator reads) and dataset search (schema.org Dataset JSON-LD, which Google Dataset Search
// reads). Plain data; app/page-metadata.ts turns it into Next's metadata.

import type { DataCatalog, DataDownload, Dataset, WithContext } from 'schema-dts';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../data/catalog';
import {
  CITATIONS_FILE,
  DATA_PACKAGE_FILE,
  FIGURES_FILE,
  FIGURES_JSON_FILE,
  LICENSE_NOTE,
  REPORT_FILE,
  WORKBOOK_FILE,
  WORKBOOK_TYPE,
} from './downloads';
import type { Figure } from '../figures/figure';
import type { SourceMetadata } from '../data/schema';
import { COLLECTION_TITLE, SITE_NAME, type ReferenceKind } from './pages';
import { dataFilePath, PATHS, topicPath } from './routes';

/** Highwire Press, Dublin Core and Zotero <meta> tags, name → content (an array repeats the tag). */
export type ReferenceTags = Record<string, string | string[]>;

/**
 * The Ministry as an author that Zotero keeps whole. Its Embedded Metadata translator runs every citation_author and
 * DC.creator through a personal-name cleaner, which takes the last word of a name without a comma for a surname
 * ("Ministry of Foreign Affairs of", "Japan"); a name with a comma is split there, and a trailing one leaves the whole
 * name in one field, an institutional author.
 */
export function institutionalAuthor(name: string): string {
  return `${name},`;
}

/**
 * Tags for Zotero and its kin, verified with Zotero's translation-server and translators. The report: a report by the
 * Ministry (citation_technical_report_institution makes Zotero pick the report type; no DC.type, which Zotero would
 * copy into the report's type). A dataset page: a dataset dated as the report is, since its figures are the
 * report's, published by this site; Zotero ranks og:type=website above DC.type=Dataset, so z.itemType, the one tag it
 * ranks higher, says dataset.
 */
export function referenceTags(kind: ReferenceKind, metadata: SourceMetadata, title: string, url: string): ReferenceTags {
  const date = String(metadata.year);
  const author = institutionalAuthor(metadata.publisher);
  const common: ReferenceTags = {
    citation_title: title,
    citation_author: author,
    citation_publication_date: date,
    citation_publisher: metadata.publisher,
    citation_public_url: url,
    citation_language: metadata.language,
    'DC.title': title,
    'DC.creator': author,
    'DC.publisher': metadata.publisher,
    'DC.date': date,
    'DC.language': metadata.language,
    'DC.identifier': url,
    'DC.source': metadata.sectionUrl,
  };
  if (kind === 'report')
    return { ...common, citation_technical_report_institution: metadata.publisher, 'DC.relation': metadata.contentsUrl };
  // The dataset is the Ministry's figures as this site compiled and publishes them, as its citations say too.
  return {
    ...common,
    citation_publisher: SITE_NAME,
    'DC.publisher': SITE_NAME,
    'z.itemType': 'dataset',
    'DC.type': 'Dataset',
    'DC.rights': LICENSE_NOTE,
  };
}

/** Google's Dataset rich result wants a description of 50 to 5,000 characters. */
const MIN_DESCRIPTION = 50;

class PageMetadataError extends Error {
  override name = 'PageMetadataError';
}

function distribution(url: (path: string) => string, file: string, format: string, name: string): DataDownload {
  return { '@type': 'DataDownload', name, contentUrl: url(dataFilePath(file)), encodingFormat: format };
}

/** The temporal coverage of some figures, as ISO 8601: the earliest year to the latest. */
function temporalCoverage(figures: readonly Figure[]): string {
  const years = figures.flatMap((f) => [...f.period.matchAll(/\d{4}/g)].map((m) => Number(m[0])));
  return `${Math.min(...years)}/${Math.max(...years)}`;
}

/**
 * schema.org Dataset JSON-LD: the whole collection (on /data) or one dataset (on its topic page), with a
 * distribution for every download it is in.
 */
export function datasetJsonLd(
  metadata: SourceMetadata,
  figures: readonly Figure[],
  url: (path: string) => string,
  dataset?: DatasetName,
): WithContext<Dataset> {
  const names = dataset ? [dataset] : DATASET_NAMES;
  const rows = figures.filter((f) => names.includes(f.dataset));
  const info = dataset ? DATASETS[dataset] : undefined;
  const name = info ? `${info.title}: figures of the Diplomatic Bluebook 1991, section "The Soviet Union"` : COLLECTION_TITLE;
  const description = `${info ? info.description : 'Soviet GNP decline, Japan–Soviet trade, fishery quotas, delayed payments and assistance.'} Every figure as Japan's Ministry of Foreign Affairs states it in the Diplomatic Bluebook 1991, section "The Soviet Union", with the sentence that states it; figures computed from them are marked derived, with their formula and the interval their inputs' rounding allows. ${rows.length} figures.`;
  if (description.length < MIN_DESCRIPTION || description.length > 5000) {
    throw new PageMetadataError(`${name}: a Dataset description must have 50 to 5,000 characters, not ${description.length}`);
  }
  const variables = [...new Set(rows.map((f) => `${f.seriesLabel} (${f.unitLabel})`))];
  const catalog: DataCatalog = { '@type': 'DataCatalog', name: SITE_NAME, url: url(PATHS.data) };
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name,
    description,
    url: url(dataset ? topicPath(dataset) : PATHS.data),
    identifier: url(dataset ? `${topicPath(dataset)}#${dataset}` : PATHS.data),
    license: { '@type': 'CreativeWork', name: 'Reuse with attribution', text: LICENSE_NOTE, url: url(`${PATHS.data}#licence`) },
    isAccessibleForFree: true,
    creator: { '@type': 'GovernmentOrganization', name: metadata.publisher },
    publisher: { '@type': 'Organization', name: SITE_NAME, url: url(PATHS.home) },
    isBasedOn: {
      '@type': 'Report',
      name: `${metadata.title}, ${metadata.section}`,
      alternateName: metadata.originalTitle,
      datePublished: String(metadata.year),
      url: metadata.sectionUrl,
      publisher: { '@type': 'GovernmentOrganization', name: metadata.publisher },
    },
    temporalCoverage: temporalCoverage(rows),
    spatialCoverage: [
      { '@type': 'Place', name: 'Soviet Union' },
      { '@type': 'Country', name: 'Japan' },
    ],
    variableMeasured: variables,
    keywords: ['Soviet Union', 'Japan', 'trade', 'GNP', 'fisheries', 'Diplomatic Bluebook', '1990', '1991'],
    inLanguage: metadata.language,
    includedInDataCatalog: catalog,
    distribution: [
      ...names.map((d) => distribution(url, `${d}.csv`, 'text/csv', `${d}.csv`)),
      distribution(url, FIGURES_FILE, 'text/csv', 'figures.csv (every figure)'),
      distribution(url, FIGURES_JSON_FILE, 'application/json', 'figures.json'),
      distribution(url, CITATIONS_FILE, 'application/ld+json', 'citations.jsonld (W3C Web Annotations)'),
      distribution(url, WORKBOOK_FILE, WORKBOOK_TYPE, 'figures.xlsx (a typed workbook)'),
      distribution(url, DATA_PACKAGE_FILE, 'application/json', 'datapackage.json (Frictionless Data Package)'),
      distribution(url, REPORT_FILE, 'text/plain', 'the report text'),
    ],
  };
}
