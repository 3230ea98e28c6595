import { describe, expect, it } from 'vitest';
import { chartWork, citationKey, collectionWork, figureWork, makeCitations, unwrapRis } from './citation';
import { SITE_NAME } from './pages';
import { siteUrl } from './routes';
import { getProjectData } from '../../build/data-files';
import { getSiteModel } from '../../build/site';

const { metadata } = getProjectData();
const { figureById, charts } = getSiteModel();
const chart = charts.find((c) => c.id === 'trade-annual') ?? { id: 'trade-annual', title: '', pagePath: '/trade' };
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

  it('gives a full APA reference: the Ministry’s figures, in its report, compiled by this site, with the access date', () => {
    expect(reported.long).toBe(
      `Ministry of Foreign Affairs of Japan. (1991). Japan’s exports to the USSR, 1990: $2,563 million [Dataset]. In Diplomatic Bluebook 1991 — Japan’s Diplomatic Activities, The Soviet Union. ${SITE_NAME}. https://example.org/figures/trade-exports-1990 (accessed 2026-12-01)`,
    );
    expect(derived.long).toContain('$3,081 million');
  });

  // What Zotero's BibTeX import reads (docs/real-clients.md): \$ for a dollar sign, urldate, a name in double braces.
  it('writes BibTeX keyed by the figure, in UTF-8, with the title as written, its access date and the Ministry whole', () => {
    expect(reported.bibtex.split('\n')[0]).toBe('@misc{bluebook1991tradeexports1990,');
    expect(reported.bibtex).toContain('\tauthor = {{Ministry of Foreign Affairs of Japan}},');
    expect(reported.bibtex).toContain("\ttitle = {Japan's exports to the {USSR}, 1990: \\$2,563 million},");
    expect(reported.bibtex).toContain('\turl = {https://example.org/figures/trade-exports-1990},');
    expect(reported.bibtex).toContain('\turldate = {2026-12-01},');
    expect(reported.bibtex).toContain('\tyear = {1991},');
    expect(reported.bibtex).toContain(
      `\tnote = {Figures from: Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1991 — Japan's Diplomatic Activities, Section 4. The Soviet Union, ${metadata.sectionUrl}},`,
    );
    expect(reported.bibtex).not.toMatch(/textdollar|textminus|Online; accessed/);
    expect(reported.bibtex.split('{').length).toBe(reported.bibtex.split('}').length);
    const percent = makeCitations(metadata, chartWork({ id: 'x', title: '100% of $5 & more #1_a', pagePath: '/trade' }, accessed));
    expect(percent.bibtex).toContain('\ttitle = {100\\% of \\$5 \\& more \\#1\\_a},');
  });

  it('writes RIS as a dataset with the permalink, the access date, what the report states and where', () => {
    const tags = Object.fromEntries(reported.ris.split('\n').map((line) => [line.slice(0, 2), line.slice(6)]));
    expect(tags).toMatchObject({
      TY: 'DATA',
      AU: 'Ministry of Foreign Affairs of Japan',
      PB: SITE_NAME,
      PY: '1991',
      TI: "Japan's exports to the USSR, 1990: $2,563 million",
      UR: 'https://example.org/figures/trade-exports-1990',
      Y2: '2026/12/1/',
      N1: `Figures from: Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1991 — Japan's Diplomatic Activities, Section 4. The Soviet Union, ${metadata.sectionUrl}`,
    });
    expect(tags.AB).toBe(`Stated in the report as "$2,563 million": "${figure('trade-exports-1990').sentenceText}"`);
    expect(derived.ris).toMatch(
      /^AB {2}- Derived, not stated in the report: .* = \$3,081 million; the inputs' rounding allows \$3,078\.0 million to \$3,083\.0 million\.$/m,
    );
    expect(reported.ris.trimEnd().endsWith('ER  -')).toBe(true);
    // No name with a comma, which RIS readers split into a person's names.
    for (const line of [...reported.ris.split('\n'), ...makeCitations(metadata, chartWork(chart, accessed)).ris.split('\n')]) {
      if (/^A[U1-4] {2}- /.test(line)) expect(line, line).not.toContain(',');
    }
  });

  it('gives CSL-JSON that parses to one dataset item: by the Ministry, compiled by this site', () => {
    const [item, ...rest] = JSON.parse(reported.csl) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(item).toMatchObject({
      id: 'bluebook1991tradeexports1990',
      type: 'dataset',
      URL: 'https://example.org/figures/trade-exports-1990',
      issued: { 'date-parts': [[1991]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
      author: [{ literal: 'Ministry of Foreign Affairs of Japan' }],
      contributor: [{ literal: SITE_NAME }],
      publisher: SITE_NAME,
    });
    expect(item).not.toHaveProperty('source');
  });
});

describe('a chart’s citation', () => {
  const cited = makeCitations(metadata, chartWork(chart, accessed));

  it('names this site as its maker and the Ministry’s report, at its section’s page, as the source of its figures', () => {
    const [item] = JSON.parse(cited.csl) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'figure',
      title: chart.title,
      author: [{ literal: SITE_NAME }],
      URL: `${siteUrl()}/trade#trade-annual`,
      'original-publisher': 'Ministry of Foreign Affairs of Japan',
      'original-date': { 'date-parts': [[1991]] },
    });
    expect(item?.note).toContain(metadata.sectionUrl);
    expect(cited.long).toContain('[Figure]');
    expect(cited.long).toContain('Original work published as Diplomatic Bluebook 1991');
    expect(cited.short).toContain(`Chart: ${SITE_NAME}, from Ministry of Foreign Affairs of Japan`);
  });
});

describe('the collection’s citation', () => {
  it('is the dataset of /data', () => {
    const [item] = JSON.parse(makeCitations(metadata, collectionWork(accessed)).csl) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'dataset',
      URL: `${siteUrl()}/data`,
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
