import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, MAX_FILE_BYTES, parseCsvText, positionFinder } from './csv';

describe('parseCsvText', () => {
  it('parses RFC 4180 quoting and locates fields after a quoted line break', () => {
    const table = parseCsvText('a,b\n1,"x\ny"\n3,"q ""z"""\n');
    expect(table.records).toEqual([['a', 'b'], ['1', 'x\ny'], ['3', 'q "z"']]);
    expect(table.locate(2, 1)).toEqual({ line: 4, column: 3 });
    expect([0, 1, 2].map((r) => table.lineOf(r))).toEqual([1, 2, 4]);
    expect(table.issues).toEqual([]);
  });
  it('reports an unclosed quote where it opens', () => {
    expect(parseCsvText('a,b\n1,"x\n').issues).toEqual([{ line: 2, column: 3, message: 'quoted field is not closed (unbalanced ")' }]);
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
    expect(result.ok ? [] : result.issues).toEqual([{ line: 1, column: 3, message: 'byte 0xFF is not valid UTF-8 (is the file Latin-1 or Windows-1252?)' }]);
  });
});

describe('positionFinder', () => {
  it('maps offsets to lines and columns', () => {
    const at = positionFinder('ab\ncd\n');
    expect([at(0), at(3), at(4)]).toEqual([{ line: 1, column: 1 }, { line: 2, column: 1 }, { line: 2, column: 2 }]);
  });
});
