import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getProjectData, readDataFiles, readSourceMetadata, validateProjectData } from './load-data';
import { formatIssue } from './validate';

describe('the real data in data/', () => {
  it('validates with no problems', () => {
    const { issues } = validateProjectData();
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('keeps the report byte for byte as shared/ has it, with its checksum recorded', () => {
    const text = readFileSync('data/sources/diplomatic-bluebook-1991-soviet-union.txt');
    expect(createHash('sha256').update(text).digest('hex')).toBe(readSourceMetadata().sha256);
  });

  it('quotes, for every reported figure, a sentence that contains its value_text', () => {
    const { figures, source } = getProjectData();
    const reported = figures.filter((f) => f.row.kind === 'reported');
    expect(reported.length).toBeGreaterThan(30);
    for (const f of reported) {
      const sentence = source.sentenceById.get(f.sentenceId);
      expect(sentence?.text.replace(/\s+/g, ' ')).toContain(f.row.value_text);
    }
  });

  it('covers every number of the report that an economic figure is stated in', () => {
    const texts = new Set(getProjectData().figures.map((f) => f.row.value_text));
    for (const t of [
      '$2,563 million',
      '$3,351 million',
      '$5,914 million',
      '$790 million',
      '$483 million',
      '$1,061.46 million',
      '$1,682.23 million',
      '\\2,835 million',
      '\\3,150 million',
      '\\1 billion',
      '\\2.6 billion',
      '$100 million',
      '15 billion deutschemarks',
      '250 billion rubles',
      '182,000 tons',
      '35,000 tons',
      '9,000 tons',
      '11,000 tons',
      'fourth',
      '34',
      '15',
      'by 60 percent',
      '85 percent',
    ]) {
      expect(texts, t).toContain(t);
    }
  });

  it('reads the five dataset files', () => {
    expect(readDataFiles().map((f) => f.path)).toEqual([
      'data/economy.csv',
      'data/trade.csv',
      'data/fisheries.csv',
      'data/payments.csv',
      'data/assistance.csv',
    ]);
  });
});
