// Validates a data CSV against its schema and the report: every problem as `path:line:column: message`.

import { excerpt, codePointName, forbiddenCharacter, printable } from './cell-text';
import { decodeCsvBytes, readCsvRecords, recordLocator, type Position, type RecordLocator } from './csv';
import { unguardCell } from '../site/csv-writer';
import { DATASETS, datasetForFileName, type DatasetName, type SeriesInfo } from './catalog';
import { evaluate, FormulaError, NUMBERS, parseFormula, roundTo, type Formula } from './formula';
import { DATASET_COLUMNS, DATASET_SCHEMAS, FIGURES_COLUMNS, figuresCsvRowSchema, type FigureRow, type FiguresCsvRow } from './schema';
import { createRowValidator, type FieldIssue, type FieldValues, type RowResult, type RowValidator } from './row-validator';
import { findSentence, foldWhitespace, splitSentences, type SourceDocument } from './sentences';
import { decimalPlaces, parseValueText } from './value-text';
import { CURRENCY_UNITS } from './vocabulary';

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
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (/(?:^|-)figures\.csv$/.test(base)) return 'figures';
  return datasetForFileName(base);
}

/**
 * A row as checked: the figure itself (one object per row, since a file may have 100,000) plus what the checks need.
 * A class for the reason given at ValidatedRow.
 */
class ParsedRecord implements ValidatedFigure {
  /** A later row with an id already used: reported once, then left out of the checks across rows. */
  duplicate = false;
  formula: Formula | null = null;
  constructor(
    readonly row: FigureRow,
    readonly dataset: DatasetName,
    readonly sentenceId: string,
    readonly line: number,
    readonly index: number,
    /** The value cell as written (trimmed), for the number of decimals it states. */
    readonly valueCell: string,
  ) {}
}

export interface ValidateCsvInput {
  path: string;
  bytes: Uint8Array;
  table: TableName;
  source: SourceDocument;
}

const issueAt = (path: string, at: Position, message: string): ValidationIssue => ({ path, ...at, message });

function checkHeader(path: string, header: readonly string[], locate: RecordLocator, expected: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (header.length > 2 * expected.length) {
    return [
      issueAt(path, locate(0, 0), `header has ${header.length} columns; expected the ${expected.length} columns ${expected.join(',')}`),
    ];
  }
  const seen = new Set<string>();
  header.forEach((rawName, i) => {
    const name = rawName.trim();
    const problem = cellProblem(name);
    if (problem) issues.push(issueAt(path, locate(0, i), `header: ${problem}`));
    else if (seen.has(name)) issues.push(issueAt(path, locate(0, i), `column "${excerpt(name)}" appears twice`));
    else if (!expected.includes(name))
      issues.push(issueAt(path, locate(0, i), `unknown column "${excerpt(name)}"; expected ${expected.join(',')}`));
    seen.add(name);
  });
  for (const name of expected) {
    if (!seen.has(name))
      issues.push(issueAt(path, locate(0, header.length - 1), `missing column "${name}"; expected ${expected.join(',')}`));
  }
  return issues;
}

// A module function, not a closure made per row: this runs for every row of a file.
function fail(problems: FieldIssue[], column: string, message: string): void {
  problems.push({ column, message });
}

