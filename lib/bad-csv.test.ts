import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CSV_EXPECTATIONS } from './__fixtures__/bad-csv-expectations';
import { MAX_FILE_BYTES } from './csv';
import { readSourceText } from './load-data';
import { parseSourceDocument } from './sentences';
import { syntheticTradeCsv } from './synthetic-csv';
import { formatIssue, tableForFileName, validateCsv } from './validate';

const source = parseSourceDocument(readSourceText());
const BAD = join('lib', '__fixtures__', 'bad-csv');
const BENIGN = join('lib', '__fixtures__', 'benign-csv');

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
});
