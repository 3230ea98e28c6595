import { describe, expect, it } from 'vitest';
import { readSourceText } from '../../build/data-files';
import { findSentence, foldWhitespace, hashText, parseSourceDocument, sourceSections, splitSentences } from './sentences';

const sentencesOf = (paragraph: string): string[] => splitSentences(paragraph).map(([s, e]) => paragraph.slice(s, e));

describe('splitSentences', () => {
  it('does not end a sentence after an initial, St., Mr., U.S. or U.N.', () => {
    expect(sentencesOf('President Boris N. Yeltsin spoke. Then St. Petersburg voted.')).toEqual([
      'President Boris N. Yeltsin spoke.',
      'Then St. Petersburg voted.',
    ]);
    expect(sentencesOf('Mr. Khasblatov came. The U.N. Security Council met. The U.S.-Soviet talks went on.')).toEqual([
      'Mr. Khasblatov came.',
      'The U.N. Security Council met.',
      'The U.S.-Soviet talks went on.',
    ]);
  });

  it('keeps decimals and amounts inside a sentence', () => {
    expect(sentencesOf('Exports stagnated at $1,061.46 million (a 20.2 percent drop). Imports rose.')).toEqual([
      'Exports stagnated at $1,061.46 million (a 20.2 percent drop).',
      'Imports rose.',
    ]);
  });

  it('does not split inside a quotation, but does after it closes', () => {
    expect(sentencesOf('He said "It is late. We must act." But nobody moved. Next.')).toEqual([
      'He said "It is late. We must act."',
      'But nobody moved.',
      'Next.',
    ]);
  });

  it('ignores a stray closing quote', () => {
    expect(sentencesOf('They declared the Republic within the Union." The Government nullified it.')).toEqual([
      'They declared the Republic within the Union."',
      'The Government nullified it.',
    ]);
  });

  it('drops a trailing no-break space', () => {
    expect(sentencesOf('The proposal was not approved.\u00a0')).toEqual(['The proposal was not approved.']);
  });
});

describe('parseSourceDocument on the report', () => {
  const doc = parseSourceDocument(readSourceText());

  it('finds the report headings at their levels', () => {
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => [b.level, b.text]);
    expect(headings[0]).toEqual([1, 'Section 4. The Soviet Union']);
    expect(headings).toContainEqual([2, '3. Relation with Japan']);
    expect(headings).toContainEqual([3, '(3) Economic Relations']);
    expect(headings).toContainEqual([4, '(a) Economic Performance']);
  });

  it('keeps the tricky sentences whole', () => {
    const texts = doc.sentences.map((s) => s.text);
    expect(texts.find((t) => t.includes('Boris N. Yeltsin'))).toMatch(/^To overcome such political.*mutual intentions to compromise\.$/);
    expect(texts.find((t) => t.includes('St. Petersburg'))).toMatch(/^A referendum, held simultaneously.*Communist Party\.$/);
    expect(texts.find((t) => t.includes('Mr. Khasblatov'))).toMatch(/^In these meetings Mr\. Khasblatov conveyed.*Kaifu\.$/);
    expect(texts.find((t) => t.includes('U.N. Security'))).toMatch(/^Concerning the Iraqi invasion.*criticized the Iraqi invasion\.$/);
    expect(texts.find((t) => t.includes('U.S.-Soviet Foreign'))).toMatch(/^The pending issues on START.*London Summit\.$/);
  });

  it('treats the closing Note as a citable note block', () => {
    const note = doc.blocks.find((b) => b.kind === 'note');
    expect(note?.sentences.map((s) => s.text)).toEqual([
      'Note :The report compiled at the end of 1990 by four international institutions including the International Monetary Fund estimated demand at 250 billion rubles.',
    ]);
  });

  it('gives every sentence offsets that point back into the text', () => {
    for (const s of doc.sentences) expect(doc.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('derives ids from content, so unrelated edits do not shift them', () => {
    const target = 'For the first time since 1974, the Soviet Union recorded a trade surplus with Japan amounting to $790 million.';
    const before = findSentence(doc, target);
    const edited = parseSourceDocument(`An inserted sentence. Another one.\n\n${doc.text}`);
    expect(before?.id).toBe(`s-${hashText(target)}`);
    expect(findSentence(edited, target)?.id).toBe(before?.id);
    expect(new Set(doc.sentences.map((s) => s.id)).size).toBe(doc.sentences.length);
  });

  it('matches a quote with folded whitespace, including U+00A0', () => {
    const s = doc.sentences[10];
    expect(s).toBeDefined();
    const messy = (s?.text ?? '').replace(/ /g, '\u00a0 ');
    expect(findSentence(doc, messy)?.id).toBe(s?.id);
    expect(foldWhitespace(' a \u00a0\n b ')).toBe('a b');
  });
});

describe('sourceSections', () => {
  const doc = parseSourceDocument(
    'Section 4. The Soviet Union\n\n1. Overview\n\nFirst words.\n\n(1) Economy\n\nGNP fell.\n\n(a) Detail\n\nMore.\n',
  );

  it('opens a section at every heading down to "(1)", keeping "(a)" headings inside', () => {
    expect(sourceSections(doc.blocks).map((section) => section.map((b) => b.text))).toEqual([
      ['Section 4. The Soviet Union'],
      ['1. Overview', 'First words.'],
      ['(1) Economy', 'GNP fell.', '(a) Detail', 'More.'],
    ]);
  });

  it('keeps text before the first heading as a section of its own', () => {
    const lead = parseSourceDocument('A preface.\n\n(1) Economy\n\nGNP fell.\n');
    expect(sourceSections(lead.blocks).map((section) => section.map((b) => b.text))).toEqual([
      ['A preface.'],
      ['(1) Economy', 'GNP fell.'],
    ]);
  });

  it('puts every block of the report in exactly one section, in order', () => {
    const report = parseSourceDocument(readSourceText());
    expect(sourceSections(report.blocks).flat()).toEqual(report.blocks);
    expect(sourceSections([])).toEqual([]);
  });
});