/** Rules about one row that zod's field types cannot express; pushes to `problems` and returns the sentence id. */
function checkRowRules(
  row: FigureRow,
  series: SeriesInfo | undefined,
  source: SourceDocument,
  sentenceIdCell: string | undefined,
  problems: FieldIssue[],
): string {
  let sentenceId = '';
  if (series) {
    if (row.unit !== series.unit)
      fail(problems, 'unit', `unit "${row.unit}" does not match series "${row.series}", which is in ${series.unit}`);
    if (row.scale !== series.scale) {
      fail(problems, 'scale', `scale "${row.scale}" does not match series "${row.series}", which is in ${series.scale || 'units'}`);
    }
  }
  if (CURRENCY_UNITS.has(row.unit) && row.scale === '') fail(problems, 'scale', `a ${row.unit} amount needs a scale (million or billion)`);
  if (!CURRENCY_UNITS.has(row.unit) && row.scale !== '') fail(problems, 'scale', `scale must be empty for unit ${row.unit}`);
  if (row.unit === 'percent_change' && row.base_period === '')
    fail(problems, 'base_period', 'a percent change needs the base period it is measured against');
  if (row.unit !== 'percent_change' && row.base_period !== '')
    fail(problems, 'base_period', `base_period must be empty for unit ${row.unit}`);

  if (row.kind === 'reported') {
    if (row.derivation !== '') fail(problems, 'derivation', 'a reported row has no derivation; mark it derived or clear the cell');
    if (row.quote === '') fail(problems, 'quote', 'a reported row needs the sentence that states it');
    if (row.value_text === '') fail(problems, 'value_text', 'a reported row needs the number as the report writes it');
    if (row.quote !== '') {
      const sentence = findSentence(source, row.quote);
      if (sentence) {
        sentenceId = sentence.id;
      } else {
        const parts = splitSentences(foldWhitespace(row.quote));
        const allFound = parts.length > 1 && parts.every(([s, e]) => findSentence(source, foldWhitespace(row.quote).slice(s, e)));
        fail(
          problems,
          'quote',
          allFound
            ? `quote is ${parts.length} sentences of the report; cite exactly one`
            : 'quote is not a sentence of the report (it must match one sentence exactly; only whitespace may differ)',
        );
      }
    }
    if (sentenceIdCell !== undefined && sentenceId !== '' && sentenceIdCell !== sentenceId) {
      fail(problems, 'sentence_id', `sentence_id "${excerpt(sentenceIdCell)}" is not the quoted sentence, which is ${sentenceId}`);
    }
    if (row.value_text !== '' && row.quote !== '') {
      if (!foldWhitespace(row.quote).includes(foldWhitespace(row.value_text))) {
        fail(problems, 'value_text', `value_text "${excerpt(row.value_text)}" does not occur in the quote`);
      }
      const parsed = parseValueText(row.value_text);
      if (typeof parsed === 'string') {
        fail(problems, 'value_text', parsed);
      } else {
        if (!parsed.compatibleUnits.includes(row.unit)) {
          fail(problems, 'unit', `value_text "${excerpt(row.value_text)}" is in ${parsed.compatibleUnits.join(' or ')}, not ${row.unit}`);
        } else if (parsed.scale !== row.scale) {
          fail(problems, 'scale', `value_text "${excerpt(row.value_text)}" is in ${parsed.scale || 'units'}, not ${row.scale || 'units'}`);
        } else if (parsed.value !== row.value) {
          fail(problems, 'value', `value ${row.value} disagrees with value_text "${row.value_text}", which reads ${parsed.value}`);
        }
      }
    }
  } else {
    if (row.quote !== '') fail(problems, 'quote', 'a derived row quotes nothing: its inputs carry the citations');
    if (row.value_text !== '') fail(problems, 'value_text', 'a derived row has no value_text');
    if (row.derivation === '') fail(problems, 'derivation', 'a derived row needs its formula, e.g. {row-a} + {row-b}');
    if (row.restates !== '') fail(problems, 'restates', 'only a reported row can restate another');
    if (sentenceIdCell !== undefined && sentenceIdCell !== '') fail(problems, 'sentence_id', 'a derived row has no sentence_id');
  }
  return sentenceId;
}

