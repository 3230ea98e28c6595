import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Profile } from 'datapackage';
import Papa from 'papaparse';
import { Table } from 'tableschema';
import { describe, expect, it } from 'vitest';
import { getSiteModel } from '../../build/site';
import { DATASET_NAMES } from '../data/catalog';
import { compareFigures } from '../figures/compare';
import {
  citationsJsonld,
  dataPackage,
  datasetCsv,
  downloadFileName,
  downloadFiles,
  figureDownloadName,
  figuresCsv,
  figuresJson,
} from './downloads';
import { comparisonCsv } from './comparison-csv';
import { DATASET_COLUMNS, FIGURES_COLUMNS } from '../data/schema';
import { formatIssue, validateCsv } from '../data/validate';

const { figures, source, metadata } = getSiteModel();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const rowOf = (f: (typeof figures)[number]): Record<string, unknown> => Object.fromEntries(DATASET_COLUMNS.map((c) => [c, f[c]]));

describe('dataset downloads', () => {
  for (const dataset of DATASET_NAMES) {
    it(`${dataset}.csv validates and round-trips to exactly the validated rows`, () => {
      const csv = datasetCsv(figures, dataset);
      const result = validateCsv({ path: downloadFileName(`${dataset}.csv`), bytes: bytes(csv), table: dataset, source });
      expect(result.issues.map(formatIssue)).toEqual([]);
      const expected = figures.filter((f) => f.dataset === dataset);
      expect(result.figures.map((f) => f.row)).toEqual(expected.map(rowOf));
      const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
      expect(parsed.meta.fields).toEqual([...DATASET_COLUMNS]);
      expect(parsed.data).toEqual(expected.map((f) => Object.fromEntries(DATASET_COLUMNS.map((c) => [c, String(f[c])]))));
    });
  }

  it('is clean: no BOM, LF line ends, no thousands separators in values', () => {
    const csv = datasetCsv(figures, 'trade');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).not.toMatch(/\r/);
    for (const line of Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data) {
      expect(line.value).toMatch(/^-?\d+(\.\d+)?$/);
    }
  });

  it('figures.csv holds every figure with its dataset and sentence id, and validates', () => {
    const csv = figuresCsv(figures);
    expect(csv.split('\n')[0]).toBe(FIGURES_COLUMNS.join(','));
    expect(
      csv
        .split('\n')[0]
        ?.startsWith('id,dataset,series,period,value,value_low,value_high,unit,kind,value_text,quote,sentence_id,derivation,note'),
    ).toBe(true);
    const result = validateCsv({ path: 'figures.csv', bytes: bytes(csv), table: 'figures', source });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.figures.map((f) => [f.row.id, f.dataset, f.sentenceId])).toEqual(figures.map((f) => [f.id, f.dataset, f.sentenceId]));
  });

  it("figures.csv gives derived figures the interval their inputs' rounding allows, and leaves it empty for reported ones", () => {
    const rows = Papa.parse<Record<string, string>>(figuresCsv(figures), { header: true, skipEmptyLines: true }).data;
    const derived = rows.find((r) => r.id === 'trade-exports-1989');
    const reported = rows.find((r) => r.id === 'trade-exports-1990');
    expect(Number(derived?.value_low)).toBeCloseTo(2562.5 / (1 - 0.1675), 9);
    expect(Number(derived?.value_high)).toBeCloseTo(2563.5 / (1 - 0.1685), 9);
    expect(derived?.value).toBe('3080.53');
    expect([reported?.value_low, reported?.value_high]).toEqual(['', '']);
  });

  it('figures.csv with a wrong sentence_id fails validation at that cell', () => {
    const csv = figuresCsv(figures).replace(figures[0]?.sentenceId ?? 'x', 's-0000000');
    const issues = validateCsv({ path: 'figures.csv', bytes: bytes(csv), table: 'figures', source }).issues.map(formatIssue);
    expect(issues).toEqual([expect.stringMatching(/^figures\.csv:2:\d+: sentence_id: sentence_id "s-0000000" is not the quoted sentence/)]);
  });

  it('lists every file served under /data/', () => {
    expect(downloadFiles()).toEqual([
      'economy.csv',
      'trade.csv',
      'fisheries.csv',
      'payments.csv',
      'assistance.csv',
      'figures.csv',
      'figures.json',
      'citations.jsonld',
      'figures.xlsx',
      'diplomatic-bluebook-1991-soviet-union.txt',
      'datapackage.json',
    ]);
  });
});

describe('the data package', () => {
  const descriptor = dataPackage(metadata, figures) as {
    resources: Array<{ name: string; path: string; schema: object; profile: string; format: string }>;
  };
  const tabular = descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');

  it('is a valid Data Package whose CSVs are valid Tabular Data Resources (Frictionless profiles)', async () => {
    const profile = await Profile.load('data-package');
    const { valid, errors } = profile.validate(descriptor);
    expect(errors.map((e) => e.message)).toEqual([]);
    expect(valid).toBe(true);
    const resourceProfile = await Profile.load('tabular-data-resource');
    expect(tabular.map((r) => r.path)).toEqual([...DATASET_NAMES.map((d) => `${d}.csv`), 'figures.csv']);
    for (const resource of tabular)
      expect(
        resourceProfile.validate(resource).errors.map((e) => e.message),
        resource.name,
      ).toEqual([]);
  });

  it('lists every file served under /data/ but itself', () => {
    expect(descriptor.resources.map((r) => r.path)).toEqual(downloadFiles().filter((f) => f !== 'datapackage.json'));
  });

  it('describes CSVs that conform to their Table Schemas', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
    for (const resource of tabular) {
      const csv = resource.name === 'figures' ? figuresCsv(figures) : datasetCsv(figures, resource.name as (typeof DATASET_NAMES)[number]);
      const path = join(dir, resource.path);
      writeFileSync(path, csv);
      const table = await Table.load(path, { schema: resource.schema });
      // tableschema's types say read() returns rows; it returns a promise of them.
      // eslint-disable-next-line @typescript-eslint/await-thenable
      const rows = await table.read({ keyed: true });
      expect(rows.length).toBe(resource.name === 'figures' ? figures.length : figures.filter((f) => f.dataset === resource.name).length);
    }
  });

  it('a CSV that breaks its schema is caught', async () => {
    const trade = descriptor.resources.find((r) => r.name === 'trade');
    const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
    const path = join(dir, 'trade.csv');
    writeFileSync(path, datasetCsv(figures, 'trade').replace(',USD,million,', ',EUR,million,'));
    const table = await Table.load(path, { schema: trade?.schema });
    await expect(table.read({ keyed: true })).rejects.toThrow();
  });
});

