// The cleaned downloads: one CSV per dataset, figures.csv with every figure, and a Frictionless
// Data Package describing them.

import { writeCsv, type CsvCellValue } from './csv-writer';
import { DATASET_NAMES, DATASETS, type DatasetName } from '../data/catalog';
import type { Figure } from '../figures/figure';
import { sentencePlace } from '../figures/provenance';
import type { SourceDocument } from '../data/sentences';
import { COLUMNS, DATASET_COLUMNS, FIGURES_COLUMNS, ID_PATTERN, type ColumnInfo, type SourceMetadata } from '../data/schema';
import { KINDS, SCALES, UNITS } from '../data/vocabulary';
import { COLLECTION_TITLE } from './pages';
import { dataFilePath, figurePath, PATHS } from './routes';

const DOWNLOAD_PREFIX = 'bluebook-1991-soviet-union-';
export const FIGURES_FILE = 'figures.csv';
export const FIGURES_JSON_FILE = 'figures.json';
export const CITATIONS_FILE = 'citations.jsonld';
/** The report text as data/sources/ holds it, byte for byte: what citations.jsonld's selectors count in. */
export const REPORT_FILE = 'diplomatic-bluebook-1991-soviet-union.txt';
export const WORKBOOK_FILE = 'figures.xlsx';
export const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATA_PACKAGE_FILE = 'datapackage.json';
export const LICENSE_NOTE =
  'The figures are facts quoted from a public report of the Ministry of Foreign Affairs of Japan; this compilation may be reused with attribution to the source and to this dashboard.';

/** Every file served under /data/: `economy.csv` … `figures.csv`, `datapackage.json`. */
export function downloadFiles(): string[] {
  return [
    ...DATASET_NAMES.map((d) => `${d}.csv`),
    FIGURES_FILE,
    FIGURES_JSON_FILE,
    CITATIONS_FILE,
    WORKBOOK_FILE,
    REPORT_FILE,
    DATA_PACKAGE_FILE,
  ];
}

/** The name a browser saves a download under. */
export function downloadFileName(file: string): string {
  return file === REPORT_FILE ? file : `${DOWNLOAD_PREFIX}${file}`;
}

/** A figure's row, as figures.csv and the workbook hold it. */
export function rowCells(f: Figure): Record<(typeof FIGURES_COLUMNS)[number], CsvCellValue> {
  return {
    id: f.id,
    dataset: f.dataset,
    series: f.series,
    period: f.period,
    value: f.value,
    value_low: f.interval ? f.interval.low : '',
    value_high: f.interval ? f.interval.high : '',
    unit: f.unit,
    scale: f.scale,
    base_period: f.base_period,
    kind: f.kind,
    value_text: f.value_text,
    quote: f.quote,
    sentence_id: f.sentenceId,
    derivation: f.derivation,
    restates: f.restates,
    note: f.note,
  };
}

/** A dataset's rows as its CSV and its workbook sheet hold them, in file order. */
export function datasetRows(figures: readonly Figure[], dataset: DatasetName): ReturnType<typeof rowCells>[] {
  return figures.filter((f) => f.dataset === dataset).map(rowCells);
}

/** A dataset as validated, in the data files' column order, rows in file order. */
export function datasetCsv(figures: readonly Figure[], dataset: DatasetName): string {
  return writeCsv(DATASET_COLUMNS, datasetRows(figures, dataset));
}

export function figuresCsv(figures: readonly Figure[]): string {
  return writeCsv(FIGURES_COLUMNS, figures.map(rowCells));
}

/** One figure as figures.csv writes it: the header and its row. */
export function figureCsv(figure: Figure): string {
  return writeCsv(FIGURES_COLUMNS, [rowCells(figure)]);
}

/**
 * One figure for figures.json: the fields of figures.csv (empty cells as null, numbers as numbers), its interval,
 * its page's URL, and its sentence's place in the report text (code points, as citations.jsonld counts them).
 */
export function figureRecord(figure: Figure, source: SourceDocument, url: string): Record<string, unknown> {
  const cells = rowCells(figure);
  const record: Record<string, unknown> = {};
  for (const column of FIGURES_COLUMNS) record[column] = cells[column] === '' ? null : cells[column];
  const place = figure.kind === 'reported' ? sentencePlace(source, figure.sentenceId) : undefined;
  return {
    ...record,
    display: figure.display,
    interval: figure.interval ? { low: figure.interval.low, high: figure.interval.high, text: figure.intervalText } : null,
    url,
    sentence: place ? { id: place.sentenceId, start: place.start, end: place.end } : null,
  };
}

