// Writes clean CSV with papaparse: UTF-8 without BOM, RFC 4180, LF line ends, a header row, fields quoted only where
// needed, and text cells a spreadsheet would run as a formula guarded with an apostrophe (OWASP's advice).

import Papa from 'papaparse';
import { FORMULA_CELL } from '../data/csv';

export type CsvCellValue = string | number;

/**
 * A number as a plain decimal, never in exponent notation (which papaparse, writing String(n), would give a tiny
 * interval bound such as 1e-7).
 */
function plainNumber(value: number): string | number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to a CSV number cell`);
  if (!/e/i.test(String(value))) return value;
  return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, '');
}

export function writeCsv<C extends string>(columns: readonly C[], rows: ReadonlyArray<Readonly<Record<C, CsvCellValue>>>): string {
  const data = rows.map((row) => columns.map((c) => (typeof row[c] === 'number' ? plainNumber(row[c]) : row[c])));
  return `${Papa.unparse({ fields: [...columns], data }, { newline: '\n', escapeFormulae: FORMULA_CELL })}\n`;
}

/** A CSV as a data: URL, so that a download link works without any script. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
