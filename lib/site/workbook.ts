// The figures as a typed workbook (/data/figures.xlsx), written with ExcelJS at build time. A spreadsheet opening
// the CSVs turns period codes such as 1990-12 and 1991-06-30 into dates; here every id, period, code and quote is
// a text cell in text format and every number a number, with no formulas, so nothing is converted.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DATASET_NAMES } from '../data/catalog';
import { datasetRows, LICENSE_NOTE, rowCells, WORKBOOK_TYPE } from './downloads';
import type { Figure } from '../figures/figure';
import { COLLECTION_TITLE, SITE_NAME } from './pages';
import { COLUMNS, DATASET_COLUMNS, FIGURES_COLUMNS, type SourceMetadata } from '../data/schema';

/** Columns that hold numbers, as the column dictionary types them; every other column is text. */
const NUMBER_COLUMNS: ReadonlySet<string> = new Set(FIGURES_COLUMNS.filter((c) => COLUMNS[c].type === 'number'));

function addTable(workbook: ExcelJS.Workbook, name: string, columns: readonly string[], rows: readonly Record<string, unknown>[]): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((key) => ({
    header: key,
    key,
    width: key === 'quote' || key === 'note' ? 60 : key === 'derivation' ? 48 : 18,
    // Text format: what is typed or pasted there later stays text too.
    style: NUMBER_COLUMNS.has(key) ? {} : { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values = columns.map((key) => {
      const v = row[key];
      if (NUMBER_COLUMNS.has(key)) return typeof v === 'number' ? v : null;
      return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
    });
    sheet.addRow(values);
  }
}

/** The workbook: About, every figure, then one sheet per dataset. */
export async function figuresWorkbook(
  metadata: SourceMetadata,
  figures: readonly Figure[],
  citation: string,
  builtAt: Date,
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = SITE_NAME;
  // Fixed dates, so that the same data makes the same file.
  workbook.created = builtAt;
  workbook.modified = builtAt;
  const about = workbook.addWorksheet('About');
  about.columns = [
    { key: 'a', width: 22, style: { numFmt: '@' } },
    { key: 'b', width: 100, style: { numFmt: '@' } },
  ];
  const lines: [string, string][] = [
    ['Title', COLLECTION_TITLE],
    ['Source', `${metadata.publisher}, ${metadata.title} (${metadata.originalTitle}), ${metadata.section}, English translation`],
    ['Source URL', metadata.contentsUrl],
    ['How to cite', citation],
    ['Licence', LICENSE_NOTE],
    ['Sheets', `All figures (${figures.length} rows), then one sheet per dataset: ${DATASET_NAMES.join(', ')}`],
    ['Types', 'Ids, periods, codes and quotes are text; values are numbers; there are no formulas.'],
    ['', ''],
    ['Column', 'Meaning'],
    ...FIGURES_COLUMNS.map((c): [string, string] => [c, COLUMNS[c].description]),
  ];
  for (const [a, b] of lines) about.addRow([a, b]);
  about.getColumn(1).font = { bold: true };
  addTable(workbook, 'All figures', FIGURES_COLUMNS, figures.map(rowCells));
  for (const dataset of DATASET_NAMES) addTable(workbook, dataset, DATASET_COLUMNS, datasetRows(figures, dataset));
  return withFixedDates(new Uint8Array(await workbook.xlsx.writeBuffer()), builtAt);
}

/**
 * The same workbook with every zip entry dated `date`: ExcelJS dates them now, so two builds of the same data (the
 * export and `next start`'s) would differ in their bytes.
 */
async function withFixedDates(xlsx: Uint8Array, date: Date): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  const fixed = new JSZip();
  for (const entry of entries) fixed.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  return new Uint8Array(await fixed.generateAsync({ type: 'uint8array', compression: 'DEFLATE', mimeType: WORKBOOK_TYPE }));
}
