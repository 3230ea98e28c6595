// Validates a data CSV against its schema and the report: every problem as `path:line:column: message`.

import { DATASETS, datasetForFileName, type DatasetName, type SeriesInfo } from './catalog';
import { codePointName, excerpt, forbiddenCharacter, printable } from './cell-text';
import { decodeCsvBytes, isBlankRecord, readCsvRecords, recordLocator, unguardCell, type Position, type RecordLocator } from './csv';
import { evaluate, FormulaError, NUMBERS, parseFormula, roundTo, type Formula } from './formula';
import { DATASET_COLUMNS, DATASET_SCHEMAS, FIGURES_COLUMNS, figuresCsvRowSchema, type FigureRow } from './schema';
import { findSentence, foldWhitespace, splitSentences, type SourceDocument } from './sentences';
import { decimalPlaces, parseValueText } from './value-text';
import { CURRENCY_UNITS } from './vocabulary';
import type { z } from 'zod';

export interface ValidationIssue extends Position {
  path: string;
  message: string;
}

export type TableName = DatasetName | 'figures';

export interface ValidatedFigure {
  row: FigureRow;
  /** A derived row's derivation, parsed: nothing after validation parses it again. */
  formula: Formula | null;
  /** The dataset the row belongs to (for figures.csv, its `dataset` column). */
  dataset: DatasetName;
  /** Id of the quoted sentence; empty for derived rows. */
  sentenceId: string;
  line: number;
}

export interface ValidationResult {
  figures: ValidatedFigure[];
  issues: ValidationIssue[];
}

export function formatIssue(issue: ValidationIssue): string {
  return printable(`${issue.path}:${issue.line}:${issue.column}: ${issue.message}`);
}

/** After this many problems in a file the validator stops listing them and says how many more there were. */
export const MAX_ISSUES = 1000;
/** No cell of a real row comes near this: a quote is one sentence. */
export const MAX_CELL_CHARACTERS = 4000;
/** A chain of derived rows each reading the one before is at most this deep (lib/figures/precision.ts walks it). */
export const MAX_DERIVATION_DEPTH = 32;

/** The first MAX_ISSUES problems, and one more line saying how many were left out. */
export function capIssues(issues: ValidationIssue[], path: string): ValidationIssue[] {
  if (issues.length <= MAX_ISSUES) return issues;
  const last = issues[MAX_ISSUES - 1];
  const more = issues.length - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { path, line: last?.line ?? 1, column: last?.column ?? 1, message: `${more} more problem(s) not listed; fix these first` },
  ];
}

/** A cell's problem if it is too long or holds a control or format character; undefined if it is fine. */
function cellProblem(cell: string): string | undefined {
  if (cell.length > MAX_CELL_CHARACTERS) return `cell is ${cell.length} characters long; the limit is ${MAX_CELL_CHARACTERS}`;
  const bad = forbiddenCharacter(cell);
  if (bad) return `contains ${codePointName(bad.codePoint)} at character ${bad.position}; control and format characters are not allowed`;
  return undefined;
}

/** The columns of free text: only these can carry a control or format character, or great length, past their schema. */
const FREE_TEXT_COLUMNS: ReadonlySet<string> = new Set(['value_text', 'quote', 'derivation', 'note', 'sentence_id']);

/** Which table a file name stands for: `figures.csv`, `trade.csv`, `bluebook-…-trade.csv`. */
export function tableForFileName(fileName: string): TableName | undefined {
  return /(?:^|[\\/-])figures\.csv$/.test(fileName) ? 'figures' : datasetForFileName(fileName);
}

/** A row that passed its schema, with what the checks across rows need. */
interface CheckedRow extends ValidatedFigure {
  /** Its record's index in the file (the header is 0). */
  index: number;
  /** The value cell as written (trimmed), for the number of decimals it states. */
  valueCell: string;
  /** A later row with an id already used: reported once, then left out of the checks across rows. */
  duplicate: boolean;
}

export interface ValidateCsvInput {
  path: string;
  bytes: Uint8Array;
  table: TableName;
  source: SourceDocument;
}

