import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CSV_EXPECTATIONS } from './__fixtures__/bad-csv-expectations';
import { MAX_FILE_BYTES } from './csv';
import { readSourceText } from '../../build/data-files';
import { parseSourceDocument } from './sentences';
import { hostileCsv, syntheticTradeCsv } from './synthetic-csv';
import { formatIssue, MAX_CELL_CHARACTERS, MAX_DERIVATION_DEPTH, MAX_ISSUES, tableForFileName, validateCsv } from './validate';

const source = parseSourceDocument(readSourceText());
const BAD = join('lib', 'data', '__fixtures__', 'bad-csv');
const BENIGN = join('lib', 'data', '__fixtures__', 'benign-csv');

function validateFile(dir: string, name: string): string[] {
  const table = tableForFileName(name);
  if (!table) throw new Error(`no schema for ${name}`);
  const path = join(dir, name);
  return validateCsv({ path, bytes: readFileSync(path), table, source }).issues.map(formatIssue);
}

describe('the bad-input corpus', () => {
  const files = readdirSync(BAD)
    .filter((f) => f.endsWith('.csv'))
    .sort();

  it('has at least 25 broken files, each with its expected problems written down', () => {
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect(files).toEqual(Object.keys(BAD_CSV_EXPECTATIONS).sort());
  });

  for (const name of files) {
    it(`${name}: exact path:line:column and message`, () => {
      const expected = (BAD_CSV_EXPECTATIONS[name] ?? []).map((m) => `${join(BAD, name)}:${m}`);
      expect(expected.length).toBeGreaterThan(0);
      expect(validateFile(BAD, name)).toEqual(expected);
    });
  }

  for (const name of readdirSync(BENIGN)
    .filter((f) => f.endsWith('.csv'))
    .sort()) {
    it(`accepts the benign variant ${name}`, () => {
      expect(validateFile(BENIGN, name)).toEqual([]);
    });
  }
});

describe('large and hostile files', () => {
  it('a 1 MB line is refused at its line without parsing it', () => {
    const text = syntheticTradeCsv(3).replace(/row 2\n$/, `${'x'.repeat(1024 * 1024)}\n`);
    const issues = validateCsv({ path: 'big-line-trade.csv', bytes: new TextEncoder().encode(text), table: 'trade', source }).issues.map(
      formatIssue,
    );
    expect(issues).toEqual(['big-line-trade.csv:4:65537: line is longer than 65536 characters']);
  });

  it('a 20 MB file with one fault on its last line: found at the exact place, in bounded memory', () => {
    let text = syntheticTradeCsv(200_000);
    const lastStart = text.lastIndexOf('\n', text.length - 2) + 1;
    const faultyLine = text.slice(lastStart).replace(',1,USD,', ',one,USD,');
    text = `${text.slice(0, lastStart)}${faultyLine}`;
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(20 * 1024 * 1024);
    const lines = text.split('\n').length - 1;
    const before = process.memoryUsage().rss;
    const issues = validateCsv({ path: 'big-trade.csv', bytes, table: 'trade', source }).issues.map(formatIssue);
    const grown = process.memoryUsage().rss - before;
    const column = faultyLine.indexOf(',one,') + 2;
    expect(issues).toEqual([
      `big-trade.csv:${lines}:${column}: value: must be a plain number: digits, an optional leading minus and "." for decimals; no thousands separators`,
    ]);
    expect(grown).toBeLessThan(1024 * 1024 * 1024);
  }, 60_000);

  it('a file over the size limit is refused before it is decoded', () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    const issues = validateCsv({ path: 'huge-trade.csv', bytes, table: 'trade', source }).issues.map(formatIssue);
    expect(issues).toEqual(['huge-trade.csv:1:1: file is 64.0 MB; the limit is 64.0 MB']);
  });

  const validate = (name: string, text: string): { lines: string[]; ms: number } => {
    const started = performance.now();
    const issues = validateCsv({ path: name, bytes: new TextEncoder().encode(text), table: 'trade', source }).issues;
    return { lines: issues.map(formatIssue), ms: performance.now() - started };
  };

  it('a header of 100,000 columns is answered at once, with one line', () => {
    const { lines, ms } = validate('wide-trade.csv', hostileCsv('wide'));
    expect(lines).toEqual(['wide-trade.csv:1:65537: line is longer than 65536 characters']);
    expect(ms).toBeLessThan(5000);
  });

  it('a 30 MB cell is answered in seconds by its length, not printed', () => {
    const { lines, ms } = validate('cell-trade.csv', hostileCsv('cell'));
    expect(lines).toEqual([`cell-trade.csv:2:66: note: cell is ${30 * 1024 * 1024} characters long; the limit is ${MAX_CELL_CHARACTERS}`]);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('100,000 broken rows: the first 1,000 problems and how many more, in seconds', () => {
    const { lines, ms } = validate('broken-trade.csv', hostileCsv('broken'));
    expect(lines).toHaveLength(MAX_ISSUES + 1);
    expect(lines[0]).toBe('broken-trade.csv:2:1: row has 1 fields; the header has 13');
    expect(lines[MAX_ISSUES]).toBe(`broken-trade.csv:1001:1: ${100_000 - MAX_ISSUES} more problem(s) not listed; fix these first`);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('a chain of 100,000 derived rows is refused where it passes the bound, without deep recursion', () => {
    const { lines, ms } = validate('chain-trade.csv', hostileCsv('chain'));
    expect(lines).toEqual([
      `chain-trade.csv:${3 + MAX_DERIVATION_DEPTH}:54: derivation: builds on a chain of ${MAX_DERIVATION_DEPTH} derived rows; at most ${MAX_DERIVATION_DEPTH} may build on one another`,
    ]);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('a circle of 100,000 derived rows is named once, in one short line', () => {
    const { lines, ms } = validate('loop-trade.csv', hostileCsv('circle'));
    expect(lines.filter((l) => l.includes('circular'))).toHaveLength(1);
    const circle = lines.find((l) => l.includes('circular')) ?? '';
    expect(circle).toMatch(/^loop-trade\.csv:\d+:\d+: derivation: circular: loop-\d+ → .* → … → loop-\d+$/);
    expect(circle.length).toBeLessThan(200);
    expect(ms).toBeLessThan(10_000);
  }, 30_000);

  it('never prints a raw control character, whatever the input', () => {
    const hostile = formatIssue({ path: 'a\u001b[2Jb.csv', line: 1, column: 1, message: 'x\u202ey\u0007' });
    expect(hostile).toBe('a\\u{1b}[2Jb.csv:1:1: x\\u{202e}y\\u{7}');
    expect(hostile).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});
