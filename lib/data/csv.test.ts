import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, MAX_FILE_BYTES, MAX_LINE_CHARS, readCsvRecords, recordLocator, positionFinder, type CsvIssue } from './csv';

function readAll(text: string): { records: string[][]; lines: number[]; issues: CsvIssue[] } {
  const records: string[][] = [];
  const lines: number[] = [];
  const { recordCount, issues } = readCsvRecords(text, (record, index, line) => {
    expect(index).toBe(records.length);
    records.push(record);
    lines.push(line);
  });
  expect(recordCount).toBe(records.length);
  return { records, lines, issues };
}

describe('readCsvRecords', () => {
  it('parses RFC 4180 quoting and gives the line each record starts on, after a quoted line break too', () => {
    const text = 'a,b\n1,"x\ny"\n3,"q ""z"""\n';
    expect(readAll(text)).toEqual({
      records: [
        ['a', 'b'],
        ['1', 'x\ny'],
        ['3', 'q "z"'],
      ],
      lines: [1, 2, 4],
      issues: [],
    });
    expect(recordLocator(text)(2, 1)).toEqual({ line: 4, column: 3 });
  });
  it('gives lines in a CRLF file without quotes (papaparse splits it without a quote scan)', () => {
    expect(readAll('a,b\r\n1,2\r\n3,4\r\n').lines).toEqual([1, 2, 3]);
  });
  it('passes blank lines between records on, and drops blank lines at the end', () => {
    const { records, lines } = readAll('a,b\n\n1,2\n \n\n');
    expect(records).toEqual([['a', 'b'], [''], ['1', '2']]);
    expect(lines).toEqual([1, 2, 3]);
  });
  it('stops when the sink returns false', () => {
    const seen: string[][] = [];
    const { recordCount } = readCsvRecords('a\n1\n2\n', (record) => {
      seen.push(record);
      return false;
    });
    expect([seen, recordCount]).toEqual([[['a']], 1]);
  });
  it('reports an unclosed quote where it opens', () => {
    expect(readAll('a,b\n1,"x\n').issues).toEqual([{ line: 2, column: 3, message: 'quoted field is not closed (unbalanced ")' }]);
  });
  it('refuses an overlong line before parsing', () => {
    const { records, issues } = readAll(`a\n${'x'.repeat(MAX_LINE_CHARS + 1)}\n`);
    expect(records).toEqual([]);
    expect(issues).toEqual([{ line: 2, column: MAX_LINE_CHARS + 1, message: `line is longer than ${MAX_LINE_CHARS} characters` }]);
  });
});

describe('decodeCsvBytes', () => {
  it('strips a BOM', () => expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' }));
  it('refuses a file over the size limit without decoding it', () => {
    const big = { length: MAX_FILE_BYTES + 1 } as Uint8Array;
    const result = decodeCsvBytes(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/limit is 64.0 MB/);
  });
  it('counts columns in characters, not bytes', () => {
    const result = decodeCsvBytes(new Uint8Array([0xc3, 0xa9, 0x61, 0xff]));
    expect(result.ok ? [] : result.issues).toEqual([
      { line: 1, column: 3, message: 'byte 0xFF is not valid UTF-8 (is the file Latin-1 or Windows-1252?)' },
    ]);
  });
});

describe('positionFinder', () => {
  it('maps offsets to lines and columns', () => {
    const at = positionFinder('ab\ncd\n');
    expect([at(0), at(3), at(4)]).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
    ]);
  });
});
