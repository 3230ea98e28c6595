// Code that loads a cleaned CSV into a notebook from its absolute URL, in pandas, R (readr) and JavaScript
// (d3-dsv). Each keeps `period` and `base_period` as text: read as numbers, "1990" would lose its kinship with
// "1991-S1", and d3's autoType would turn "1990-09-30" into a Date.

export interface NotebookSnippet {
  /** What it is written in, as readers name it. */
  language: 'Python (pandas)' | 'R (readr)' | 'JavaScript (d3-dsv)';
  /** The id a page gives its code block. */
  key: 'pandas' | 'r' | 'js';
  code: string;
}

const TEXT_COLUMNS = ['period', 'base_period'] as const;

/** "trade.csv" → "trade"; "figures.csv" → "figures": a variable name for the loaded table. */
function variableName(url: string): string {
  const base = (url.split('/').at(-1) ?? 'data').replace(/\.csv$/, '');
  return base.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1') || 'data';
}

/** The snippets for one CSV, by its absolute URL. */
export function notebookSnippets(url: string): NotebookSnippet[] {
  const name = variableName(url);
  const pandas = [
    'import pandas as pd',
    '',
    `${name} = pd.read_csv(`,
    `    ${JSON.stringify(url)},`,
    `    dtype={${TEXT_COLUMNS.map((c) => `"${c}": "string"`).join(', ')}},`,
    ')',
  ].join('\n');
  const r = [
    'library(readr)',
    '',
    `${name} <- read_csv(`,
    `  ${JSON.stringify(url)},`,
    `  col_types = cols(${TEXT_COLUMNS.map((c) => `${c} = col_character()`).join(', ')}, .default = col_guess())`,
    ')',
  ].join('\n');
  const js = [
    'import { autoType, csvParse } from "d3-dsv";',
    '',
    `const text = await (await fetch(${JSON.stringify(url)})).text();`,
    '// autoType reads numbers and empty cells; the periods stay as written.',
    `const ${name} = csvParse(text, (row) => ({ ...autoType({ ...row }), ${TEXT_COLUMNS.map((c) => `${c}: row.${c}`).join(', ')} }));`,
  ].join('\n');
  return [
    { language: 'Python (pandas)', key: 'pandas', code: pandas },
    { language: 'R (readr)', key: 'r', code: r },
    { language: 'JavaScript (d3-dsv)', key: 'js', code: js },
  ];
}
