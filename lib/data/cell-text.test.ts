import { describe, expect, it } from 'vitest';
import { codePointName, excerpt, forbiddenCharacter, printable } from './cell-text';

describe('forbiddenCharacter', () => {
  it('finds C0 and C1 controls, bidi controls, zero-width characters and the BOM, by code point and position', () => {
    for (const [text, codePoint] of [
      ['a\u0000', 0x00],
      ['a\u001b[31m', 0x1b],
      ['a\r', 0x0d],
      ['a\n', 0x0a],
      ['a\u0085', 0x85],
      ['a\u202e', 0x202e],
      ['a\u2067', 0x2067],
      ['a\u200b', 0x200b],
      ['a\u200f', 0x200f],
      ['a\u061c', 0x061c],
      ['a\ufeff', 0xfeff],
    ] as const) {
      expect(forbiddenCharacter(text), JSON.stringify(text)).toEqual({ position: 2, codePoint });
    }
  });

  it('counts positions in characters, so an astral character before it is one', () => {
    expect(forbiddenCharacter('𝐀\u202e')).toEqual({ position: 2, codePoint: 0x202e });
  });

  it('allows tab and every printable character the report and notes use', () => {
    for (const text of ['a\tb', 'Japan–Soviet “trade” ¥100 −16.8 % café 日本', '']) expect(forbiddenCharacter(text)).toBeUndefined();
  });
});

describe('codePointName', () => {
  it('names a character by its code point and, where well known, its name', () => {
    expect(codePointName(0x202e)).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(codePointName(0x1b)).toBe('U+001B ESCAPE');
    expect(codePointName(0x03)).toBe('U+0003 a control character');
    expect(codePointName(0x2064)).toBe('U+2064 a format character');
  });
});

describe('excerpt', () => {
  it('cuts long text to 40 characters with an ellipsis and escapes what a terminal would act on', () => {
    expect(excerpt('x'.repeat(100))).toBe(`${'x'.repeat(40)}…`);
    expect(excerpt('\u001b[2Jgone')).toBe('\\u{1b}[2Jgone');
    expect(excerpt('a'.repeat(30 * 1024 * 1024))).toHaveLength(41);
  });

  it('leaves short, clean text alone', () => {
    expect(excerpt('trade-exports-1990')).toBe('trade-exports-1990');
  });
});

describe('printable', () => {
  it('escapes every forbidden character of a whole message', () => {
    expect(printable('a\u202eb\u0007c')).toBe('a\\u{202e}b\\u{7}c');
  });
});