/** Records a problem in a record's cell; its message is led by the column's name. */
type Fail = (recordIndex: number, column: string, message: string) => void;
/** The same, within one record. */
type CellFail = (column: string, message: string) => void;

interface FieldIssue {
  column: string;
  message: string;
}

const derivationIssue = (message: string): FieldIssue => ({ column: 'derivation', message });

const issueAt = (path: string, at: Position, message: string): ValidationIssue => ({ path, ...at, message });

function checkHeader(path: string, header: readonly string[], locate: RecordLocator, expected: readonly string[]): ValidationIssue[] {
  const at = (field: number, message: string): ValidationIssue => issueAt(path, locate(0, field), message);
  if (header.length > 2 * expected.length) {
    return [at(0, `header has ${header.length} columns; expected the ${expected.length} columns ${expected.join(',')}`)];
  }
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  header.forEach((rawName, i) => {
    const name = rawName.trim();
    const problem = cellProblem(name);
    if (problem) issues.push(at(i, `header: ${problem}`));
    else if (seen.has(name)) issues.push(at(i, `column "${excerpt(name)}" appears twice`));
    else if (!expected.includes(name)) issues.push(at(i, `unknown column "${excerpt(name)}"; expected ${expected.join(',')}`));
    seen.add(name);
  });
  for (const name of expected)
    if (!seen.has(name)) issues.push(at(header.length - 1, `missing column "${name}"; expected ${expected.join(',')}`));
  return issues;
}

/** A record's cells against a row schema: its output, or undefined after failing each field's problem, in the schema's column order. */
function parseRow<T>(schema: z.ZodType<T>, cells: Record<string, string>, fail: CellFail): T | undefined {
  const parsed = schema.safeParse(cells);
  if (!parsed.success) for (const issue of parsed.error.issues) fail(String(issue.path[0] ?? ''), issue.message);
  return parsed.data;
}

/** Rules about one row that zod's field types cannot express; returns its sentence's id. */
function checkRowRules(
  row: FigureRow,
  series: SeriesInfo | undefined,
  source: SourceDocument,
  sentenceIdCell: string | undefined,
  fail: CellFail,
): string {
  let sentenceId = '';
  if (series) {
    if (row.unit !== series.unit) fail('unit', `unit "${row.unit}" does not match series "${row.series}", which is in ${series.unit}`);
    if (row.scale !== series.scale)
      fail('scale', `scale "${row.scale}" does not match series "${row.series}", which is in ${series.scale || 'units'}`);
  }
  if (CURRENCY_UNITS.has(row.unit) && row.scale === '') fail('scale', `a ${row.unit} amount needs a scale (million or billion)`);
  if (!CURRENCY_UNITS.has(row.unit) && row.scale !== '') fail('scale', `scale must be empty for unit ${row.unit}`);
  if (row.unit === 'percent_change' && row.base_period === '')
    fail('base_period', 'a percent change needs the base period it is measured against');
  if (row.unit !== 'percent_change' && row.base_period !== '') fail('base_period', `base_period must be empty for unit ${row.unit}`);

  if (row.kind === 'reported') {
    if (row.derivation !== '') fail('derivation', 'a reported row has no derivation; mark it derived or clear the cell');
    if (row.quote === '') fail('quote', 'a reported row needs the sentence that states it');
    if (row.value_text === '') fail('value_text', 'a reported row needs the number as the report writes it');
    if (row.quote !== '') {
      const sentence = findSentence(source, row.quote);
      if (sentence) {
        sentenceId = sentence.id;
      } else {
        const parts = splitSentences(foldWhitespace(row.quote));
        const allFound = parts.length > 1 && parts.every(([s, e]) => findSentence(source, foldWhitespace(row.quote).slice(s, e)));
        fail(
          'quote',
          allFound
            ? `quote is ${parts.length} sentences of the report; cite exactly one`
            : 'quote is not a sentence of the report (it must match one sentence exactly; only whitespace may differ)',
        );
      }
    }
    if (sentenceIdCell !== undefined && sentenceId !== '' && sentenceIdCell !== sentenceId) {
      fail('sentence_id', `sentence_id "${excerpt(sentenceIdCell)}" is not the quoted sentence, which is ${sentenceId}`);
    }
    if (row.value_text !== '' && row.quote !== '') {
      if (!foldWhitespace(row.quote).includes(foldWhitespace(row.value_text))) {
        fail('value_text', `value_text "${excerpt(row.value_text)}" does not occur in the quote`);
      }
      const parsed = parseValueText(row.value_text);
      if (typeof parsed === 'string') fail('value_text', parsed);
      else if (!parsed.compatibleUnits.includes(row.unit)) {
        fail('unit', `value_text "${excerpt(row.value_text)}" is in ${parsed.compatibleUnits.join(' or ')}, not ${row.unit}`);
      } else if (parsed.scale !== row.scale) {
        fail('scale', `value_text "${excerpt(row.value_text)}" is in ${parsed.scale || 'units'}, not ${row.scale || 'units'}`);
      } else if (parsed.value !== row.value) {
        fail('value', `value ${row.value} disagrees with value_text "${row.value_text}", which reads ${parsed.value}`);
      }
    }
  } else {
    if (row.quote !== '') fail('quote', 'a derived row quotes nothing: its inputs carry the citations');
    if (row.value_text !== '') fail('value_text', 'a derived row has no value_text');
    if (row.derivation === '') fail('derivation', 'a derived row needs its formula, e.g. {row-a} + {row-b}');
    if (row.restates !== '') fail('restates', 'only a reported row can restate another');
    if (sentenceIdCell !== undefined && sentenceIdCell !== '') fail('sentence_id', 'a derived row has no sentence_id');
  }
  return sentenceId;
}