/** Validates one CSV file. Never throws on bad input: every problem comes back as an issue. */
export function validateCsv({ path, bytes, table: tableName, source }: ValidateCsvInput): ValidationResult {
  const issues: ValidationIssue[] = [];
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { figures: [], issues: decoded.issues.map((i) => ({ path, ...i })) };
  const expected: readonly string[] = tableName === 'figures' ? FIGURES_COLUMNS : DATASET_COLUMNS;
  if (decoded.text.trim() === '') {
    return { figures: [], issues: [{ path, line: 1, column: 1, message: `file is empty; expected a header row: ${expected.join(',')}` }] };
  }
  const locate = recordLocator(decoded.text);
  let header: string[] = [];
  let columnIndex = new Map<string, number>();
  const at = (recordIndex: number, column: string): Position => locate(recordIndex, columnIndex.get(column) ?? 0);
  const reportFieldIssues = (recordIndex: number, fieldIssues: FieldIssue[]): void => {
    for (const fi of fieldIssues) issues.push(issueAt(path, at(recordIndex, fi.column), `${fi.column}: ${fi.message}`));
  };
  const datasetValidators = new Map<DatasetName, RowValidator<FigureRow>>();
  const datasetValidator = (name: DatasetName): RowValidator<FigureRow> => {
    let v = datasetValidators.get(name);
    if (!v) datasetValidators.set(name, (v = createRowValidator(DATASET_SCHEMAS[name], header, normalizeCell, figureRowOfValues)));
    return v;
  };
  const fileDataset: DatasetName | undefined = tableName === 'figures' ? undefined : tableName;
  let figuresValidator: RowValidator<FiguresCsvRow> | undefined;
  let valueIndex = 0;
  let headerIssues: ValidationIssue[] = [];
  const problems: FieldIssue[] = [];
  const parsed: ParsedRecord[] = [];
  let textColumns: number[] = [];

  // Each record is checked as it is read and then let go: only the rows that pass are kept.
  const read = readCsvRecords(decoded.text, (record, r, line) => {
    if (r === 0) {
      headerIssues = checkHeader(path, record, locate, expected);
      header = record.map((h) => h.trim());
      columnIndex = new Map(header.map((name, i) => [name, i]));
      textColumns = header.flatMap((name, i) => (FREE_TEXT_COLUMNS.has(name) ? [i] : []));
      valueIndex = columnIndex.get('value') ?? 0;
      return headerIssues.length === 0;
    }
    if (record.length === 1 && (record[0] ?? '').trim() === '') {
      issues.push(issueAt(path, locate(r, 0), 'blank line between rows'));
      return;
    }
    if (record.length !== header.length) {
      const where = locate(r, Math.min(record.length, header.length) - (record.length < header.length ? 1 : 0));
      issues.push(issueAt(path, where, `row has ${record.length} fields; the header has ${header.length}`));
      return;
    }
    // The free-text cells' length and characters. The other columns' schemas (ids, codes, numbers, enums) refuse
    // any such character already, messages quote only excerpts of them, and testing only these keeps validation fast.
    let unsafe = false;
    for (const i of textColumns) {
      const problem = cellProblem(record[i] ?? '');
      if (problem) {
        issues.push(issueAt(path, locate(r, i), `${header[i] ?? ''}: ${problem}`));
        unsafe = true;
      }
    }
    if (unsafe) return;
    let datasetName: DatasetName;
    let sentenceIdCell: string | undefined;
    let result: RowResult<FigureRow>;
    if (fileDataset) {
      datasetName = fileDataset;
      result = datasetValidator(fileDataset)(record);
    } else {
      figuresValidator ??= createRowValidator(figuresCsvRowSchema, header, normalizeCell);
      const asFigures = figuresValidator(record);
      if (!asFigures.ok) {
        reportFieldIssues(r, asFigures.issues);
        return;
      }
      datasetName = asFigures.row.dataset;
      sentenceIdCell = asFigures.row.sentence_id;
      result = datasetValidator(datasetName)(record);
    }
    if (!result.ok) {
      reportFieldIssues(r, result.issues);
      return;
    }
    const { row } = result;
    problems.length = 0;
    const sentenceId = checkRowRules(row, DATASETS[datasetName].series[row.series], source, sentenceIdCell, problems);
    reportFieldIssues(r, problems);
    parsed.push(new ParsedRecord(row, datasetName, sentenceId, line, r, normalizeCell(record[valueIndex] ?? '')));
  });
  // A file that cannot be read as CSV gets only that problem: its rows, as papaparse split them, mean little.
  if (read.issues.length > 0) return { figures: [], issues: capIssues(sortIssues(read.issues.map((i) => ({ path, ...i }))), path) };
  if (headerIssues.length > 0) return { figures: [], issues: capIssues(sortIssues(headerIssues), path) };
  if (read.recordCount < 2) {
    return { figures: [], issues: [{ path, line: 2, column: 1, message: 'no data rows after the header' }] };
  }

  issues.push(...checkAcrossRows(path, parsed, (r, c) => at(r, c)));
  return { figures: parsed, issues: capIssues(sortIssues(issues), path) };
}

