// Validates a data CSV against its schema and the report: every problem as `path:line:column: message`.

import type { z } from 'zod';
import { decodeCsvBytes, parseCsvText, type CsvTable, type Position } from './csv';
import { unguardCell } from './csv-writer';
import { DATASETS, datasetForFileName, type DatasetName, type SeriesInfo } from './datasets';
import { evaluateFormula, FormulaError, formulaInputs, parseFormula, roundTo, type FormulaNode } from './formula';
import {
  DATASET_COLUMNS,
  DATASET_SCHEMAS,
  FIGURES_COLUMNS,
  figuresCsvRowSchema,
  type FigureRow,
} from './schema';
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
  return `${issue.path}:${issue.line}:${issue.column}: ${issue.message}`;
}

/** Which table a file name stands for: `figures.csv`, `trade.csv`, `bluebook-…-trade.csv`. */
export function tableForFileName(fileName: string): TableName | undefined {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  if (/(?:^|-)figures\.csv$/.test(base)) return 'figures';
  return datasetForFileName(base);
}

interface ParsedRecord {
  index: number;
  cells: Record<string, string>;
  figure: ValidatedFigure;
}

export interface ValidateCsvInput {
  path: string;
  bytes: Uint8Array;
  table: TableName;
  source: SourceDocument;
}

const issueAt = (path: string, at: Position, message: string): ValidationIssue => ({ path, ...at, message });

function checkHeader(path: string, table: CsvTable, expected: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const header = table.records[0] ?? [];
  const seen = new Set<string>();
  header.forEach((rawName, i) => {
    const name = rawName.trim();
    if (seen.has(name)) issues.push(issueAt(path, table.locate(0, i), `column "${name}" appears twice`));
    else if (!expected.includes(name)) issues.push(issueAt(path, table.locate(0, i), `unknown column "${name}"; expected ${expected.join(',')}`));
    seen.add(name);
  });
  for (const name of expected) {
    if (!seen.has(name)) issues.push(issueAt(path, table.locate(0, header.length - 1), `missing column "${name}"; expected ${expected.join(',')}`));
  }
  return issues;
}

interface RowProblem {
  column: string;
  message: string;
}

