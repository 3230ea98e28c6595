import { describe, expect, it } from 'vitest';
import { DATASET_NAMES } from '../data/catalog';
import { downloadFiles } from './downloads';
import { datasetJsonLd, referenceTags } from './page-metadata';
import { getSiteModel } from '../../build/site';

const { metadata, figures } = getSiteModel();
const url = (path: string): string => `https://example.org${path}`;

describe('referenceTags', () => {
  it('make /source a report by the Ministry, as Zotero reads Highwire tags', () => {
    const tags = referenceTags('report', metadata, 'Diplomatic Bluebook 1991, Section 4', url('/source'));
    expect(tags).toMatchObject({
      citation_title: 'Diplomatic Bluebook 1991, Section 4',
      citation_author: 'Ministry of Foreign Affairs of Japan',
      citation_technical_report_institution: 'Ministry of Foreign Affairs of Japan',
      citation_publisher: 'Ministry of Foreign Affairs of Japan',
      citation_publication_date: '1991',
      citation_public_url: 'https://example.org/source',
      citation_language: 'en',
      'DC.type': 'Text',
    });
  });

  it('make a data page a dataset, dated as the report, with no report institution', () => {
    const tags = referenceTags('dataset', metadata, 'Trade', url('/trade'));
    expect(tags['DC.type']).toBe('Dataset');
    expect(tags['DC.date']).toBe('1991');
    expect(tags).not.toHaveProperty('citation_technical_report_institution');
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
