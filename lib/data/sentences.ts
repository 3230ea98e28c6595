// Splits the report into headings, paragraphs and sentences with stable, content-derived ids.

type BlockKind = 'heading' | 'paragraph' | 'note' | 'navigation';

export interface Sentence {
  /** Stable id derived from the sentence's folded text, e.g. `s-1x9k2ab`. */
  id: string;
  /** The sentence exactly as in the report (not folded). */
  text: string;
  /** Offsets into the full report text, `end` exclusive. */
  start: number;
  end: number;
  blockIndex: number;
}

export interface Block {
  kind: BlockKind;
  /** 1 = "Section 4.", 2 = "1.", 3 = "(1)", 4 = "(a)"; 0 for non-headings. */
  level: number;
  text: string;
  start: number;
  end: number;
  sentences: Sentence[];
}

export interface SourceDocument {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  sentenceById: ReadonlyMap<string, Sentence>;
  /** Keyed by `foldWhitespace(sentence.text)`: one lookup per quote, no rescans. */
  sentenceByFoldedText: ReadonlyMap<string, Sentence>;
}

/** Collapses every run of whitespace (U+00A0 included: JS `\s` covers it) to one space and trims. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** FNV-1a, 32 bit: small, fast and stable across runs and platforms. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

const HEADING_PATTERNS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^Section \d+\.\s/, 1],
  [/^\d+\.\s/, 2],
  [/^\(\d+\)\s/, 3],
  [/^\([a-z]\)\s/, 4],
];

function classifyBlock(text: string): { kind: BlockKind; level: number } {
  if (/^Note\s*:/.test(text)) return { kind: 'note', level: 0 };
  if (/^to table of contents$/i.test(text)) return { kind: 'navigation', level: 0 };
  const endsLikeSentence = /[.?!"]$/.test(text);
  if (!endsLikeSentence && text.length < 120) {
    for (const [pattern, level] of HEADING_PATTERNS) {
      if (pattern.test(text)) return { kind: 'heading', level };
    }
  }
  return { kind: 'paragraph', level: 0 };
}

// Words after which a full stop does not end a sentence ("Boris N. Yeltsin", "St. Petersburg").
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'St', 'No', 'Jr', 'Sr', 'Gen', 'Col', 'Prof', 'vs', 'etc']);

function isAbbreviation(wordBeforeStop: string): boolean {
  if (ABBREVIATIONS.has(wordBeforeStop)) return true;
  if (/^[A-Z]$/.test(wordBeforeStop)) return true; // an initial
  return /^(?:[A-Z]\.)+[A-Z]$/.test(wordBeforeStop); // U.S, U.N
}

function wordBefore(text: string, stopIndex: number): string {
  let i = stopIndex;
  while (i > 0 && !/[\s("]/.test(text[i - 1] ?? '')) i--;
  return text.slice(i, stopIndex);
}

/** Spans [open, close] of balanced double quotes; a stray closing quote (the report has one) is ignored. */
function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    const prev = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    if (open < 0) {
      if (/[\s(]/.test(prev)) open = i;
    } else {
      spans.push([open, i]);
      open = -1;
    }
  }
  return spans;
}

/** Sentence boundaries within one paragraph, as [start, end) offsets relative to it. */
export function splitSentences(paragraph: string): Array<[number, number]> {
  const spans = quoteSpans(paragraph);
  const openQuoteAt = (i: number): [number, number] | undefined => spans.find(([o, c]) => o < i && i < c);
  const result: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch !== '.' && ch !== '?' && ch !== '!') continue;
    let j = i + 1;
    while (j < paragraph.length && /["')]/.test(paragraph[j] ?? '')) j++;
    if (j >= paragraph.length) break;
    if (!/\s/.test(paragraph[j] ?? '')) continue;
    let k = j;
    while (k < paragraph.length && /\s/.test(paragraph[k] ?? '')) k++;
    if (k >= paragraph.length) break;
    if (!/[A-Z0-9"(\\$]/.test(paragraph[k] ?? '')) continue;
    const span = openQuoteAt(i);
    if (span && span[1] >= j) continue;
    if (ch === '.' && isAbbreviation(wordBefore(paragraph, i))) continue;
    result.push([start, j]);
    start = k;
  }
  let end = paragraph.length;
  while (end > start && /\s/.test(paragraph[end - 1] ?? '')) end--;
  if (end > start) result.push([start, end]);
  return result;
}

/** Parses the whole report. Blocks are the report's non-blank lines; headings are not split. */
export function parseSourceDocument(text: string): SourceDocument {
  const blocks: Block[] = [];
  const sentences: Sentence[] = [];
  const sentenceById = new Map<string, Sentence>();
  const sentenceByFoldedText = new Map<string, Sentence>();
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = m.index + lead;
    const end = start + trimmed.length;
    const { kind, level } = classifyBlock(trimmed);
    const block: Block = { kind, level, text: trimmed, start, end, sentences: [] };
    const blockIndex = blocks.length;
    blocks.push(block);
    if (kind === 'heading' || kind === 'navigation') continue;
    for (const [s, e] of splitSentences(trimmed)) {
      const sentenceText = trimmed.slice(s, e);
      const folded = foldWhitespace(sentenceText);
      let id = `s-${hashText(folded)}`;
      for (let n = 2; sentenceById.has(id); n++) id = `s-${hashText(folded)}-${n}`;
      const sentence: Sentence = { id, text: sentenceText, start: start + s, end: start + e, blockIndex };
      block.sentences.push(sentence);
      sentences.push(sentence);
      sentenceById.set(id, sentence);
      if (!sentenceByFoldedText.has(folded)) sentenceByFoldedText.set(folded, sentence);
    }
  }
  return { text, blocks, sentences, sentenceById, sentenceByFoldedText };
}

/** The sentence a quote is, exactly (whitespace folded), or undefined. */
export function findSentence(doc: SourceDocument, quote: string): Sentence | undefined {
  return doc.sentenceByFoldedText.get(foldWhitespace(quote));
}

/** The headings above a block, outermost first: ["3. Relation with Japan", "(3) Economic Relations"]. */
export function headingTrail(doc: SourceDocument, blockIndex: number): string[] {
  const trail: string[] = [];
  let level = Number.POSITIVE_INFINITY;
  for (let i = blockIndex; i >= 0 && level > 1; i--) {
    const b = doc.blocks[i];
    if (b?.kind === 'heading' && b.level < level) {
      trail.unshift(b.text);
      level = b.level;
    }
  }
  return trail.filter((t) => !t.startsWith('Section '));
}

/** Headings of this level or higher ("(1)" and above) open a section of their own in {@link sourceSections}. */
const SECTION_HEADING_LEVEL = 3;

/**
 * The blocks cut into sections, each opened by a heading of level {@link SECTION_HEADING_LEVEL} or higher
 * (level 4 headings stay inside); blocks before the first such heading form a section of their own.
 * Every block is in exactly one section, in order.
 */
export function sourceSections(blocks: readonly Block[]): Block[][] {
  const sections: Block[][] = [];
  for (const block of blocks) {
    const opens = block.kind === 'heading' && block.level <= SECTION_HEADING_LEVEL;
    const current = sections.at(-1);
    if (!current || opens) sections.push([block]);
    else current.push(block);
  }
  return sections;
}