/** Rules about one row that zod's field types cannot express. */
function checkRowRules(
  row: FigureRow,
  series: SeriesInfo | undefined,
  source: SourceDocument,
  sentenceIdCell: string | undefined,
): { problems: RowProblem[]; sentenceId: string } {
  const problems: RowProblem[] = [];
  let sentenceId = '';
  const fail = (column: string, message: string): void => {
    problems.push({ column, message });
  };
  if (series) {
    if (row.unit !== series.unit) fail('unit', `unit "${row.unit}" does not match series "${row.series}", which is in ${series.unit}`);
    if (row.scale !== series.scale) {
      fail('scale', `scale "${row.scale}" does not match series "${row.series}", which is in ${series.scale || 'units'}`);
    }
  }
  if (CURRENCY_UNITS.has(row.unit) && row.scale === '') fail('scale', `a ${row.unit} amount needs a scale (million or billion)`);
  if (!CURRENCY_UNITS.has(row.unit) && row.scale !== '') fail('scale', `scale must be empty for unit ${row.unit}`);
  if (row.unit === 'percent_change' && row.base_period === '') fail('base_period', 'a percent change needs the base period it is measured against');
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
      fail('sentence_id', `sentence_id "${sentenceIdCell}" is not the quoted sentence, which is ${sentenceId}`);
    }
    if (row.value_text !== '' && row.quote !== '') {
      if (!foldWhitespace(row.quote).includes(foldWhitespace(row.value_text))) {
        fail('value_text', `value_text "${row.value_text}" does not occur in the quote`);
      }
      const parsed = parseValueText(row.value_text);
      if (typeof parsed === 'string') {
        fail('value_text', parsed);
      } else {
        if (!parsed.compatibleUnits.includes(row.unit)) {
          fail('unit', `value_text "${row.value_text}" is in ${parsed.compatibleUnits.join(' or ')}, not ${row.unit}`);
        } else if (parsed.scale !== row.scale) {
          fail('scale', `value_text "${row.value_text}" is in ${parsed.scale || 'units'}, not ${row.scale || 'units'}`);
        } else if (parsed.value !== row.value) {
          fail('value', `value ${row.value} disagrees with value_text "${row.value_text}", which reads ${parsed.value}`);
        }
      }
    }
  } else {
    if (row.quote !== '') fail('quote', 'a derived row quotes nothing: its inputs carry the citations');
    if (row.value_text !== '') fail('value_text', 'a derived row has no value_text');
    if (row.derivation === '') fail('derivation', 'a derived row needs its formula, e.g. {row-a} + {row-b}');
    if (row.restates !== '') fail('restates', 'only a reported row can restate another');
    if (sentenceIdCell !== undefined && sentenceIdCell !== '') fail('sentence_id', 'a derived row has no sentence_id');
  }
  return { problems, sentenceId };
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
  const table = parseCsvText(decoded.text);
  issues.push(...table.issues.map((i) => ({ path, ...i })));
  if (table.issues.length > 0) return { figures: [], issues: sortIssues(issues) };

  const headerIssues = checkHeader(path, table, expected);
  if (headerIssues.length > 0) return { figures: [], issues: sortIssues([...issues, ...headerIssues]) };
  const header = (table.records[0] ?? []).map((h) => h.trim());
  const columnIndex = new Map(header.map((name, i) => [name, i]));
  const at = (recordIndex: number, column: string): Position => table.locate(recordIndex, columnIndex.get(column) ?? 0);

  if (table.records.length < 2) {
    return { figures: [], issues: [{ path, line: 2, column: 1, message: 'no data rows after the header' }] };
  }

  const parsed: ParsedRecord[] = [];
  for (let r = 1; r < table.records.length; r++) {
    const record = table.records[r] ?? [];
    if (record.length === 1 && (record[0] ?? '').trim() === '') {
      issues.push(issueAt(path, table.locate(r, 0), 'blank line between rows'));
      continue;
    }
    if (record.length !== header.length) {
      const where = table.locate(r, Math.min(record.length, header.length) - (record.length < header.length ? 1 : 0));
      issues.push(issueAt(path, where, `row has ${record.length} fields; the header has ${header.length}`));
      continue;
    }
    const cells: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) cells[header[i] ?? ''] = unguardCell(trimCell(record[i] ?? ''));
    const datasetName: DatasetName | undefined =
      tableName === 'figures' ? (DATASETS[cells.dataset as DatasetName] ? (cells.dataset as DatasetName) : undefined) : tableName;
    const schema: z.ZodType<FigureRow> =
      tableName === 'figures' ? figuresCsvRowSchema : DATASET_SCHEMAS[tableName];
    let result = schema.safeParse(cells);
    if (result.success && tableName === 'figures' && datasetName) {
      result = DATASET_SCHEMAS[datasetName].safeParse(
        Object.fromEntries(DATASET_COLUMNS.map((c) => [c, cells[c] ?? ''])),
      );
    }
    if (!result.success) {
      for (const zi of result.error.issues) {
        const column = typeof zi.path[0] === 'string' ? zi.path[0] : '';
        issues.push(issueAt(path, at(r, column), column ? `${column}: ${zi.message}` : zi.message));
      }
      continue;
    }
    const row = result.data;
    const series = datasetName ? DATASETS[datasetName].series[row.series] : undefined;
    const { problems, sentenceId } = checkRowRules(row, series, source, tableName === 'figures' ? cells.sentence_id : undefined);
    for (const p of problems) issues.push(issueAt(path, at(r, p.column), `${p.column}: ${p.message}`));
    parsed.push({
      index: r,
      cells,
      figure: { row, dataset: datasetName ?? 'economy', sentenceId, line: at(r, 'id').line },
    });
  }

  issues.push(...checkAcrossRows(path, parsed, (r, c) => at(r, c)));
  return { figures: parsed.map((p) => p.figure), issues: sortIssues(issues) };
}

