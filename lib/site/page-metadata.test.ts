import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../data/catalog';
import { downloadFiles } from './downloads';
import { datasetJsonLd, institutionalAuthor, referenceTags } from './page-metadata';
import { SITE_NAME } from './pages';
import { getSiteModel } from '../../build/site';

const { metadata, figures } = getSiteModel();
const url = (path: string): string => `https://example.org${path}`;

// The tags that Zotero's translation-server (2.0.5, with Zotero's translators) was seen to read as a report by the
// Ministry, an institutional author, and as a dataset by it: docs/real-clients.md says how this was checked.
describe('referenceTags', () => {
  const common = {
    citation_author: 'Ministry of Foreign Affairs of Japan,',
    citation_publication_date: '1991',
    citation_publisher: 'Ministry of Foreign Affairs of Japan',
    citation_language: 'en',
    'DC.creator': 'Ministry of Foreign Affairs of Japan,',
    'DC.publisher': 'Ministry of Foreign Affairs of Japan',
    'DC.date': '1991',
    'DC.language': 'en',
    'DC.source': 'https://www.mofa.go.jp/policy/other/bluebook/1991/1991-4-4.htm',
  };

  it('make /source a report of the Ministry’s, with no report type', () => {
    expect(referenceTags('report', metadata, 'Diplomatic Bluebook 1991, Section 4', url('/source'))).toEqual({
      ...common,
      citation_title: 'Diplomatic Bluebook 1991, Section 4',
      citation_public_url: 'https://example.org/source',
      'DC.title': 'Diplomatic Bluebook 1991, Section 4',
      'DC.identifier': 'https://example.org/source',
      citation_technical_report_institution: 'Ministry of Foreign Affairs of Japan',
      'DC.relation': 'https://www.mofa.go.jp/policy/other/bluebook/1991/1991-contents.htm',
    });
  });

  it('make a data page a dataset, dated as the report, which outranks its og:type for Zotero', () => {
    const tags = referenceTags('dataset', metadata, 'Trade', url('/trade'));
    expect(tags).toEqual({
      ...common,
      citation_title: 'Trade',
      citation_public_url: 'https://example.org/trade',
      'DC.title': 'Trade',
      'DC.identifier': 'https://example.org/trade',
      citation_publisher: SITE_NAME,
      'DC.publisher': SITE_NAME,
      'z.itemType': 'dataset',
      'DC.type': 'Dataset',
      'DC.rights': tags['DC.rights'],
    });
    expect(tags['DC.rights']).toMatch(/attribution/);
  });

  it('write the Ministry so that a personal-name parser keeps it whole: one trailing comma, none inside', () => {
    expect(institutionalAuthor(metadata.publisher)).toBe('Ministry of Foreign Affairs of Japan,');
    expect(metadata.publisher).not.toContain(',');
  });
});

describe('datasetJsonLd', () => {
  const required = [
    'name',
    'description',
    'license',
    'creator',
    'isBasedOn',
    'temporalCoverage',
    'spatialCoverage',
    'variableMeasured',
    'identifier',
    'distribution',
  ];

  it("meets Google's Dataset requirements for the collection and for each dataset", () => {
    for (const dataset of [undefined, ...DATASET_NAMES]) {
      const ld = datasetJsonLd(metadata, figures, url, dataset) as unknown as Record<string, unknown>;
      expect(ld['@context']).toBe('https://schema.org');
      expect(ld['@type']).toBe('Dataset');
      for (const key of required) expect(ld[key], `${dataset ?? 'all'}: ${key}`).toBeTruthy();
      const description = String(ld.description);
      expect(description.length).toBeGreaterThanOrEqual(50);
      expect(description.length).toBeLessThanOrEqual(5000);
      expect(String(ld.temporalCoverage)).toMatch(/^\d{4}\/\d{4}$/);
    }
  });

  it('has a distribution for every download of the collection, each served under /data/', () => {
    const ld = datasetJsonLd(metadata, figures, url) as unknown as { distribution: Array<{ contentUrl: string; encodingFormat: string }> };
    const files = ld.distribution.map((d) => d.contentUrl.replace('https://example.org/data/', ''));
    expect([...files].sort()).toEqual([...downloadFiles()].sort());
    for (const d of ld.distribution) expect(d.encodingFormat).toMatch(/^(text|application)\//);
  });

  it("names one dataset's own CSV and the shared files", () => {
    const ld = datasetJsonLd(metadata, figures, url, 'trade') as unknown as { distribution: Array<{ contentUrl: string }> };
    expect(ld.distribution.map((d) => d.contentUrl)).toContain('https://example.org/data/trade.csv');
    expect(ld.distribution.map((d) => d.contentUrl)).not.toContain('https://example.org/data/economy.csv');
  });
});
