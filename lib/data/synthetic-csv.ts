// Large valid CSVs for the validator's speed and memory checks: one reported row, then derived rows.

import { DATASET_COLUMNS } from './schema';

const ANCHOR =
  'trade-exports-1990,exports,1990,2563,USD,million,,reported,"$2,563 million","Japan\'s exports to the Soviet Union stood at $2,563 million (a 16.8 percent decrease from the year before) since exports were affected by the delayed settlement of import payments by the Soviet Union.",,,';
const SERIES = ['exports', 'imports', 'total_trade', 'soviet_surplus'] as const;

/** A distinct day for each row of one series. */
function dayCode(n: number): string {
  return new Date(Date.UTC(1800, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
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

export type HostileCsvName = 'wide' | 'cell' | 'broken' | 'chain' | 'circle';

/**
 * Files made to hurt the validator: a header of 100,000 columns, a 30 MB cell, 100,000 broken rows, and chains
 * and circles of 100,000 derived rows. It must answer each in seconds with bounded output (tests and the bench).
 */
export function hostileCsv(name: HostileCsvName): string {
  const header = DATASET_COLUMNS.join(',');
  const n = 100_000;
  switch (name) {
    case 'wide':
      return `${Array.from({ length: n }, (_, i) => `c${String(i)}`).join(',')}\n1\n`;
    case 'cell':
      return `${header}\ntrade-exports-1990,exports,1990,2563,USD,million,,reported,a,b,,,"${'x\n'.repeat(15 * 1024 * 1024)}"\n`;
    case 'broken':
      return `${header}\n${'broken\n'.repeat(n)}`;
    case 'chain': {
      // Every row is 1 (its input times 0, plus 1): only the chain's length is wrong.
      const rows = Array.from(
        { length: n },
        (_, i) =>
          `chain-${String(i + 1)},exports,${dayCode(i)},1,USD,million,,derived,,,{${i === 0 ? 'trade-exports-1990' : `chain-${String(i)}`}} * 0 + 1,,`,
      );
      return `${header}\n${ANCHOR}\n${rows.join('\n')}\n`;
    }
    case 'circle': {
      const rows = Array.from(
        { length: n },
        (_, i) => `loop-${String(i)},exports,${dayCode(i)},1,USD,million,,derived,,,{loop-${String((i + 1) % n)}} * 0 + 1,,`,
      );
      return `${header}\n${ANCHOR}\n${rows.join('\n')}\n`;
    }
  }
}
