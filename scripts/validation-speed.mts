// The validator's speed against papaparse's bare parse of the same generated file, for `npm run bench`.
// Each side is timed in processes of its own: in one process the two share V8's feedback, and what one run teaches
// the engine changes the other's cost (after a bare parse, which keeps every row, V8 allocates papaparse's row
// arrays straight in the old generation, where the validator's short-lived ones then need full collections).
// Neither `npm run validate` nor a build ever runs a bare parse first. The old in-process figure is printed too.
//
//   tsx scripts/validation-speed.mts            both sides, alternating processes; prints the summary as JSON
//   tsx scripts/validation-speed.mts bare|full  one side in this process; prints its timed runs as JSON
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { readSourceText } from '../build/data-files';
import { parseSourceDocument } from '../lib/data/sentences';
import { hostileCsv, syntheticTradeCsv, type HostileCsvName } from '../lib/data/synthetic-csv';
import { validateCsv } from '../lib/data/validate';

const VALIDATION_ROWS = 100_000;
/** Processes per side, alternating, because this machine's speed drifts within a minute. */
const PROCESSES = 3;
/** Timed runs per process, after one untimed run so that both sides are timed compiled. */
const RUNS_PER_PROCESS = 3;

type Side = 'bare' | 'full';

interface SideRuns {
  times: number[];
  bytes: number;
  issues: number;
}

export interface ValidationSpeed {
  rows: number;
  bytes: number;
  runsPerSide: number;
  bare: number;
  full: number;
  ratio: number;
  issues: number;
  /** Both sides alternating in one process, as the bench measured before. */
  sharedProcess: { bare: number; full: number; ratio: number };
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

function fixture(): { csv: string; bytes: Uint8Array; validate: () => number } {
  const source = parseSourceDocument(readSourceText());
  const csv = syntheticTradeCsv(VALIDATION_ROWS);
  const bytes = new TextEncoder().encode(csv);
  return { csv, bytes, validate: () => validateCsv({ path: 'bench-trade.csv', bytes, table: 'trade', source }).issues.length };
}

function timeSide(side: Side): SideRuns {
  const { csv, bytes, validate } = fixture();
  const run = side === 'bare' ? (): number => Papa.parse(csv).errors.length : validate;
  let issues = run();
  const times: number[] = [];
  for (let i = 0; i < RUNS_PER_PROCESS; i++) {
    const t = performance.now();
    issues = run();
    times.push(performance.now() - t);
  }
  return { times, bytes: bytes.length, issues: side === 'full' ? issues : 0 };
}

function timeSideInChild(side: Side): SideRuns {
  const script = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, [...process.execArgv, script, side], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as SideRuns;
}

function timeSharedProcess(): { bare: number; full: number; ratio: number } {
  const { csv, validate } = fixture();
  const bare: number[] = [];
  const full: number[] = [];
  Papa.parse(csv);
  validate();
  for (let i = 0; i < PROCESSES * RUNS_PER_PROCESS; i++) {
    let t = performance.now();
    Papa.parse(csv);
    bare.push(performance.now() - t);
    t = performance.now();
    validate();
    full.push(performance.now() - t);
  }
  return { bare: median(bare), full: median(full), ratio: median(full) / median(bare) };
}

export function measureValidationSpeed(): ValidationSpeed {
  const bare: number[] = [];
  const full: number[] = [];
  let bytes = 0;
  let issues = 0;
  for (let p = 0; p < PROCESSES; p++) {
    bare.push(...timeSideInChild('bare').times);
    const f = timeSideInChild('full');
    full.push(...f.times);
    bytes = f.bytes;
    issues = Math.max(issues, f.issues);
  }
  const b = median(bare);
  const f = median(full);
  return {
    rows: VALIDATION_ROWS,
    bytes,
    runsPerSide: bare.length,
    bare: b,
    full: f,
    ratio: f / b,
    issues,
    sharedProcess: timeSharedProcess(),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const side = process.argv[2];
  if (side === 'bare' || side === 'full') console.log(JSON.stringify(timeSide(side)));
  else console.log(JSON.stringify(measureValidationSpeed(), null, 2));
}

export interface HostileTiming {
  name: HostileCsvName;
  ms: number;
  lines: number;
}

/** The validator on each hostile file (lib/data/synthetic-csv.ts), once each in this process: time and lines printed. */
export function measureHostileValidation(): HostileTiming[] {
  const source = parseSourceDocument(readSourceText());
  return (['wide', 'cell', 'broken', 'chain', 'circle'] as const).map((name) => {
    const bytes = new TextEncoder().encode(hostileCsv(name));
    const started = performance.now();
    const { issues } = validateCsv({ path: `${name}-trade.csv`, bytes, table: 'trade', source });
    return { name, ms: performance.now() - started, lines: issues.length };
  });
}