/** Validates one CSV file. Never throws on bad input: every problem comes back as an issue. */
export function validateCsv({ path, bytes, table, source }: ValidateCsvInput): ValidationResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { figures: [], issues: decoded.issues.map((i) => ({ path, ...i })) };
  const expected: readonly string[] = table === 'figures' ? FIGURES_COLUMNS : DATASET_COLUMNS;
  if (decoded.text.trim() === '') {
    return { figures: [], issues: [{ path, line: 1, column: 1, message: `file is empty; expected a header row: ${expected.join(',')}` }] };
  }
  const locate = recordLocator(decoded.text);
  const issues: ValidationIssue[] = [];
  let headerIssues: ValidationIssue[] = [];
  let header: string[] = [];
  let textColumns: number[] = [];
  let columnIndex = new Map<string, number>();
  const fail: Fail = (record, column, message) => {
    issues.push(issueAt(path, locate(record, columnIndex.get(column) ?? 0), `${column}: ${message}`));
  };
  const rows: CheckedRow[] = [];

  // Each record is checked as it is read and then let go: only the rows that pass are kept.
  const read = readCsvRecords(decoded.text, (record, r, line) => {
    if (r === 0) {
      headerIssues = checkHeader(path, record, locate, expected);
      header = record.map((h) => h.trim());
      columnIndex = new Map(header.map((name, i) => [name, i]));
      textColumns = header.flatMap((name, i) => (FREE_TEXT_COLUMNS.has(name) ? [i] : []));
      return headerIssues.length === 0;
    }
    if (isBlankRecord(record)) {
      issues.push(issueAt(path, locate(r, 0), 'blank line between rows'));
      return;
    }
    if (record.length !== header.length) {
      const where = locate(r, Math.min(record.length, header.length) - (record.length < header.length ? 1 : 0));
      issues.push(issueAt(path, where, `row has ${record.length} fields; the header has ${header.length}`));
      return;
    }
    const at: CellFail = (column, message) => fail(r, column, message);
    // The free-text cells' length and characters; the other columns' schemas (ids, codes, numbers, enums) refuse
    // any such character already.
    const unsafe: FieldIssue[] = [];
    for (const i of textColumns) {
      const problem = cellProblem(record[i] ?? '');
      if (problem) unsafe.push({ column: header[i] ?? '', message: problem });
    }
    if (unsafe.length > 0) {
      for (const { column, message } of unsafe) at(column, message);
      return;
    }
    // Cells are read trimmed, and a formula-injection guard written by our downloads is removed.
    const cells: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) cells[header[i] ?? ''] = unguardCell((record[i] ?? '').trim());
    let dataset: DatasetName;
    let sentenceIdCell: string | undefined;
    if (table === 'figures') {
      const asFigures = parseRow(figuresCsvRowSchema, cells, at);
      if (!asFigures) return;
      dataset = asFigures.dataset;
      sentenceIdCell = asFigures.sentence_id;
    } else dataset = table;
    // A dataset file's cells are exactly its schema's columns (the header check saw to it); figures.csv's have more.
    const datasetCells = table === 'figures' ? Object.fromEntries(DATASET_COLUMNS.map((c) => [c, cells[c] ?? ''])) : cells;
    const row = parseRow(DATASET_SCHEMAS[dataset], datasetCells, at);
    if (!row) return;
    const sentenceId = checkRowRules(row, DATASETS[dataset].series[row.series], source, sentenceIdCell, at);
    rows.push({ row, formula: null, dataset, sentenceId, line, index: r, valueCell: cells.value ?? '', duplicate: false });
  });
  // A file that cannot be read as CSV gets only that problem: its rows, as papaparse split them, mean little.
  if (read.issues.length > 0) return { figures: [], issues: capIssues(sortIssues(read.issues.map((i) => ({ path, ...i }))), path) };
  if (headerIssues.length > 0) return { figures: [], issues: capIssues(sortIssues(headerIssues), path) };
  if (read.recordCount < 2) return { figures: [], issues: [{ path, line: 2, column: 1, message: 'no data rows after the header' }] };

  checkAcrossRows(rows, fail);
  return {
    figures: rows.map(({ row, formula, dataset, sentenceId, line }) => ({ row, formula, dataset, sentenceId, line })),
    issues: capIssues(sortIssues(issues), path),
  };
}

