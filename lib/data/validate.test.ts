import { describe, expect, it } from 'vitest';
import { readSourceText } from '../../build/data-files';
import { DATASET_COLUMNS } from './schema';
import { parseSourceDocument } from './sentences';
import { formatIssue, tableForFileName, validateCsv, type TableName } from './validate';

const source = parseSourceDocument(readSourceText());
const EXPORTS_QUOTE =
  "Japan's exports to the Soviet Union stood at $2,563 million (a 16.8 percent decrease from the year before) since exports were affected by the delayed settlement of import payments by the Soviet Union.";
const SURPLUS_QUOTE = 'For the first time since 1974, the Soviet Union recorded a trade surplus with Japan amounting to $790 million.';
const HEADER = DATASET_COLUMNS.join(',');

type Cells = Partial<Record<(typeof DATASET_COLUMNS)[number], string>>;
const csvCell = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const line = (cells: Cells): string => DATASET_COLUMNS.map((c) => csvCell(cells[c] ?? '')).join(',');

const exportsRow: Cells = {
  id: 'trade-exports-1990',
  series: 'exports',
  period: '1990',
  value: '2563',
  unit: 'USD',
  scale: 'million',
  kind: 'reported',
  value_text: '$2,563 million',
  quote: EXPORTS_QUOTE,
};
const changeRow: Cells = {
  id: 'trade-exports-change-1990',
  series: 'exports_change',
  period: '1990',
  value: '-16.8',
  unit: 'percent_change',
  base_period: '1989',
  kind: 'reported',
  value_text: '16.8 percent decrease',
  quote: EXPORTS_QUOTE,
};
const derivedRow: Cells = {
  id: 'trade-exports-1989',
  series: 'exports',
  period: '1989',
  value: '3080.53',
  unit: 'USD',
  scale: 'million',
  kind: 'derived',
  derivation: '{trade-exports-1990} / (1 + {trade-exports-change-1990} / 100)',
};

const GOOD = [HEADER, line(exportsRow), line(changeRow), line(derivedRow)].join('\n') + '\n';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const run = (text: string | Uint8Array, table: TableName = 'trade'): string[] =>
  validateCsv({ path: 'trade.csv', bytes: typeof text === 'string' ? bytes(text) : text, table, source }).issues.map(formatIssue);
const withRow = (cells: Cells): string => [HEADER, line(exportsRow), line(changeRow), line(cells)].join('\n') + '\n';
/** 1-based character column where `column` starts in the CSV line written for `cells`. */
const colOf = (cells: Cells, column: (typeof DATASET_COLUMNS)[number]): number =>
  DATASET_COLUMNS.slice(0, DATASET_COLUMNS.indexOf(column)).reduce((n, c) => n + csvCell(cells[c] ?? '').length + 1, 1);
/** The issue that row 4 (`cells`) should raise at `column`. */
const issue4 = (cells: Cells, column: (typeof DATASET_COLUMNS)[number], message: string): string =>
  `trade.csv:4:${colOf(cells, column)}: ${column}: ${message}`;
const expectIssue = (cells: Cells, column: (typeof DATASET_COLUMNS)[number], message: string): void => {
  expect(run(withRow(cells))).toContain(issue4(cells, column, message));
};

