import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { unguardCell } from '../data/csv';
import { csvDataUrl, writeCsv } from './csv-writer';

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

  it('guards text that a spreadsheet would run, but never a number', () => {
    const cell = (t: string): string => writeCsv(['t'], [{ t }]).split('\n')[1] ?? '';
    expect(writeCsv(['t', 'n'], [{ t: '=SUM(A1)', n: -16.8 }])).toBe(`t,n\n"'=SUM(A1)",-16.8\n`);
    expect(cell('-2 percent')).toBe(`"'-2 percent"`);
    expect(cell('@cmd')).toBe(`"'@cmd"`);
    expect(cell('-1+1')).toBe(`"'-1+1"`);
    expect(cell('$2,563 million')).toBe('"$2,563 million"');
    expect(cell('-16.8')).toBe('-16.8');
    expect(unguardCell("'=1+2")).toBe('=1+2');
    expect(unguardCell("'quoted")).toBe("'quoted");
  });

  it('writes numbers as plain decimals, and refuses what is not one', () => {
    expect(writeCsv(['n'], [{ n: 182000 }, { n: 1061.46 }, { n: 1e21 }, { n: -1e-7 }])).toBe(
      'n\n182000\n1061.46\n1000000000000000000000\n-0.0000001\n',
    );
    expect(() => writeCsv(['n'], [{ n: Number.NaN }])).toThrow(RangeError);
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
