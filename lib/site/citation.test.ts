import { describe, expect, it } from 'vitest';
import { citationKey, figureWork, makeCitations, unwrapRis } from './citation';
import { getProjectData } from '../../build/data-files';
import { getSiteModel } from '../../build/site';

const { metadata } = getProjectData();
const { figureById } = getSiteModel();
const accessed = new Date('2026-12-01T10:00:00Z');
const figure = (id: string): NonNullable<ReturnType<typeof figureById.get>> => {
  const f = figureById.get(id);
  if (!f) throw new Error(id);
  return f;
};
const reported = makeCitations(
  metadata,
  figureWork(figure('trade-exports-1990'), 'https://example.org/figures/trade-exports-1990', accessed),
);
const derived = makeCitations(
  metadata,
  figureWork(figure('trade-exports-1989'), 'https://example.org/figures/trade-exports-1989', accessed),
);

describe('makeCitations', () => {
  it('gives short text with the title, the source, the permalink and the access date', () => {
    expect(reported.short).toBe(
      'Japan\'s exports to the USSR, 1990: $2,563 million. Data: Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1991, "The Soviet Union". https://example.org/figures/trade-exports-1990 (accessed 2026-12-01).',
    );
  });

  it('gives a full APA reference with the report as container and the access date', () => {
    expect(reported.long).toBe(
      'Ministry of Foreign Affairs of Japan. (1991). Japan’s exports to the USSR, 1990: $2,563 million [Dataset]. In Diplomatic Bluebook 1991 — Japan’s Diplomatic Activities, The Soviet Union. Ministry of Foreign Affairs of Japan. https://example.org/figures/trade-exports-1990 (accessed 2026-12-01)',
    );
    expect(derived.long).toContain('$3,081 million');
  });

  it('writes BibTeX keyed by the figure, with the permalink and the access date, braces balanced', () => {
    expect(reported.bibtex.split('\n')[0]).toBe('@misc{bluebook1991tradeexports1990,');
    expect(reported.bibtex).toContain('url = {https://example.org/figures/trade-exports-1990}');
    expect(reported.bibtex).toContain('note = {[Online; accessed 2026-12-01]}');
    expect(reported.bibtex).toContain('year = {1991}');
    expect(reported.bibtex.split('{').length).toBe(reported.bibtex.split('}').length);
  });

  it('writes RIS as a dataset with the permalink, the access date and what the report states', () => {
    const tags = Object.fromEntries(reported.ris.split('\n').map((line) => [line.slice(0, 2), line.slice(6)]));
    expect(tags).toMatchObject({
      TY: 'DATA',
      AU: 'Ministry of Foreign Affairs of Japan',
      PY: '1991',
      UR: 'https://example.org/figures/trade-exports-1990',
      Y2: '2026/12/1/',
    });
    expect(tags.AB).toBe(`Stated in the report as "$2,563 million": "${figure('trade-exports-1990').sentenceText}"`);
    expect(derived.ris).toMatch(
      /^AB {2}- Derived, not stated in the report: .* = \$3,081 million; the inputs' rounding allows \$3,078\.0 million to \$3,083\.0 million\.$/m,
    );
    expect(reported.ris.trimEnd().endsWith('ER  -')).toBe(true);
  });

  it('gives CSL-JSON that parses to one dataset item', () => {
    const [item, ...rest] = JSON.parse(reported.csl) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: 'bluebook1991tradeexports1990',
      type: 'dataset',
      URL: 'https://example.org/figures/trade-exports-1990',
      issued: { 'date-parts': [[1991]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      author: [{ literal: 'Ministry of Foreign Affairs of Japan' }],
    });
  });
});

describe('unwrapRis', () => {
  it("joins a value's continuation lines to its tag's line, as written", () => {
    expect(unwrapRis("TY  - DATA\nAB  - Japan's exports to the Sovi\net Union\nER  -")).toBe(
      "TY  - DATA\nAB  - Japan's exports to the Soviet Union\nER  -",
    );
  });
});

describe('citationKey', () => {
  it('keeps letters and digits only, under a common stem', () => {
    expect(citationKey('trade-exports-1990')).toBe('bluebook1991tradeexports1990');
    expect(citationKey('Japan–Soviet trade, 1989')).toBe('bluebook1991japansoviettrade1989');
  });
});
