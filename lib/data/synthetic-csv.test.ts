import { describe, expect, it } from 'vitest';
import { readSourceText } from '../../build/data-files';
import { parseSourceDocument } from './sentences';
import { syntheticTradeCsv } from './synthetic-csv';
import { formatIssue, validateCsv } from './validate';

describe('syntheticTradeCsv', () => {
  it('makes the requested number of rows, all valid, each derived row with its own formula', () => {
    const csv = syntheticTradeCsv(500);
    const result = validateCsv({
      path: 'synthetic-trade.csv',
      bytes: new TextEncoder().encode(csv),
      table: 'trade',
      source: parseSourceDocument(readSourceText()),
    });
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.figures.length).toBe(500);
    const formulas = new Set(result.figures.filter((f) => f.row.kind === 'derived').map((f) => f.row.derivation));
    expect(formulas.size).toBe(499);
  });
});
