import { describe, expect, it } from 'vitest';
import { notebookSnippets } from './notebook-snippets';

describe('notebookSnippets', () => {
  const url = 'https://example.org/data/trade.csv';
  const [pandas, r, js] = notebookSnippets(url);

  it('loads the CSV from its absolute URL in pandas, readr and d3-dsv', () => {
    expect([pandas?.language, r?.language, js?.language]).toEqual(['Python (pandas)', 'R (readr)', 'JavaScript (d3-dsv)']);
    for (const s of [pandas, r, js]) expect(s?.code).toContain(`"${url}"`);
    expect(pandas?.code).toContain('trade = pd.read_csv(');
    expect(r?.code).toContain('trade <- read_csv(');
    expect(js?.code).toContain('const trade = csvParse(');
  });

  it('keeps period and base_period as text in each', () => {
    expect(pandas?.code).toContain('dtype={"period": "string", "base_period": "string"}');
    expect(r?.code).toContain('period = col_character(), base_period = col_character()');
    expect(js?.code).toContain('period: row.period, base_period: row.base_period');
  });

  it('names the table by the file', () => {
    expect(notebookSnippets('https://example.org/data/figures.csv')[0]?.code).toContain('figures = pd.read_csv(');
  });
});