function checkAcrossRows(rows: CheckedRow[], fail: Fail): void {
  const byId = new Map<string, CheckedRow>();
  for (const p of rows) {
    const first = byId.get(p.row.id);
    if (!first) byId.set(p.row.id, p);
    else {
      p.duplicate = true;
      fail(p.index, 'id', `duplicate id "${excerpt(p.row.id)}" (first on line ${first.line})`);
    }
  }
  checkOnePerPeriod(rows, fail);
  const valueOf = (id: string): number | undefined => byId.get(id)?.row.value;
  // Only a derived row with a derived input can be on a circle; the search visits just those.
  const cycleCandidates = new Map<string, readonly string[]>();
  for (const p of rows) {
    if (p.duplicate) continue;
    const { row } = p;
    if (row.restates !== '') checkRestatement(p, byId.get(row.restates), fail);
    if (row.kind !== 'derived' || row.derivation === '') continue;
    const problem = derivationProblem(p, valueOf);
    if (problem) fail(p.index, problem.column, problem.message);
    if (p.formula?.inputs.some((id) => byId.get(id)?.row.kind === 'derived')) cycleCandidates.set(row.id, p.formula.inputs);
  }
  checkDerivationCycles(cycleCandidates, byId, fail);
}

/** Parses a derived row's formula into `p.formula`; its problem, if it fails to reproduce the row's value. */
function derivationProblem(p: CheckedRow, valueOf: (id: string) => number | undefined): FieldIssue | undefined {
  const { row } = p;
  try {
    p.formula = parseFormula(row.derivation);
  } catch (error) {
    if (!(error instanceof FormulaError)) throw error;
    return derivationIssue(error.message);
  }
  const { inputs } = p.formula;
  if (inputs.length === 0) return derivationIssue('a derived row needs at least one input, e.g. {row-a} + {row-b}');
  if (inputs.includes(row.id)) return derivationIssue('the formula uses its own row');
  const { value: computed, missing, divisionByZero } = evaluate(p.formula, NUMBERS, valueOf);
  if (missing.length > 0) {
    const named = missing.slice(0, 5).map((m) => `"${excerpt(m)}"`);
    return derivationIssue(
      `input ${named.join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} not found in this file`,
    );
  }
  if (divisionByZero) return derivationIssue('division by zero');
  const places = decimalPlaces(p.valueCell);
  if (computed === row.value || roundTo(computed, places) === row.value) return undefined;
  return {
    column: 'value',
    message: `${p.valueCell} is not what the derivation gives: ${roundTo(computed, Math.max(places, 4))} (rounded to ${places} decimals: ${roundTo(computed, places)})`,
  };
}

