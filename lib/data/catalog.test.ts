import { describe, expect, it } from 'vitest';
import { DATASET_NAMES, DATASETS, datasetForFileName, isDatasetName } from './catalog';
import { CURRENCY_UNITS } from './vocabulary';

describe('datasets', () => {
  it('give every series a unit, and a scale exactly when it is a currency', () => {
    for (const name of DATASET_NAMES) {
      for (const [key, s] of Object.entries(DATASETS[name].series)) {
        expect(s.label, key).not.toBe('');
        expect(s.scale !== '', key).toBe(CURRENCY_UNITS.has(s.unit));
      }
    }
  });

  it('recognise dataset names and file names, and nothing else', () => {
    expect(isDatasetName('trade')).toBe(true);
    expect(isDatasetName('constructor')).toBe(false);
    expect(datasetForFileName('data/economy.csv')).toBe('economy');
    expect(datasetForFileName('C:\\\\tmp\\\\bluebook-1991-soviet-union-payments.csv')).toBe('payments');
    expect(datasetForFileName('economy.csv.bak')).toBeUndefined();
    expect(datasetForFileName('figures.csv')).toBeUndefined();
  });
});