describe('validateCsv accepts', () => {
  it('a valid file and returns its rows with their sentence ids', () => {
    const result = validateCsv({ path: 'trade.csv', bytes: bytes(GOOD), table: 'trade', source });
    expect(result.issues).toEqual([]);
    expect(result.figures.map((f) => [f.row.id, f.row.value, f.line])).toEqual([
      ['trade-exports-1990', 2563, 2],
      ['trade-exports-change-1990', -16.8, 3],
      ['trade-exports-1989', 3080.53, 4],
    ]);
    expect(result.figures[0]?.sentenceId).toMatch(/^s-[0-9a-z]{7}$/);
    expect(result.figures[2]?.sentenceId).toBe('');
  });

  it.each([
    ['a UTF-8 byte-order mark', `\ufeff${GOOD}`],
    ['CRLF line ends', GOOD.replace(/\n/g, '\r\n')],
    ['no final newline', GOOD.trimEnd()],
    ['several final newlines', `${GOOD}\n\n`],
    ['trailing spaces in cells', GOOD.replace('2563,USD', '2563  ,USD ')],
  ])('%s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('validateCsv rejects, naming line and column', () => {
  it('an empty file', () =>
    expect(run('')).toEqual([expect.stringMatching(/^trade\.csv:1:1: file is empty; expected a header row: id,series,/)]));
  it('a header with no rows', () => expect(run(`${HEADER}\n`)).toEqual(['trade.csv:2:1: no data rows after the header']));
  it('a missing column', () => {
    const text = GOOD.split('\n')
      .map((l) => l.split(',').slice(0, -1).join(','))
      .join('\n');
    expect(run(text)[0]).toMatch(/^trade\.csv:1:\d+: missing column "note"/);
  });
  it('an extra column', () =>
    expect(run(GOOD.replace(HEADER, `${HEADER},extra`))).toContain(
      `trade.csv:1:${HEADER.length + 2}: unknown column "extra"; expected ${HEADER}`,
    ));
  it('a renamed column', () => {
    const issues = run(GOOD.replace('value_text', 'valuetext'));
    expect(issues).toContain(`trade.csv:1:${HEADER.indexOf('value_text') + 1}: unknown column "valuetext"; expected ${HEADER}`);
    expect(issues.some((i) => i.includes('missing column "value_text"'))).toBe(true);
  });
  it('a duplicated column', () =>
    expect(run(GOOD.replace(',note', ',id'))).toContain(`trade.csv:1:${HEADER.lastIndexOf(',note') + 2}: column "id" appears twice`));
  it('a row with too many fields', () => {
    const text = [HEADER, line(exportsRow), line(changeRow), line(derivedRow).replace('3080.53', '3,080.53')].join('\n');
    expect(run(text)).toEqual([`trade.csv:4:${line(derivedRow).length + 2}: row has 14 fields; the header has 13`]);
  });
  it('a blank line between rows', () =>
    expect(run(GOOD.replace('\ntrade-exports-change', '\n\ntrade-exports-change'))).toEqual(['trade.csv:3:1: blank line between rows']));
  it('an unbalanced quote', () =>
    expect(run(`${HEADER}\ntrade-exports-1990,exports,1990,2563,USD,million,,reported,"$2,563 million,x,,,\n`)[0]).toMatch(
      /^trade\.csv:2:60: quoted field is not closed/,
    ));
  it('a non-numeric value', () =>
    expect(run(withRow({ ...derivedRow, value: 'about 3080' }))).toEqual([
      expect.stringMatching(/^trade\.csv:4:\d+: value: must be a plain number/),
    ]));
  it.each(['NaN', 'Infinity', '3,080.53', '1e3', '+5', '03'])('the value %s', (value) => {
    expect(run(withRow({ ...derivedRow, value }))).toEqual([expect.stringMatching(/^trade\.csv:4:\d+: value: must be a plain number/)]);
  });
  it('an id that is not kebab-case', () =>
    expect(run(withRow({ ...derivedRow, id: 'Trade_1989' }))[0]).toMatch(/^trade\.csv:4:1: id: must be lower-case/));
  it('a series of another dataset', () =>
    expect(run(withRow({ ...derivedRow, series: 'gnp_change' }))[0]).toMatch(/^trade\.csv:4:20: series: must be one of exports,/));
  it('an unknown unit', () =>
    expect(run(withRow({ ...derivedRow, unit: 'dollars' }))[0]).toMatch(/^trade\.csv:4:\d+: unit: must be one of USD, JPY/));
  it('a unit that does not match the series', () =>
    expectIssue({ ...derivedRow, unit: 'JPY' }, 'unit', 'unit "JPY" does not match series "exports", which is in USD'));
  it('a bad period code', () =>
    expect(run(withRow({ ...derivedRow, period: '1991-H1' }))[0]).toMatch(/^trade\.csv:4:28: period: is not a period code/));
  it('a bad scale', () =>
    expect(run(withRow({ ...derivedRow, scale: 'thousand' }))[0]).toMatch(/^trade\.csv:4:\d+: scale: must be empty, million or billion/));
  it('a currency without a scale', () =>
    expectIssue({ ...derivedRow, scale: '' }, 'scale', 'a USD amount needs a scale (million or billion)'));
  it('a percent change without a base period', () => {
    const row = { ...changeRow, id: 'x', period: '1988', base_period: '' };
    expectIssue(row, 'base_period', 'a percent change needs the base period it is measured against');
  });
  it('an unknown kind', () =>
    expect(run(withRow({ ...derivedRow, kind: 'estimated' }))[0]).toMatch(/^trade\.csv:4:\d+: kind: must be reported or derived/));
  it('a quote that is not in the report', () => {
    expectIssue(
      { ...exportsRow, id: 'x', period: '1988', quote: EXPORTS_QUOTE.replace('stood', 'was') },
      'quote',
      'quote is not a sentence of the report (it must match one sentence exactly; only whitespace may differ)',
    );
  });
  it('a quote of two sentences', () => {
    const two =
      'Thus, a high level of trade was maintained albeit slightly lower than the 1989 figure. According to Soviet statistics, Japan is its fourth largest trading partner among the industrialized countries, following Germany, Italy and Finland.';
    expectIssue(
      {
        id: 'trade-partner-rank-1990',
        series: 'partner_rank',
        period: '1990',
        value: '4',
        unit: 'rank',
        kind: 'reported',
        value_text: 'fourth',
        quote: two,
      },
      'quote',
      'quote is 2 sentences of the report; cite exactly one',
    );
  });
  it('value_text that is not in the quote', () => {
    expectIssue(
      { ...exportsRow, id: 'x', period: '1988', quote: SURPLUS_QUOTE },
      'value_text',
      'value_text "$2,563 million" does not occur in the quote',
    );
  });
  it('a value that disagrees with value_text', () => {
    expectIssue(
      { ...exportsRow, id: 'x', period: '1988', value: '2536' },
      'value',
      'value 2536 disagrees with value_text "$2,563 million", which reads 2563',
    );
  });
  it('value_text in another scale', () => {
    expectIssue(
      { ...exportsRow, id: 'x', series: 'exports', period: '1988', scale: 'billion' },
      'scale',
      'scale "billion" does not match series "exports", which is in million',
    );
  });
  it('a reported row without a quote', () =>
    expectIssue({ ...exportsRow, id: 'x', period: '1988', quote: '' }, 'quote', 'a reported row needs the sentence that states it'));
  it('a reported row with a derivation', () =>
    expectIssue(
      { ...exportsRow, id: 'x', period: '1988', derivation: '{a}' },
      'derivation',
      'a reported row has no derivation; mark it derived or clear the cell',
    ));
  it('a derived row with a quote', () =>
    expectIssue({ ...derivedRow, quote: SURPLUS_QUOTE }, 'quote', 'a derived row quotes nothing: its inputs carry the citations'));
  it('a derived row without a formula', () =>
    expectIssue({ ...derivedRow, derivation: '' }, 'derivation', 'a derived row needs its formula, e.g. {row-a} + {row-b}'));
  it('a derived row with a missing input', () => {
    expectIssue(
      { ...derivedRow, derivation: '{trade-exports-1990} / (1 + {trade-exports-change-1991} / 100)' },
      'derivation',
      'input "trade-exports-change-1991" not found in this file',
    );
  });
  it('a derived row with a wrong formula', () => {
    expectIssue(
      { ...derivedRow, derivation: '{trade-exports-1990} * (1 - {trade-exports-change-1990} / 100)' },
      'value',
      '3080.53 is not what the derivation gives: 2993.584 (rounded to 2 decimals: 2993.58)',
    );
  });
  it('a derived row that divides by zero', () => {
    expectIssue({ ...derivedRow, derivation: '{trade-exports-1990} / ({trade-exports-1990} - 2563)' }, 'derivation', 'division by zero');
  });
  it('a derived row with a malformed formula', () =>
    expectIssue({ ...derivedRow, derivation: '{trade-exports-1990} +' }, 'derivation', 'formula ends too early'));
  it('a derived row that uses itself', () =>
    expectIssue({ ...derivedRow, derivation: '{trade-exports-1989}' }, 'derivation', 'the formula uses its own row'));
  it('derived rows that depend on each other in a circle', () => {
    const a = { ...derivedRow, id: 'loop-a', period: '1987', value: '1', derivation: '{loop-b}' };
    const b = { ...derivedRow, id: 'loop-b', period: '1988', value: '1', derivation: '{loop-a}' };
    expect(run([HEADER, line(a), line(b)].join('\n')).filter((i) => i.includes('circular'))).toEqual([
      `trade.csv:2:${colOf(a, 'derivation')}: derivation: circular: loop-a → loop-b → loop-a`,
    ]);
  });
  it('a duplicate id', () => expectIssue({ ...exportsRow, period: '1988' }, 'id', 'duplicate id "trade-exports-1990" (first on line 2)'));
  it('two figures for one series and period', () =>
    expectIssue(
      { ...exportsRow, id: 'x' },
      'period',
      'series "exports" already has a 1990 figure on line 2; mark a restatement with "restates"',
    ));
  it('a restatement of a row that does not exist', () =>
    expectIssue({ ...exportsRow, id: 'x', period: '1988', restates: 'nope' }, 'restates', 'no row "nope" in this file'));
  it('a restatement with another value', () => {
    const issues = run(
      withRow({
        ...changeRow,
        id: 'x',
        series: 'exports',
        unit: 'USD',
        scale: 'million',
        base_period: '',
        value: '2563',
        value_text: '$2,563 million',
        period: '1989',
        restates: 'trade-exports-1990',
      }),
    );
    expect(issues.some((i) => /^trade\.csv:4:\d+: restates: "trade-exports-1990" is a different figure/.test(i))).toBe(true);
  });
  it('Latin-1 bytes', () => {
    const text = bytes(GOOD);
    const latin = new Uint8Array([...text.slice(0, 20), 0xe9, ...text.slice(20)]);
    expect(run(latin)).toEqual(['trade.csv:1:21: byte 0xE9 is not valid UTF-8 (is the file Latin-1 or Windows-1252?)']);
  });
  it('UTF-16', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(GOOD).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(run(utf16)).toEqual(['trade.csv:1:1: file is UTF-16; save it as UTF-8']);
  });
  it('a NUL byte', () =>
    expect(run(GOOD.replace('2563,USD', '25\u000063,USD'))).toEqual(['trade.csv:2:35: NUL byte: this is not a text file']));
  it('a line over the length limit', () =>
    expect(run(`${GOOD}${'x'.repeat(70000)}\n`)).toEqual(['trade.csv:5:65537: line is longer than 65536 characters']));
  it('every problem, not just the first, in line order', () => {
    const issues = run(
      [HEADER, line({ ...exportsRow, value: '1' }), line({ ...changeRow, period: 'x' }), line({ ...derivedRow, unit: 'JPY' })].join('\n'),
    );
    expect(issues.map((i) => i.split(':')[1])).toEqual(['2', '3', '4', '4']);
  });
});

describe('tableForFileName', () => {
  it('chooses the schema by file name', () => {
    expect(tableForFileName('data/trade.csv')).toBe('trade');
    expect(tableForFileName('/tmp/bluebook-1991-soviet-union-fisheries.csv')).toBe('fisheries');
    expect(tableForFileName('figures.csv')).toBe('figures');
    expect(tableForFileName('trades.csv')).toBeUndefined();
    expect(tableForFileName('trade.txt')).toBeUndefined();
  });
});