/** A series has one figure per period, unless a row says it restates another. */
function checkOnePerPeriod(rows: readonly CheckedRow[], fail: Fail): void {
  const seen = new Map<string, CheckedRow>();
  for (const p of rows) {
    const { row } = p;
    if (p.duplicate || row.restates !== '') continue;
    // Joined by NUL, which no series or period can hold (their schemas allow letters, digits, "_", "-" and "/").
    const key = `${p.dataset}\u0000${row.series}\u0000${row.period}`;
    const other = seen.get(key);
    if (other) {
      fail(
        p.index,
        'period',
        `series "${row.series}" already has a ${row.period} figure on line ${other.line}; mark a restatement with "restates"`,
      );
    } else seen.set(key, p);
  }
}

function checkRestatement(p: CheckedRow, target: CheckedRow | undefined, fail: Fail): void {
  const { row } = p;
  if (!target) {
    fail(p.index, 'restates', `no row "${excerpt(row.restates)}" in this file`);
    return;
  }
  const t = target.row;
  if (t.restates !== '') fail(p.index, 'restates', `"${t.id}" is itself a restatement`);
  if (t.series !== row.series || t.period !== row.period || t.unit !== row.unit || t.scale !== row.scale || t.value !== row.value) {
    fail(p.index, 'restates', `"${t.id}" is a different figure (series, period, unit or value differ)`);
  }
}

/** A circle's rows for a message: the first few and the last, so a circle of 100,000 rows stays one line. */
function circleTrail(ids: readonly string[]): string {
  const shown = ids.length > 8 ? [...ids.slice(0, 6), '…', ...ids.slice(-1)] : ids;
  return shown.map((id) => (id === '…' ? id : excerpt(id))).join(' → ');
}

/**
 * Depth-first search over derivation inputs, with a stack of its own rather than recursion (a file may chain
 * 100,000 rows); reports each circle once, where it closes, and each chain deeper than MAX_DERIVATION_DEPTH where it
 * first is. `inputsById` holds the derived rows with a derived input: any other row is a dead end, so it cannot
 * close a circle, and is one derived row deep (or none, if reported).
 */
function checkDerivationCycles(
  inputsById: ReadonlyMap<string, readonly string[]>,
  byId: ReadonlyMap<string, CheckedRow>,
  fail: Fail,
): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => depth.get(id) ?? (byId.get(id)?.row.kind === 'derived' ? 1 : 0);
  for (const root of inputsById.keys()) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'visiting');
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const inputs = inputsById.get(top.id) ?? [];
      if (top.next < inputs.length) {
        const input = inputs[top.next++] ?? '';
        if (input === top.id || !inputsById.has(input)) continue;
        const seen = state.get(input);
        if (seen === 'done') continue;
        if (seen === 'visiting') {
          const from = stack.findIndex((frame) => frame.id === input);
          const closing = byId.get(input);
          const trail = [...stack.slice(from).map((frame) => frame.id), input];
          if (closing) fail(closing.index, 'derivation', `circular: ${circleTrail(trail)}`);
          continue;
        }
        state.set(input, 'visiting');
        stack.push({ id: input, next: 0 });
        continue;
      }
      let deepest = 0;
      for (const input of inputs) if (input !== top.id && state.get(input) !== 'visiting') deepest = Math.max(deepest, depthOf(input));
      depth.set(top.id, deepest + 1);
      state.set(top.id, 'done');
      stack.pop();
      const row = byId.get(top.id);
      if (deepest === MAX_DERIVATION_DEPTH && row) {
        fail(
          row.index,
          'derivation',
          `builds on a chain of ${MAX_DERIVATION_DEPTH} derived rows; at most ${MAX_DERIVATION_DEPTH} may build on one another`,
        );
      }
    }
  }
}

function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
}
