// The one papaparse wrapper: fixed options, positions for every problem, and no thrown errors.

import Papa from 'papaparse';

export interface Position {
  line: number;
  column: number;
}

export interface CsvIssue extends Position {
  message: string;
}

/**
 * Receives each record as it is read; record 0 is the header. `line` is where the record starts. Return `false`
 * to stop reading. The record array is the sink's to keep.
 */
export type CsvRecordSink = (record: string[], index: number, line: number) => unknown;

export interface CsvReadResult {
  /** Records passed to the sink. Blank lines at the end of the file are not records. */
  recordCount: number;
  issues: CsvIssue[];
}

/** Line and column (1-based, in characters) where a field of a record starts; record 0 is the header. */
export type RecordLocator = (recordIndex: number, fieldIndex: number) => Position;

export type DecodeResult = { ok: true; text: string } | { ok: false; issues: CsvIssue[] };

/**
 * A cell a spreadsheet would run as a formula starts with one of these; the downloads guard such a cell with an
 * apostrophe (OWASP's advice). A plain number (-16.8) is a number, not a formula, so it is left alone.
 */
export const FORMULA_CELL = /^(?!-?\d+(?:\.\d+)?$)[=+\-@\t\r]/;

/** Undoes the guard when reading a downloaded file back. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_CELL.test(text.slice(1)) ? text.slice(1) : text;
}

/** Files larger than this are refused before parsing, which bounds the validator's memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
/** A physical line longer than this is refused: no real row comes near it. */
export const MAX_LINE_CHARS = 64 * 1024;

/**
 * Line and column of a character offset, by binary search over line starts. The line starts are found as far as an
 * offset asked for, no further: a problem near the top of a file with millions of lines (a huge quoted cell) costs
 * nothing for the lines below it.
 */
