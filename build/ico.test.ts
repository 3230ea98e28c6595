import { describe, expect, it } from 'vitest';
import { icoFile } from './ico';

describe('icoFile', () => {
  it('writes a header, an entry per image pointing at its bytes, then the images', () => {
    const a = new Uint8Array([1, 2, 3]);
    const b = new Uint8Array([4, 5]);
    const ico = icoFile([
      { size: 16, png: a },
      { size: 256, png: b },
    ]);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 2]);
    expect([ico.readUInt8(6), ico.readUInt32LE(6 + 8), ico.readUInt32LE(6 + 12)]).toEqual([16, 3, 38]);
    expect([ico.readUInt8(22), ico.readUInt32LE(22 + 8), ico.readUInt32LE(22 + 12)]).toEqual([0, 2, 41]);
    expect([...ico.subarray(38)]).toEqual([1, 2, 3, 4, 5]);
    expect(() => icoFile([{ size: 300, png: a }])).toThrow(RangeError);
  });
});