function checkAcrossRows(
  path: string,
  parsed: ParsedRecord[],
  at: (recordIndex: number, column: string) => Position,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, ParsedRecord>();
  // dataset → series → period: nested maps, so no key string is built per row.
  const bySeriesPeriod = new Map<string, Map<string, ParsedRecord>>();
  for (const p of parsed) {
    const { row } = p.figure;
    const first = byId.get(row.id);
    if (first) {
      issues.push(issueAt(path, at(p.index, 'id'), `id: duplicate id "${row.id}" (first on line ${first.figure.line})`));
      continue;
    }
    byId.set(row.id, p);
    if (row.restates === '') {
      const seriesKey = `${p.figure.dataset}/${row.series}`;
      let periods = bySeriesPeriod.get(seriesKey);
      if (!periods) bySeriesPeriod.set(seriesKey, (periods = new Map()));
      const other = periods.get(row.period);
      if (other) {
        issues.push(
          issueAt(path, at(p.index, 'period'), `period: series "${row.series}" already has a ${row.period} figure on line ${other.figure.line}; mark a restatement with "restates"`),
        );
      } else periods.set(row.period, p);
    }
  }
  const valueOf = (id: string): number | undefined => byId.get(id)?.figure.row.value;
  const inputsById = new Map<string, string[]>();
  for (const p of parsed) {
    const { row } = p.figure;
    if (byId.get(row.id) !== p) continue;
    if (row.restates !== '') issues.push(...checkRestatement(path, p, byId.get(row.restates), at));
    if (row.kind !== 'derived' || row.derivation === '') continue;
    let formula: FormulaNode;
    try {
      formula = parseFormula(row.derivation);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      issues.push(issueAt(path, at(p.index, 'derivation'), `derivation: ${error.message}`));
      continue;
    }
    const inputs = formulaInputs(formula);
    inputsById.set(row.id, inputs);
    if (inputs.includes(row.id)) {
      issues.push(issueAt(path, at(p.index, 'derivation'), 'derivation: the formula uses its own row'));
      continue;
    }
    const missing = inputs.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      issues.push(issueAt(path, at(p.index, 'derivation'), `derivation: input ${missing.map((m) => `"${m}"`).join(', ')} not found in this file`));
      continue;
    }
    let computed: number;
    try {
      computed = evaluateFormula(formula, valueOf);
    } catch (error) {
      if (!(error instanceof FormulaError)) throw error;
      issues.push(issueAt(path, at(p.index, 'derivation'), `derivation: ${error.message}`));
      continue;
    }
    if (computed === row.value) continue;
    const places = decimalPlaces(p.cells.value ?? '');
    if (roundTo(computed, places) !== row.value) {
      issues.push(
        issueAt(path, at(p.index, 'value'), `value: ${p.cells.value ?? row.value} is not what the derivation gives: ${roundTo(computed, Math.max(places, 4))} (rounded to ${places} decimals: ${roundTo(computed, places)})`),
      );
    }
  }
  issues.push(...checkDerivationCycles(path, inputsById, byId, at));
  return issues;
}

function checkRestatement(
  path: string,
  p: ParsedRecord,
  target: ParsedRecord | undefined,
  at: (recordIndex: number, column: string) => Position,
): ValidationIssue[] {
  const { row } = p.figure;
  if (!target) return [issueAt(path, at(p.index, 'restates'), `restates: no row "${row.restates}" in this file`)];
  const t = target.figure.row;
  const issues: ValidationIssue[] = [];
  if (t.restates !== '') issues.push(issueAt(path, at(p.index, 'restates'), `restates: "${t.id}" is itself a restatement`));
  if (t.series !== row.series || t.period !== row.period || t.unit !== row.unit || t.scale !== row.scale || t.value !== row.value) {
    issues.push(issueAt(path, at(p.index, 'restates'), `restates: "${t.id}" is a different figure (series, period, unit or value differ)`));
  }
  return issues;
}

/** Depth-first search over derivation inputs; reports each circle once, where it closes. */
function checkDerivationCycles(
  path: string,
  inputsById: ReadonlyMap<string, string[]>,
  byId: ReadonlyMap<string, ParsedRecord>,
  at: (recordIndex: number, column: string) => Position,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    const seen = state.get(id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      const trail = [...stack.slice(stack.indexOf(id)), id];
      const closing = byId.get(id);
      if (closing) issues.push(issueAt(path, at(closing.index, 'derivation'), `derivation: circular: ${trail.join(' → ')}`));
      return;
    }
    state.set(id, 'visiting');
    stack.push(id);
    for (const input of inputsById.get(id) ?? []) if (input !== id && byId.has(input)) visit(input);
    stack.pop();
    state.set(id, 'done');
  };
  // A circle needs a derived row whose input is derived too; rows whose inputs are all reported are done.
  for (const [id, inputs] of inputsById) if (!inputs.some((input) => inputsById.has(input))) state.set(id, 'done');
  for (const id of inputsById.keys()) visit(id);
  return issues;
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
