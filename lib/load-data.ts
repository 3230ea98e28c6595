// The only module that reads data/: once per process, at build time. Paths are literals so that
// Next's file tracing sees exactly these files.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATASET_NAMES, type DatasetName } from './catalog';
import { parseSourceDocument, type SourceDocument } from './sentences';
import { formatIssue, validateCsv, type ValidatedFigure, type ValidationIssue } from './validate';

class DataValidationError extends Error {
  override name = 'DataValidationError';
  constructor(readonly issues: ValidationIssue[]) {
    super(`data/ has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
  }
}

const sourceMetadataSchema = z.strictObject({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string(),
  originalTitle: z.string(),
  publisher: z.string(),
  year: z.number().int(),
  section: z.string(),
  language: z.string(),
  periodCovered: z.string(),
  contentsUrl: z.url(),
  notes: z.string(),
});
export type SourceMetadata = z.infer<typeof sourceMetadataSchema>;

export interface DataFile {
  /** Path relative to the project root, as printed in messages. */
  path: string;
  dataset: DatasetName;
  bytes: Uint8Array;
}

function readDatasetFile(dataset: DatasetName): DataFile {
  const root = process.cwd();
  switch (dataset) {
    case 'economy':
      return { path: 'data/economy.csv', dataset, bytes: readFileSync(join(root, 'data', 'economy.csv')) };
    case 'trade':
      return { path: 'data/trade.csv', dataset, bytes: readFileSync(join(root, 'data', 'trade.csv')) };
    case 'fisheries':
      return { path: 'data/fisheries.csv', dataset, bytes: readFileSync(join(root, 'data', 'fisheries.csv')) };
    case 'payments':
      return { path: 'data/payments.csv', dataset, bytes: readFileSync(join(root, 'data', 'payments.csv')) };
    case 'assistance':
      return { path: 'data/assistance.csv', dataset, bytes: readFileSync(join(root, 'data', 'assistance.csv')) };
  }
}

export function readDataFiles(): DataFile[] {
  return DATASET_NAMES.map(readDatasetFile);
}

export function readSourceText(): string {
  return readFileSync(join(process.cwd(), 'data', 'sources', 'diplomatic-bluebook-1991-soviet-union.txt'), 'utf8');
}

export function readSourceMetadata(): SourceMetadata {
  const raw: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'data', 'sources', 'diplomatic-bluebook-1991-soviet-union.json'), 'utf8'),
  );
  return sourceMetadataSchema.parse(raw);
}

export interface ProjectData {
  source: SourceDocument;
  metadata: SourceMetadata;
  figures: ValidatedFigure[];
}

/** Validates every file in data/; returns all figures, or every problem found. */
export function validateProjectData(): { data?: ProjectData; issues: ValidationIssue[] } {
  const source = parseSourceDocument(readSourceText());
  const metadata = readSourceMetadata();
  const issues: ValidationIssue[] = [];
  const figures: ValidatedFigure[] = [];
  const seenIds = new Map<string, string>();
  for (const file of readDataFiles()) {
    const result = validateCsv({ path: file.path, bytes: file.bytes, table: file.dataset, source });
    issues.push(...result.issues);
    for (const figure of result.figures) {
      const other = seenIds.get(figure.row.id);
      if (other) {
        issues.push({ path: file.path, line: figure.line, column: 1, message: `id: "${figure.row.id}" is also used in ${other}` });
      }
      seenIds.set(figure.row.id, file.path);
      figures.push(figure);
    }
  }
  return issues.length > 0 ? { issues } : { data: { source, metadata, figures }, issues };
}

let cache: ProjectData | undefined;

/** All validated project data; throws DataValidationError listing every problem. */
export function getProjectData(): ProjectData {
  if (!cache) {
    const { data, issues } = validateProjectData();
    if (!data) throw new DataValidationError(issues);
    cache = data;
  }
  return cache;
}
