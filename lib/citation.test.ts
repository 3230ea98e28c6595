import { describe, expect, it } from 'vitest';
import { makeCitations } from './citation';
import { readSourceMetadata } from './load-data';

describe('makeCitations', () => {
  const c = makeCitations(readSourceMetadata(), 'Japan–Soviet trade, 1989 and 1990', '/trade#trade-annual');

  it('names the chart and the source in the short form', () => {
    expect(c.short).toBe(
      'Japan–Soviet trade, 1989 and 1990. Data: Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1991, "The Soviet Union".',
    );
  });

  it('gives the publication, section, URL and where it is shown in the long form', () => {
    expect(c.long).toContain('Section 4. The Soviet Union');
    expect(c.long).toContain('https://www.mofa.go.jp/policy/other/bluebook/1991/1991-contents.htm');
    expect(c.long).toContain('/trade#trade-annual');
  });

  it('writes a BibTeX entry with a plain key and balanced braces', () => {
    expect(c.bibtex).toMatch(/^@misc\{bluebook1991sovietjapansoviettrade1989and1,\n/);
    expect(c.bibtex.split('{').length).toBe(c.bibtex.split('}').length);
    expect(c.bibtex).toContain('year = {1991}');
  });
});
