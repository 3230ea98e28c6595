// What a data cell may hold, and how a message may show one. A cell must not carry control or format characters: a
// terminal or CI log would act on them (escape sequences), and bidi overrides or zero-width characters make text
// read differently from what it is (CVE-2021-42574, "Trojan Source"). A message quotes a cell only as a short
// excerpt with every such character escaped, so that no input can write raw bytes into a terminal.

/** C0 controls but tab, DEL and C1 controls, the Arabic letter mark, zero-width and directional marks, bidi embeddings, overrides and isolates, invisible operators, the BOM. */
const FORBIDDEN =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/u;
const FORBIDDEN_GLOBAL = new RegExp(FORBIDDEN.source, 'gu');

const NAMES: Readonly<Record<number, string>> = {
  0x0a: 'LINE FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x7f: 'DELETE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0xad: 'SOFT HYPHEN',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE": a character by its code point, and its name where it has a well-known one. */
export function codePointName(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name =
    NAMES[codePoint] ?? (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) ? 'a control character' : 'a format character');
  return `U+${hex} ${name}`;
}

/** The first forbidden character of a cell, as its position (1-based, in characters) and code point; undefined if none. */
export function forbiddenCharacter(cell: string): { position: number; codePoint: number } | undefined {
  const match = FORBIDDEN.exec(cell);
  if (!match) return undefined;
  return { position: Array.from(cell.slice(0, match.index)).length + 1, codePoint: match[0].codePointAt(0) ?? 0 };
}

/** The longest excerpt of a cell a message quotes. */
const EXCERPT_CHARACTERS = 40;

/** Text safe to print: forbidden characters as \u{…}, and cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = EXCERPT_CHARACTERS): string {
  const characters = Array.from(text.length > max * 4 ? text.slice(0, max * 4) : text);
  return printable(characters.length > max ? `${characters.slice(0, max).join('')}…` : characters.join(''));
}

/** A whole message made safe to print: every forbidden character escaped (a last guard behind `excerpt`). */
export function printable(message: string): string {
  return message.replace(FORBIDDEN_GLOBAL, (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`);
}
