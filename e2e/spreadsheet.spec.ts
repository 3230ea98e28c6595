import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { DATASET_NAMES } from '../lib/data/catalog';
import { unguardCell } from '../lib/data/csv';

// LibreOffice (Debian's libreoffice-calc-nogui, which .ci/run installs) opens the workbook as a reader's spreadsheet
// would, and writes every sheet as text, cells as shown: a period turned into a date would show as one.
const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

const rowsOf = (text: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

test('LibreOffice opens the workbook with every id, period and quote as written and every value as its number @desktop', async ({
  request,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'workbook-'));
  writeFileSync(join(dir, 'figures.xlsx'), await (await request.get('/data/figures.xlsx')).body());
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--convert-to',
      CSV_FILTER,
      '--outdir',
      dir,
      join(dir, 'figures.xlsx'),
    ],
    { encoding: 'utf8', timeout: 90_000 },
  );
  expect(run.error?.message, 'LibreOffice must be installed (Debian: libreoffice-calc-nogui)').toBeUndefined();
  expect(run.status, run.stderr).toBe(0);
  const sheets: Array<[string, string]> = [
    ['All figures', '/data/figures.csv'],
    ...DATASET_NAMES.map((d): [string, string] => [d, `/data/${d}.csv`]),
  ];
  for (const [sheet, csvPath] of sheets) {
    const opened = rowsOf(readFileSync(join(dir, `figures-${sheet}.csv`), 'utf8'));
    const expected = rowsOf(await (await request.get(csvPath)).text());
    expect(opened.length, sheet).toBe(expected.length);
    expected.forEach((row, i) => {
      const cells = opened[i] ?? {};
      for (const [column, value] of Object.entries(row)) {
        const shown = cells[column] ?? '';
        if (/^value(_low|_high)?$/.test(column) && value !== '')
          expect(Number(shown), `${sheet} ${row.id ?? ''} ${column}`).toBeCloseTo(Number(value), 9);
        // The CSV guards cells that a spreadsheet would read as a formula; the workbook holds them as text.
        else expect(shown, `${sheet} ${row.id ?? ''} ${column}`).toBe(unguardCell(value));
      }
    });
  }
});
