import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvDataUrl, formatCsvCell, guardCell, unguardCell, writeCsv } from './csv-writer';

describe('writeCsv', () => {
  it('quotes only where needed and uses LF line ends', () => {
    expect(
      writeCsv(
        ['a', 'b'],
        [
          { a: 'plain', b: 'x, y' },
          { a: 'say "hi"', b: 'two\nlines' },
        ],
      ),
    ).toBe('a,b\nplain,"x, y"\n"say ""hi""","two\nlines"\n');
  });

  it('guards text that a spreadsheet would run, but never numbers', () => {
    expect(writeCsv(['t', 'n'], [{ t: '=SUM(A1)', n: -16.8 }])).toBe("t,n\n'=SUM(A1),-16.8\n");
    expect(guardCell('-2 percent')).toBe("'-2 percent");
    expect(guardCell('@cmd')).toBe("'@cmd");
    expect(guardCell('\tx')).toBe("'\tx");
    expect(guardCell('$2,563 million')).toBe('$2,563 million');
    expect(unguardCell("'=1+2")).toBe('=1+2');
    expect(unguardCell("'quoted")).toBe("'quoted");
  });

  it('writes numbers as plain decimals', () => {
    expect(formatCsvCell(182000)).toBe('182000');
    expect(formatCsvCell(1061.46)).toBe('1061.46');
    expect(formatCsvCell(1e21)).toBe('1000000000000000000000');
    expect(() => formatCsvCell(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips awkward values through papaparse', () => {
    const rows = [
      { id: 'a', text: 'commas, "quotes" and\nnewlines', yen: '\\2,835 million', minus: '-16.8 percent', n: -16.8 },
      { id: 'b', text: ' leading space', yen: '=cmd|', minus: '+1', n: 0.5 },
    ];
    const csv = writeCsv(['id', 'text', 'yen', 'minus', 'n'], rows);
    const parsed = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data;
    expect(parsed.slice(1).map((r) => r.map(unguardCell))).toEqual(rows.map((r) => [r.id, r.text, r.yen, r.minus, String(r.n)]));
  });
});

describe('csvDataUrl', () => {
  it('holds the CSV byte for byte, with the characters a URL cannot carry escaped', () => {
    const csv = writeCsv(['a', 'b'], [{ a: 'x,y "q" # 100%', b: '−16.8 ¥\n2' }]);
    const url = csvDataUrl(csv);
    expect(url.startsWith('data:text/csv;charset=utf-8,')).toBe(true);
    // An unescaped "#" would end the URL there; line breaks and quotes do not belong in an href.
    expect(url).not.toMatch(/[#\s"]/);
    expect(decodeURIComponent(url.slice('data:text/csv;charset=utf-8,'.length))).toBe(csv);
  });
});
