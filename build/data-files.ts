// The only module that reads data/: once per process, at build time. What it reads is validated by lib/data/project.ts.

import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_NAMES, type DatasetName } from '../lib/data/catalog';
import { MAX_FILE_BYTES } from '../lib/data/csv';
import { METADATA_PATH, REPORT_PATH, validateProject, type DataFile, type ProjectData, type ReadResult } from '../lib/data/project';
import { formatIssue, type ValidationIssue } from '../lib/data/validate';

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
    return { ok: true, bytes: readFileSync(fd) };
  } finally {
    closeSync(fd);
  }
}

function readOrThrow(relativePath: string, absolutePath: string): Uint8Array {
  const result = readRegularFile(absolutePath);
  if (!result.ok) throw new Error(`${relativePath}:1:1: ${result.message}`);
  return result.bytes;
}

/** Each path a literal, so that Next's file tracing follows exactly the five CSVs. */
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

function readReportBytes(): Uint8Array {
  return readOrThrow(REPORT_PATH, join(process.cwd(), 'data', 'sources', 'diplomatic-bluebook-1991-soviet-union.txt'));
}

export function readSourceText(): string {
  return Buffer.from(readReportBytes()).toString('utf8');
}

function readMetadataText(): string {
  return Buffer.from(
    readOrThrow(METADATA_PATH, join(process.cwd(), 'data', 'sources', 'diplomatic-bluebook-1991-soviet-union.json')),
  ).toString('utf8');
}

/** Reads and validates every file in data/; all figures, or every problem found. */
export function validateProjectData(): { data?: ProjectData; issues: ValidationIssue[] } {
  return validateProject({ report: readReportBytes(), metadata: readMetadataText(), files: readDataFiles() });
}

let cache: ProjectData | undefined;

/** All validated project data, read once per process; throws listing every problem. */
export function getProjectData(): ProjectData {
  if (!cache) {
    const { data, issues } = validateProjectData();
    if (!data) throw new Error(`data/ has ${issues.length} problem(s):\n${issues.map(formatIssue).join('\n')}`);
    cache = data;
  }
  return cache;
}