export function positionFinder(text: string): (offset: number) => Position {
  const lineStarts = [0];
  let scanned = 0;
  return (offset: number): Position => {
    for (let i = text.indexOf('\n', scanned); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    scanned = Math.max(scanned, offset);
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
}

/** Offset of the first byte that is not valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function bytePosition(bytes: Uint8Array, offset: number): Position {
  const before = bytes.subarray(0, offset);
  let line = 1;
  for (let i = before.indexOf(0x0a); i >= 0; i = before.indexOf(0x0a, i + 1)) line++;
  // Count characters, not bytes, up to the offset: continuation bytes are not characters.
  let column = 1;
  for (let i = before.lastIndexOf(0x0a) + 1; i < offset; i++) if (((bytes[i] ?? 0) & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** Checks size and encoding, strips a UTF-8 byte-order mark and returns the text. */
export function decodeCsvBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      issues: [{ line: 1, column: 1, message: `file is ${mb(bytes.length)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB` }],
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, issues: [{ line: 1, column: 1, message: 'file is UTF-16; save it as UTF-8' }] };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return { ok: false, issues: [{ ...bytePosition(bytes, nul), message: 'NUL byte: this is not a text file' }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Only now look for where it breaks: the fast path stays a native decode.
    const bad = firstInvalidUtf8(bytes);
    const at = bad >= 0 ? bytePosition(bytes, bad) : { line: 1, column: 1 };
    const hex = bad >= 0 ? (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0') : '';
    const message = bad >= 0 ? `byte 0x${hex} is not valid UTF-8 (is the file Latin-1 or Windows-1252?)` : 'file is not valid UTF-8';
    return { ok: false, issues: [{ ...at, message }] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}

/** Offsets where each record starts, honouring quoted line breaks. Built only when a position is asked for. */
function recordStarts(text: string): number[] {
  const starts = [0];
  // Jump between quotes and line feeds with indexOf (a character loop over a large file is slow),
  // remembering the next quote so that a file with few quotes is not rescanned per line.
  let nextQuote = text.indexOf('"');
  let i = 0;
  for (;;) {
    const lf = text.indexOf('\n', i);
    if (lf < 0) break;
    if (nextQuote >= 0 && nextQuote < lf) {
      const close = text.indexOf('"', nextQuote + 1);
      if (close < 0) break;
      i = close + 1;
      nextQuote = text.indexOf('"', i);
      continue;
    }
    starts.push(lf + 1);
    i = lf + 1;
  }
  return starts;
}

function fieldOffset(text: string, recordStart: number, fieldIndex: number): number {
  let inQuotes = false;
  let field = 0;
  for (let i = recordStart; i < text.length && field < fieldIndex; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34) inQuotes = !inQuotes;
    else if (ch === 44 && !inQuotes) {
      field++;
      if (field === fieldIndex) return i + 1;
    } else if ((ch === 10 || ch === 13) && !inQuotes) break;
  }
  return recordStart;
}

/** Finds fields by rescanning the text, which is only needed for the few records that have a problem. */
export function recordLocator(text: string): RecordLocator {
  const toPosition = positionFinder(text);
  let starts: number[] | undefined;
  return (recordIndex, fieldIndex) => {
    starts ??= recordStarts(text);
    const start = starts[recordIndex] ?? text.length;
    return toPosition(fieldOffset(text, start, fieldIndex));
  };
}

export const isBlankRecord = (record: readonly string[]): boolean => record.length === 1 && (record[0] ?? '').trim() === '';

/**
 * Reads records one at a time into `onRecord` (papaparse's step mode), so a large file never exists as an array
 * of rows: each row can be checked and let go, which keeps both memory and the garbage collector's work small.
 */
export function readCsvRecords(text: string, onRecord: CsvRecordSink): CsvReadResult {
  const issues: CsvIssue[] = [];
  const toPosition = positionFinder(text);
  const locate = recordLocator(text);

  let lineStart = 0;
  for (let i = text.indexOf('\n'); ; i = text.indexOf('\n', i + 1)) {
    const end = i < 0 ? text.length : i;
    if (end - lineStart > MAX_LINE_CHARS) {
      const { line } = toPosition(lineStart);
      issues.push({ line, column: MAX_LINE_CHARS + 1, message: `line is longer than ${MAX_LINE_CHARS} characters` });
      return { recordCount: 0, issues };
    }
    if (i < 0) break;
    lineStart = i + 1;
  }

  // Record starts only move forward, so their lines come from one walk over the line feeds.
  let line = 1;
  let nextLineFeed = text.indexOf('\n');
  const lineAt = (offset: number): number => {
    while (nextLineFeed >= 0 && nextLineFeed < offset) {
      line++;
      nextLineFeed = text.indexOf('\n', nextLineFeed + 1);
    }
    return line;
  };
  let recordCount = 0;
  let recordStart = 0;
  let stopped = false;
  // Blank lines are held back until a record follows them: blank lines at the end of a file are not records.
  let heldBlanks: { record: string[]; line: number }[] = [];
  const deliver = (record: string[], at: number): void => {
    if (!stopped && onRecord(record, recordCount, at) === false) stopped = true;
    recordCount++;
  };
  Papa.parse<string[]>(text, {
    // A fixed delimiter, never guessed; papaparse's defaults for the rest (RFC 4180 quotes, strings, every line).
    delimiter: ',',
    step: (result, parser) => {
      for (const error of result.errors) issues.push(csvIssueOf(error, text, toPosition, locate, recordCount + heldBlanks.length));
      const record = result.data;
      const at = lineAt(recordStart);
      recordStart = result.meta.cursor;
      if (isBlankRecord(record)) {
        heldBlanks.push({ record, line: at });
        return;
      }
      for (const blank of heldBlanks) deliver(blank.record, blank.line);
      heldBlanks = [];
      deliver(record, at);
      if (stopped) parser.abort();
    },
  });
  return { recordCount, issues };
}

function csvIssueOf(
  error: Papa.ParseError,
  text: string,
  toPosition: (offset: number) => Position,
  locate: RecordLocator,
  recordIndex: number,
): CsvIssue {
  // papaparse points just past an unclosed quote; point at the quote itself.
  const offset = error.index === undefined ? undefined : error.code === 'MissingQuotes' ? text.lastIndexOf('"', error.index) : error.index;
  const at = offset !== undefined && offset >= 0 ? toPosition(offset) : locate(recordIndex, 0);
  const message =
    error.code === 'MissingQuotes'
      ? 'quoted field is not closed (unbalanced ")'
      : error.code === 'InvalidQuotes'
        ? 'text after the closing quote of a quoted field'
        : error.message;
  return { ...at, message };
}
