import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { DATASET_NAMES } from '../data/catalog';
import { datasetCsv, figuresCsv } from './downloads';
import { getSiteModel } from '../../build/site';
import { figuresWorkbook } from './workbook';

const { metadata, figures } = getSiteModel();
const builtAt = new Date('2026-12-01T00:00:00Z');

async function readBack(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await figuresWorkbook(metadata, figures, 'A citation.', builtAt)).buffer);
  return workbook;
}

/** The sheet's cells as read back, row by row, header first. */
function cells(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value));
  });
  return rows;
}

function compareWithCsv(sheet: ExcelJS.Worksheet | undefined, csv: string): void {
  if (!sheet) throw new Error('sheet missing');
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
  const read = cells(sheet);
  expect(read.length).toBe(parsed.length);
  const header = parsed[0] ?? [];
  expect(read[0]).toEqual(header);
  parsed.slice(1).forEach((row, r) => {
    row.forEach((text, c) => {
      const value = read[r + 1]?.[c];
      const column = header[c] ?? '';
      if (['value', 'value_low', 'value_high'].includes(column)) {
        // Numbers as numbers; an empty bound as an empty cell.
        expect(value ?? '', `${sheet.name} ${r + 2} ${column}`).toBe(text === '' ? '' : Number(text));
      } else {
        // Text as text, exactly: a period code never becomes a date. The CSV guards formula-like text with an
        // apostrophe; the workbook holds the text itself, as a text cell.
        expect(typeof (value ?? ''), `${sheet.name} ${r + 2} ${column}`).toBe('string');
        expect(value ?? '', `${sheet.name} ${r + 2} ${column}`).toBe(text.startsWith("'") && /^'[=+\-@]/.test(text) ? text.slice(1) : text);
      }
    });
  });
}

describe('figuresWorkbook', () => {
  it('has an About sheet, every figure, and one sheet per dataset', async () => {
    const workbook = await readBack();
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['About', 'All figures', ...DATASET_NAMES]);
    const about = cells(workbook.getWorksheet('About') as ExcelJS.Worksheet).map((row) => row[0]);
    expect(about).toEqual(expect.arrayContaining(['Source', 'How to cite', 'Licence', 'period', 'value_low']));
  });

  it('holds every cell of figures.csv and of each dataset CSV, typed: text as text, numbers as numbers', async () => {
    const workbook = await readBack();
    compareWithCsv(workbook.getWorksheet('All figures'), figuresCsv(figures));
    for (const dataset of DATASET_NAMES) compareWithCsv(workbook.getWorksheet(dataset), datasetCsv(figures, dataset));
  });

  it('stores periods such as 1990-12 and 1991-06-30 as text cells in text format, and writes no formula', async () => {
    const sheet = (await readBack()).getWorksheet('All figures') as ExcelJS.Worksheet;
    const periodColumn = (cells(sheet)[0] ?? []).indexOf('period') + 1;
    let dated = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const cell = row.getCell(periodColumn);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe('@');
      if (typeof cell.value === 'string' && /^\d{4}-\d\d/.test(cell.value)) dated += 1;
      row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula));
    });
    expect(dated).toBeGreaterThan(0);
  });

  it('is the same file for the same data and build date, however far apart it is written', async () => {
    const a = await figuresWorkbook(metadata, figures, 'A citation.', builtAt);
    // ExcelJS dates its zip entries now: two seconds later, a naive workbook's bytes would differ.
    vi.useFakeTimers({ now: Date.now() + 2 * 60 * 60 * 1000, toFake: ['Date'] });
    try {
      const b = await figuresWorkbook(metadata, figures, 'A citation.', builtAt);
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
