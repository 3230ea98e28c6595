// Large valid CSVs for the validator's speed and memory checks: one reported row, then derived rows.

import { DATASET_COLUMNS } from './schema';

const ANCHOR =
  'trade-exports-1990,exports,1990,2563,USD,million,,reported,"$2,563 million","Japan\'s exports to the Soviet Union stood at $2,563 million (a 16.8 percent decrease from the year before) since exports were affected by the delayed settlement of import payments by the Soviet Union.",,,';
const SERIES = ['exports', 'imports', 'total_trade', 'soviet_surplus'] as const;

function dayCode(n: number): string {
  const d = new Date(Date.UTC(1800, 0, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

/** A trade.csv with `rows` data rows, all valid; every derived row has its own formula, each equal to 1. */
export function syntheticTradeCsv(rows: number): string {
  const lines = [DATASET_COLUMNS.join(','), ANCHOR];
  for (let i = 1; i < rows; i++) {
    const series = SERIES[i % SERIES.length] ?? 'exports';
    lines.push(
      `synthetic-${i},${series},${dayCode(Math.floor(i / SERIES.length))},1,USD,million,,derived,,,({trade-exports-1990} - 2563) * ${i} + 1,,row ${i}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
