// Writes clean CSV: UTF-8 without BOM, RFC 4180, LF line ends, a header row, fields quoted only
// where needed, and text cells guarded against spreadsheet formula injection.

/** Text that a spreadsheet would run as a formula starts with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Prefixes a text cell that a spreadsheet would read as a formula with an apostrophe (OWASP's advice).
 * Numeric cells are never guarded: -16.8 stays a number.
 */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Undoes guardCell when reading a downloaded file back. */
export function unguardCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function quoteField(field: string): string {
  return /[",\r\n]/.test(field) || /^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export type CsvCellValue = string | number;

/** Numbers as plain decimals (no exponent, no thousands separator); strings guarded and quoted as needed. */
export function formatCsvCell(value: CsvCellValue): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`cannot write ${value} to a CSV number cell`);
    const text = String(value);
    if (!/e/i.test(text)) return text;
    return Number.isInteger(value) ? BigInt(value).toString() : value.toFixed(20).replace(/\.?0+$/, '');
  }
  return quoteField(guardCell(value));
}

export function writeCsv<C extends string>(columns: readonly C[], rows: ReadonlyArray<Readonly<Record<C, CsvCellValue>>>): string {
  const lines = [columns.map((c) => quoteField(c)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => formatCsvCell(row[c])).join(','));
  return `${lines.join('\n')}\n`;
}

/** A CSV as a data: URL, so that a download link works without any script. */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
}