/** A column's constraints in the data package's Table Schema, beyond being required: what the schema and catalogue allow. */
function constraints(column: (typeof FIGURES_COLUMNS)[number], series: readonly string[]): Record<string, unknown> {
  const period = { pattern: PERIOD_PATTERN };
  const rules: Partial<Record<(typeof FIGURES_COLUMNS)[number], Record<string, unknown>>> = {
    id: { unique: true, pattern: ID_PATTERN.source },
    dataset: { enum: [...DATASET_NAMES] },
    series: { enum: series },
    period,
    base_period: period,
    unit: { enum: [...UNITS] },
    scale: { enum: SCALES.filter((s) => s !== '') },
    kind: { enum: [...KINDS] },
  };
  return rules[column] ?? {};
}

const PERIOD_PATTERN = '^(1[89]|20)\\d\\d(-S[12]|-\\d\\d(-\\d\\d)?)?(/(1[89]|20)\\d\\d(-S[12]|-\\d\\d(-\\d\\d)?)?)?$';

/** The Table Schema fields of a dataset's CSV or figures.csv, from the column dictionary (lib/data/schema.ts). */
function fields(datasetNames: readonly DatasetName[], withDataset: boolean): Array<Record<string, unknown>> {
  const series = [...new Set(datasetNames.flatMap((d) => Object.keys(DATASETS[d].series)))];
  return (withDataset ? FIGURES_COLUMNS : DATASET_COLUMNS).map((name) => {
    const { type, title, description, required } = COLUMNS[name] as ColumnInfo;
    const rules = { ...(required ? { required: true } : {}), ...constraints(name, series) };
    return { name, type, title, description, ...(Object.keys(rules).length > 0 ? { constraints: rules } : {}) };
  });
}

/** Series → unit and scale, as a custom property of each resource. */
function seriesUnits(datasetNames: readonly DatasetName[]): Record<string, { label: string; unit: string; scale: string }> {
  return Object.fromEntries(
    datasetNames.flatMap((d) =>
      Object.entries(DATASETS[d].series).map(([name, s]) => [name, { label: s.label, unit: s.unit, scale: s.scale }]),
    ),
  );
}

export function dataPackage(metadata: SourceMetadata, figures: readonly Figure[]): Record<string, unknown> {
  const source = { title: `${metadata.publisher}, ${metadata.title}, ${metadata.section}`, path: metadata.contentsUrl };
  const dialect = { delimiter: ',', doubleQuote: true, lineTerminator: '\n', quoteChar: '"', header: true };
  /** A file of the package, as its resources list names it. */
  type FileInfo = { name: string; path: string; title: string; description: string };
  const resource = (info: FileInfo, datasets: readonly DatasetName[]): Record<string, unknown> => ({
    profile: 'tabular-data-resource',
    ...info,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect,
    schema: { fields: fields(datasets, info.name === 'figures'), primaryKey: ['id'], missingValues: [''] },
    'x-rows': figures.filter((f) => datasets.includes(f.dataset)).length,
    'x-series-units': seriesUnits(datasets),
    sources: [source],
  });
  const file = (info: FileInfo & { format: string; mediatype: string }): Record<string, unknown> => ({
    profile: 'data-resource',
    ...info,
    ...(info.format === 'xlsx' ? {} : { encoding: 'utf-8' }),
    sources: [source],
  });
  return {
    // A data package rather than a tabular one: beside the CSVs it holds the figures as JSON, their citations as
    // annotations and the report text they point into.
    profile: 'data-package',
    name: 'bluebook-1991-soviet-union',
    title: COLLECTION_TITLE,
    description:
      'Every economic figure stated in the section, with the sentence that states it; figures computed from them are marked derived, with their formula.',
    homepage: PATHS.home,
    version: '1.0.0',
    licenses: [{ name: 'other-at', title: LICENSE_NOTE }],
    sources: [source],
    keywords: ['Soviet Union', 'Japan', 'trade', 'GNP', 'fisheries', '1990', '1991', 'Diplomatic Bluebook'],
    resources: [
      ...DATASET_NAMES.map((d) =>
        resource({ name: d, path: `${d}.csv`, title: DATASETS[d].title, description: DATASETS[d].description }, [d]),
      ),
      resource(
        { name: 'figures', path: FIGURES_FILE, title: 'All figures', description: 'Every figure of every dataset, one row each.' },
        DATASET_NAMES,
      ),
      file({
        name: 'figures-json',
        path: FIGURES_JSON_FILE,
        title: 'All figures, as JSON',
        description:
          "The fields of figures.csv for every figure (empty cells as null), with its derived interval, its page's URL and its sentence's place in the report text (Unicode code points, end exclusive).",
        format: 'json',
        mediatype: 'application/json',
      }),
      file({
        name: 'citations',
        path: CITATIONS_FILE,
        title: 'Where each reported figure is stated',
        description:
          "A W3C Web Annotation per reported figure, tying the figure's page and its row of figures.csv to its sentence in the report text, by a TextQuoteSelector and a TextPositionSelector counted in Unicode code points.",
        format: 'jsonld',
        mediatype: 'application/ld+json',
      }),
      file({
        name: 'workbook',
        path: WORKBOOK_FILE,
        title: 'All figures, as a workbook',
        description:
          'An About sheet (source, citation, licence, what each column means), every figure, and one sheet per dataset; ids, periods, codes and quotes stored as text, values as numbers, no formulas.',
        format: 'xlsx',
        mediatype: WORKBOOK_TYPE,
      }),
      file({
        name: 'report',
        path: REPORT_FILE,
        title: 'The report text',
        description: 'Section 4 "The Soviet Union" of the Diplomatic Bluebook 1991, byte for byte as the figures were taken from it.',
        format: 'txt',
        mediatype: 'text/plain',
      }),
    ],
  };
}

