// The validator's budgets, for `npm run bench`: all of data/ in under 1 s, as `npm run validate` reads it, and each
// hostile file of lib/data/synthetic-csv.ts in under 2 s, each timed in a process of its own.
//
//   tsx scripts/validation-speed.mts              every timing, as JSON
//   tsx scripts/validation-speed.mts data|<name>  one, in this process
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readSourceText, validateProjectData } from '../build/data-files';
import { parseSourceDocument } from '../lib/data/sentences';
import { hostileCsv, type HostileCsvName } from '../lib/data/synthetic-csv';
import { validateCsv } from '../lib/data/validate';

const HOSTILE: readonly HostileCsvName[] = ['wide', 'cell', 'broken', 'chain', 'circle'];

export interface ValidationTiming {
  /** "data/", or the hostile file's name. */
  name: string;
  ms: number;
  /** Problems printed. */
  lines: number;
}

function timeOne(name: string): ValidationTiming {
  if (name === 'data/') {
    const started = performance.now();
    const { issues } = validateProjectData();
    return { name, ms: performance.now() - started, lines: issues.length };
  }
  const source = parseSourceDocument(readSourceText());
  const bytes = new TextEncoder().encode(hostileCsv(name as HostileCsvName));
  const started = performance.now();
  const { issues } = validateCsv({ path: `${name}-trade.csv`, bytes, table: 'trade', source });
  return { name, ms: performance.now() - started, lines: issues.length };
}

/** Every timing, each in a fresh process, as `npm run validate` would meet it. */
export function measureValidation(): ValidationTiming[] {
  const script = fileURLToPath(import.meta.url);
  return ['data/', ...HOSTILE].map((name) => {
    const out = execFileSync(process.execPath, [...process.execArgv, script, name], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as ValidationTiming;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const name = process.argv[2];
  console.log(JSON.stringify(name ? timeOne(name) : measureValidation()));
}