function checkAcrossRows(path: string, parsed: ParsedRecord[], at: (recordIndex: number, column: string) => Position): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = indexById(path, parsed, at, issues);
  const valueOf = (id: string): number | undefined => byId.get(id)?.row.value;
  checkOnePerPeriod(path, parsed, at, issues);
  // Only a derived row with a derived input can be on a circle; the search visits just those.
  const cycleCandidates = new Map<string, readonly string[]>();
  for (const p of parsed) {
    if (p.duplicate) continue;
    const { row } = p;
    if (row.restates !== '') issues.push(...checkRestatement(path, p, byId.get(row.restates), at));
    if (row.kind !== 'derived' || row.derivation === '') continue;
    let parsed: Formula;
    try {
      parsed = parseFormula(row.derivation);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      issues.push(issueAt(path, at(p.index, 'derivation'), `derivation: ${error.message}`));
      continue;
    }
    p.formula = parsed;
    const formula = evaluate(parsed, NUMBERS, valueOf);
    const { inputs } = parsed;
    if (inputs.length === 0) {
      issues.push(issueAt(path, at(p.index, 'derivation'), 'derivation: a derived row needs at least one input, e.g. {row-a} + {row-b}'));
      continue;
    }
    // A loop rather than some() with a callback: this runs for every derived row.
    let hasDerivedInput = false;
    for (const id of inputs) if (byId.get(id)?.row.kind === 'derived') hasDerivedInput = true;
    if (hasDerivedInput) cycleCandidates.set(row.id, inputs);
    if (inputs.includes(row.id)) {
      issues.push(issueAt(path, at(p.index, 'derivation'), 'derivation: the formula uses its own row'));
      continue;
    }
    const { missing } = formula;
    if (missing.length > 0) {
      issues.push(
        issueAt(
          path,
          at(p.index, 'derivation'),
          `derivation: input ${missing
            .slice(0, 5)
            .map((m) => `"${excerpt(m)}"`)
            .join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} not found in this file`,
        ),
      );
      continue;
    }
    if (formula.divisionByZero) {
      issues.push(issueAt(path, at(p.index, 'derivation'), 'derivation: division by zero'));
      continue;
    }
    const computed = formula.value;
    if (computed === row.value) continue;
    const places = decimalPlaces(p.valueCell);
    if (roundTo(computed, places) !== row.value) {
      issues.push(
        issueAt(
          path,
          at(p.index, 'value'),
          `value: ${p.valueCell} is not what the derivation gives: ${roundTo(computed, Math.max(places, 4))} (rounded to ${places} decimals: ${roundTo(computed, places)})`,
        ),
      );
    }
  }
  issues.push(...checkDerivationCycles(path, cycleCandidates, byId, at));
  return issues;
}

// Both checks below first try the fast path: a map's size tells whether a key was new, so a valid file costs one
// hash operation per row. Only a file with a repeat pays for the second pass, which names each one.

/** Row by id; a later row with a used id is reported, marked duplicate and left out. */
function indexById(
  path: string,
  parsed: ParsedRecord[],
  at: (recordIndex: number, column: string) => Position,
  issues: ValidationIssue[],
): Map<string, ParsedRecord> {
  const byId = new Map<string, ParsedRecord>();
  for (const p of parsed) byId.set(p.row.id, p);
  if (byId.size === parsed.length) return byId;
  byId.clear();
  for (const p of parsed) {
    const { row } = p;
    const first = byId.get(row.id);
    if (first) {
      p.duplicate = true;
      issues.push(issueAt(path, at(p.index, 'id'), `id: duplicate id "${excerpt(row.id)}" (first on line ${first.line})`));
    } else byId.set(row.id, p);
  }
  return byId;
}

/** A series has one figure per period, unless a row says it restates another. */
function checkOnePerPeriod(
  path: string,
  parsed: ParsedRecord[],
  at: (recordIndex: number, column: string) => Position,
  issues: ValidationIssue[],
): void {
  // dataset → series → period, so no key string is built per row.
  const periodsBySeries = new Map<DatasetName, Map<string, Map<string, ParsedRecord>>>();
  let counted = 0;
  let size = 0;
  for (const p of parsed) {
    if (p.duplicate || p.row.restates !== '') continue;
    counted++;
    const periods = periodsOf(periodsBySeries, p);
    const before = periods.size;
    periods.set(p.row.period, p);
    size += periods.size - before;
  }
  if (size === counted) return;
  periodsBySeries.clear();
  for (const p of parsed) {
    const { row } = p;
    if (p.duplicate || row.restates !== '') continue;
    const periods = periodsOf(periodsBySeries, p);
    const other = periods.get(row.period);
    if (other) {
      issues.push(
        issueAt(
          path,
          at(p.index, 'period'),
          `period: series "${row.series}" already has a ${row.period} figure on line ${other.line}; mark a restatement with "restates"`,
        ),
      );
    } else periods.set(row.period, p);
  }
}