/** figures.json: every figure as figureRecord gives it, with the source it comes from. */
export function figuresJson(
  model: { figures: readonly Figure[]; source: SourceDocument; metadata: SourceMetadata },
  url: (path: string) => string,
): unknown {
  return {
    title: COLLECTION_TITLE,
    source: { title: `${model.metadata.publisher}, ${model.metadata.title}, ${model.metadata.section}`, url: model.metadata.contentsUrl },
    reportText: url(dataFilePath(REPORT_FILE)),
    offsets: 'Unicode code points into reportText, end exclusive',
    figures: model.figures.map((f) => figureRecord(f, model.source, url(figurePath(f.id)))),
  };
}

/**
 * citations.jsonld: a W3C Web Annotation (Web Annotation Data Model, JSON-LD) per reported figure. The body is the
 * figure, as its page and as its row of figures.csv (an RFC 7111 row fragment, the header being row 1); the target is
 * its sentence in the report text, selected by quote and by position in code points.
 */
export function citationsJsonld(model: { figures: readonly Figure[]; source: SourceDocument }, url: (path: string) => string): unknown {
  const report = url(dataFilePath(REPORT_FILE));
  const items = model.figures.flatMap((f, index) => {
    const place = f.kind === 'reported' ? sentencePlace(model.source, f.sentenceId) : undefined;
    if (!place) return [];
    return [
      {
        id: `${url(figurePath(f.id))}#stated`,
        type: 'Annotation',
        motivation: 'linking',
        body: [
          { id: url(figurePath(f.id)), type: 'Text', format: 'text/html', language: 'en' },
          { id: `${url(dataFilePath(FIGURES_FILE))}#row=${index + 2}`, type: 'Dataset', format: 'text/csv' },
        ],
        target: {
          source: report,
          type: 'Text',
          format: 'text/plain',
          selector: [
            { type: 'TextQuoteSelector', exact: place.exact, prefix: place.prefix, suffix: place.suffix },
            { type: 'TextPositionSelector', start: place.start, end: place.end },
          ],
        },
      },
    ];
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: url(dataFilePath(CITATIONS_FILE)),
    type: 'AnnotationCollection',
    label: 'Where the Diplomatic Bluebook 1991 states each figure',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
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

/** The name a browser saves it under: "bluebook-1991-trade-exports-1990-citation.bib". */
export function figureDownloadName(id: string, file: FigureFile): string {
  return `bluebook-1991-${id}-${file}`;
}