describe('figures.json and citations.jsonld', () => {
  const url = (path: string): string => `https://example.org${path}`;
  const model = getSiteModel();

  it('figures.json holds every figure with the fields of figures.csv, its interval, page and sentence place', () => {
    const json = figuresJson(model, url) as { figures: Array<Record<string, unknown>>; reportText: string };
    expect(json.reportText).toBe('https://example.org/data/diplomatic-bluebook-1991-soviet-union.txt');
    expect(json.figures.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    for (const f of json.figures) for (const column of FIGURES_COLUMNS) expect(Object.hasOwn(f, column), column).toBe(true);
    const exports1990 = json.figures.find((f) => f.id === 'trade-exports-1990');
    expect(exports1990).toMatchObject({
      value: 2563,
      value_low: null,
      interval: null,
      url: 'https://example.org/figures/trade-exports-1990',
    });
    const exports1989 = json.figures.find((f) => f.id === 'trade-exports-1989');
    expect(exports1989).toMatchObject({ value: 3080.53, display: '$3,081 million', sentence: null });
    expect((exports1989?.interval as { low: number }).low).toBeCloseTo(2562.5 / (1 - 0.1675), 9);
  });

  it('citations.jsonld gives every reported figure one annotation whose selectors resolve to its sentence', () => {
    const collection = citationsJsonld(model, url) as {
      '@context': string;
      type: string;
      total: number;
      first: {
        items: Array<{
          id: string;
          type: string;
          body: Array<{ id: string }>;
          target: { source: string; selector: Array<Record<string, unknown>> };
        }>;
      };
    };
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    const reported = figures.filter((f) => f.kind === 'reported');
    expect(collection.total).toBe(reported.length);
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points, as the Web Annotation model counts them
    const points = [...model.source.text];
    const csvRows = figuresCsv(figures).split('\n');
    collection.first.items.forEach((annotation, i) => {
      const figure = reported[i];
      if (!figure) throw new Error('more annotations than reported figures');
      expect(annotation.type).toBe('Annotation');
      expect(annotation.body[0]?.id).toBe(`https://example.org/figures/${figure.id}`);
      // RFC 7111: row 1 is the header.
      const row = Number(/#row=(\d+)$/.exec(annotation.body[1]?.id ?? '')?.[1]);
      expect(csvRows[row - 1]?.startsWith(`${figure.id},`), figure.id).toBe(true);
      const [quote, position] = annotation.target.selector as [
        { exact: string; prefix: string; suffix: string },
        { start: number; end: number },
      ];
      expect(points.slice(position.start, position.end).join(''), figure.id).toBe(quote.exact);
      expect(quote.exact).toBe(figure.sentenceText);
      expect(quote.exact).toContain(figure.value_text);
      expect(points.slice(position.start - quote.prefix.length, position.start).join('')).toBe(quote.prefix);
      expect(points.slice(position.end, position.end + quote.suffix.length).join('')).toBe(quote.suffix);
      expect(annotation.target.source).toBe('https://example.org/data/diplomatic-bluebook-1991-soviet-union.txt');
    });
  });
});

describe('a comparison as CSV', () => {
  it('writes the comparison as CSV that parses back to its numbers', () => {
    const r = compareFigures(figures, { dataset: 'fisheries', a: '1990', b: '1991' });
    if (!r.ok) throw new Error(r.problems.join());
    const rows = Papa.parse<Record<string, string>>(comparisonCsv('fisheries', '1990', '1991', r.rows), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const salmon = rows.find((x) => x.series === 'salmon_trout_catch');
    expect(salmon).toMatchObject({
      value_a: '11000',
      value_b: '9000',
      change: '-2000',
      // The dataset's own derived figure, at the precision its page shows, named in the derivation.
      percent_change: '-18.18',
      id_b: 'fisheries-salmon-trout-1991',
      percent_change_note: '',
      derivation:
        'change = {fisheries-salmon-trout-1991} - {fisheries-salmon-trout-1990}; percent_change = {fisheries-salmon-trout-change-1991}',
    });
    // 9,000 and 11,000 tons stand for 8,500 to 9,500 and 10,500 to 11,500.
    expect(Number(salmon?.percent_change_low)).toBeCloseTo((8500 / 11500 - 1) * 100, 6);
    expect(Number(salmon?.percent_change_high)).toBeCloseTo((9500 / 10500 - 1) * 100, 6);
  });
});

describe('figure files', () => {
  it('download under a name that says what they are', () => {
    expect(figureDownloadName('trade-exports-1990', 'citation.ris')).toBe('bluebook-1991-trade-exports-1990-citation.ris');
  });
});