function periodsOf(periodsBySeries: Map<DatasetName, Map<string, Map<string, ParsedRecord>>>, p: ParsedRecord): Map<string, ParsedRecord> {
  let seriesOfDataset = periodsBySeries.get(p.dataset);
  if (!seriesOfDataset) periodsBySeries.set(p.dataset, (seriesOfDataset = new Map<string, Map<string, ParsedRecord>>()));
  let periods = seriesOfDataset.get(p.row.series);
  if (!periods) seriesOfDataset.set(p.row.series, (periods = new Map<string, ParsedRecord>()));
  return periods;
}

function checkRestatement(
  path: string,
  p: ParsedRecord,
  target: ParsedRecord | undefined,
  at: (recordIndex: number, column: string) => Position,
): ValidationIssue[] {
  const { row } = p;
  if (!target) return [issueAt(path, at(p.index, 'restates'), `restates: no row "${excerpt(row.restates)}" in this file`)];
  const t = target.row;
  const issues: ValidationIssue[] = [];
  if (t.restates !== '') issues.push(issueAt(path, at(p.index, 'restates'), `restates: "${t.id}" is itself a restatement`));
  if (t.series !== row.series || t.period !== row.period || t.unit !== row.unit || t.scale !== row.scale || t.value !== row.value) {
    issues.push(issueAt(path, at(p.index, 'restates'), `restates: "${t.id}" is a different figure (series, period, unit or value differ)`));
  }
  return issues;
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
  path: string,
  inputsById: ReadonlyMap<string, readonly string[]>,
  byId: ReadonlyMap<string, ParsedRecord>,
  at: (recordIndex: number, column: string) => Position,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => depth.get(id) ?? (byId.get(id)?.row.kind === 'derived' ? 1 : 0);
  for (const root of inputsById.keys()) {
    if (state.has(root)) continue;
    const stack: Array<{ id: string; next: number }> = [{ id: root, next: 0 }];
    state.set(root, 'visiting');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
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
          if (closing) issues.push(issueAt(path, at(closing.index, 'derivation'), `derivation: circular: ${circleTrail(trail)}`));
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
      if (deepest + 1 === MAX_DERIVATION_DEPTH + 1 && row) {
        issues.push(
          issueAt(
            path,
            at(row.index, 'derivation'),
            `derivation: builds on a chain of ${MAX_DERIVATION_DEPTH} derived rows; at most ${MAX_DERIVATION_DEPTH} may build on one another`,
          ),
        );
      }
    }
  }
  return issues;
}

const AT = Object.fromEntries(DATASET_COLUMNS.map((column, i) => [column, i])) as Record<(typeof DATASET_COLUMNS)[number], number>;

// Rows are made by `new`, not by an object literal: V8 moves a literal's allocation site to the old generation once
// its objects survive ("pretenuring"), and then every row that points to the cells just read, which are still
// young, costs the garbage collector extra work. Objects made by a constructor stay young until they are promoted
// (docs/performance.md, Validation).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
interface ValidatedRow extends FigureRow {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-extraneous-class -- a constructor is the point (above)
class ValidatedRow {
  /** Field values in DATASET_COLUMNS order, which is the key order of every dataset schema (tested). */
  constructor(v: FieldValues) {
    this.id = v[AT.id] as string;
    this.series = v[AT.series] as string;
    this.period = v[AT.period] as string;
    this.value = v[AT.value] as number;
    this.unit = v[AT.unit] as FigureRow['unit'];
    this.scale = v[AT.scale] as FigureRow['scale'];
    this.base_period = v[AT.base_period] as string;
    this.kind = v[AT.kind] as FigureRow['kind'];
    this.value_text = v[AT.value_text] as string;
    this.quote = v[AT.quote] as string;
    this.derivation = v[AT.derivation] as string;
    this.restates = v[AT.restates] as string;
    this.note = v[AT.note] as string;
  }
}

const figureRowOfValues = (v: FieldValues): FigureRow => new ValidatedRow(v);

/** Cells are read trimmed, and a formula-injection guard written by our downloads is removed. */
function normalizeCell(cell: string): string {
  return unguardCell(trimCell(cell));
}

/** trim() without allocating when there is nothing to trim (the common case). */
function trimCell(cell: string): string {
  if (cell === '') return cell;
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  return first <= 32 || last <= 32 || first === 160 || last === 160 ? cell.trim() : cell;
}

function sortIssues(issues: ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
}
