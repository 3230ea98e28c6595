// The only module that reads data/: once per process, at build time. Paths are literals so that
// Next's file tracing sees exactly these files.

import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DATASET_NAMES, type DatasetName } from '../lib/data/catalog';
import { excerpt } from '../lib/data/cell-text';
import { parseSourceDocument, type SourceDocument } from '../lib/data/sentences';
import { MAX_FILE_BYTES } from '../lib/data/csv';
import { capIssues, formatIssue, validateCsv, type ValidatedFigure, type ValidationIssue } from '../lib/data/validate';

/**
 * The SHA-256 of the report's text as the project holds it. The text is never edited, not even its typos: a copy
 * that differs fails `npm run validate` and the build. Change this only with a new, documented source.
 */
export const REPORT_SHA256 = 'd1c29f32b2e5aae8c5b44c9fe04a24c6625cf4bbf69b2633c2abb7ac69048bac';
const REPORT_PATH = 'data/sources/diplomatic-bluebook-1991-soviet-union.txt';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; message: string };

const KINDS_OF_FILE: ReadonlyArray<[(s: ReturnType<typeof fstatSync>) => boolean, string]> = [
  [(s) => s.isDirectory(), 'a directory'],
  [(s) => s.isFIFO(), 'a FIFO'],
  [(s) => s.isSocket(), 'a socket'],
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), 'a device'],
];

/**
 * Reads a regular file of at most `maxBytes`, or says why not: a symbolic link (not followed), a directory, a
 * device or a FIFO is refused, and the size is checked before a byte is read. The file is opened once and checked
 * through its descriptor, so it cannot be swapped between the check and the read; O_NONBLOCK keeps a FIFO from
 * blocking the open.
 */
export function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ELOOP') return { ok: false, message: 'is a symbolic link; only regular files are read' };
    if (code === 'ENOENT') return { ok: false, message: 'no such file' };
    return { ok: false, message: `cannot open: ${code}` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      const kind = KINDS_OF_FILE.find(([test]) => test(stat))?.[1] ?? 'not a regular file';
      return { ok: false, message: `is ${kind}; only regular files are read` };
    }
    if (stat.size > maxBytes) {
      const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
      return { ok: false, message: `file is ${mb(stat.size)} MB; the limit is ${mb(maxBytes)} MB` };
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { ok: true, bytes: read === bytes.length ? bytes : bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

class DataFileError extends Error {
  override name = 'DataFileError';
}

function readOrThrow(relativePath: string, absolutePath: string): Buffer {
  const result = readRegularFile(absolutePath);
  if (!result.ok) throw new DataFileError(`${relativePath}:1:1: ${result.message}`);
  return result.bytes;
}

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
  read: ReadResult;
}

function readDatasetFile(dataset: DatasetName): DataFile {
  const root = process.cwd();
  switch (dataset) {
    case 'economy':
      return { path: 'data/economy.csv', dataset, read: readRegularFile(join(root, 'data', 'economy.csv')) };
    case 'trade':
      return { path: 'data/trade.csv', dataset, read: readRegularFile(join(root, 'data', 'trade.csv')) };
    case 'fisheries':
      return { path: 'data/fisheries.csv', dataset, read: readRegularFile(join(root, 'data', 'fisheries.csv')) };
    case 'payments':
      return { path: 'data/payments.csv', dataset, read: readRegularFile(join(root, 'data', 'payments.csv')) };
    case 'assistance':
      return { path: 'data/assistance.csv', dataset, read: readRegularFile(join(root, 'data', 'assistance.csv')) };
  }
}

export function readDataFiles(): DataFile[] {
  return DATASET_NAMES.map(readDatasetFile);
}

function readSourceBytes(): Buffer {
  return readOrThrow(REPORT_PATH, join(process.cwd(), 'data', 'sources', 'diplomatic-bluebook-1991-soviet-union.txt'));
}

export function readSourceText(): string {
  return readSourceBytes().toString('utf8');
}

/** A problem if the report's bytes are not the pinned ones. */
export function checkReportHash(bytes: Uint8Array, pinned = REPORT_SHA256): ValidationIssue | undefined {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual === pinned) return undefined;
  return {
    path: REPORT_PATH,
    line: 1,
    column: 1,
    message: `the report's SHA-256 is ${actual}, not the pinned ${pinned} (build/data-files.ts): its text is never edited`,
  };
}

export function readSourceMetadata(): SourceMetadata {
  const path = 'data/sources/diplomatic-bluebook-1991-soviet-union.json';
  const raw: unknown = JSON.parse(
    readOrThrow(path, join(process.cwd(), 'data', 'sources', 'diplomatic-bluebook-1991-soviet-union.json')).toString('utf8'),
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
  const sourceBytes = readSourceBytes();
  const metadata = readSourceMetadata();
  const issues: ValidationIssue[] = [];
  const hashIssue = checkReportHash(sourceBytes);
  if (hashIssue) issues.push(hashIssue);
  if (metadata.sha256 !== REPORT_SHA256) {
    issues.push({
      path: 'data/sources/diplomatic-bluebook-1991-soviet-union.json',
      line: 1,
      column: 1,
      message: `sha256: ${excerpt(metadata.sha256)} is not the pinned ${REPORT_SHA256} (build/data-files.ts)`,
    });
  }
  const source = parseSourceDocument(sourceBytes.toString('utf8'));
  const figures: ValidatedFigure[] = [];
  const seenIds = new Map<string, string>();
  for (const file of readDataFiles()) {
    if (!file.read.ok) {
      issues.push({ path: file.path, line: 1, column: 1, message: file.read.message });
      continue;
    }
    const result = validateCsv({ path: file.path, bytes: file.read.bytes, table: file.dataset, source });
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
  return issues.length > 0 ? { issues: capIssues(issues, 'data/') } : { data: { source, metadata, figures }, issues };
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
