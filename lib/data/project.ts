// The whole of data/ validated together, from bytes the build layer read (build/data-files.ts): the report's pinned
// hash, its metadata, every dataset CSV and ids unique across them. Every problem as path:line:column: message.

import { createHash } from 'node:crypto';
import type { DatasetName } from './catalog';
import { excerpt } from './cell-text';
import { sourceMetadataSchema, type SourceMetadata } from './schema';
import { parseSourceDocument, type SourceDocument } from './sentences';
import { capIssues, validateCsv, type ValidatedFigure, type ValidationIssue } from './validate';

/**
 * The SHA-256 of the report's text as the project holds it. The text is never edited, not even its typos: a copy
 * that differs fails `npm run validate` and the build. Change this only with a new, documented source.
 */
export const REPORT_SHA256 = 'd1c29f32b2e5aae8c5b44c9fe04a24c6625cf4bbf69b2633c2abb7ac69048bac';
export const REPORT_PATH = 'data/sources/diplomatic-bluebook-1991-soviet-union.txt';
export const METADATA_PATH = 'data/sources/diplomatic-bluebook-1991-soviet-union.json';

/** A file as read, or why it could not be. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export interface DataFile {
  /** Path relative to the project root, as printed in messages. */
  path: string;
  dataset: DatasetName;
  read: ReadResult;
}

export interface ProjectData {
  source: SourceDocument;
  metadata: SourceMetadata;
  figures: ValidatedFigure[];
}

/** A problem if the report's bytes are not the pinned ones. */
export function checkReportHash(bytes: Uint8Array, pinned = REPORT_SHA256): ValidationIssue | undefined {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual === pinned) return undefined;
  return {
    path: REPORT_PATH,
    line: 1,
    column: 1,
    message: `the report's SHA-256 is ${actual}, not the pinned ${pinned} (lib/data/project.ts): its text is never edited`,
  };
}

/** The report's metadata, or the problem with it. */
function parseMetadata(text: string): { metadata?: SourceMetadata; issue?: ValidationIssue } {
  const at = (message: string): { issue: ValidationIssue } => ({ issue: { path: METADATA_PATH, line: 1, column: 1, message } });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return at('is not JSON');
  }
  const parsed = sourceMetadataSchema.safeParse(raw);
  if (!parsed.success) return at(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  if (parsed.data.sha256 !== REPORT_SHA256)
    return at(`sha256: ${excerpt(parsed.data.sha256)} is not the pinned ${REPORT_SHA256} (lib/data/project.ts)`);
  return { metadata: parsed.data };
}

/** Validates the report, its metadata and every dataset file; all figures, or every problem found. */
export function validateProject(input: { report: Uint8Array; metadata: string; files: readonly DataFile[] }): {
  data?: ProjectData;
  issues: ValidationIssue[];
} {
  const issues: ValidationIssue[] = [];
  const hashIssue = checkReportHash(input.report);
  if (hashIssue) issues.push(hashIssue);
  const { metadata, issue } = parseMetadata(input.metadata);
  if (issue) issues.push(issue);
  const source = parseSourceDocument(Buffer.from(input.report).toString('utf8'));
  const figures: ValidatedFigure[] = [];
  const seenIds = new Map<string, string>();
  for (const file of input.files) {
    if (!file.read.ok) {
      issues.push({ path: file.path, line: 1, column: 1, message: file.read.message });
      continue;
    }
    const result = validateCsv({ path: file.path, bytes: file.read.bytes, table: file.dataset, source });
    issues.push(...result.issues);
    for (const figure of result.figures) {
      const other = seenIds.get(figure.row.id);
      if (other) issues.push({ path: file.path, line: figure.line, column: 1, message: `id: "${figure.row.id}" is also used in ${other}` });
      seenIds.set(figure.row.id, file.path);
      figures.push(figure);
    }
  }
  if (issues.length > 0 || !metadata) return { issues: capIssues(issues, 'data/') };
  return { data: { source, metadata, figures }, issues };
}
