// `npm run bench -- --ablate`: what each post-build step earns. Every variant is a copy of one plain build, and all are served at once
// and measured interleaved, each round visiting every page on every variant in an order shuffled per page, so a machine that slows
// down for a while weighs on every variant alike. Writes the effects into docs/performance.md, between its ablation markers.
import { execFileSync, execSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PATHS } from '../lib/site/routes';
import { browserVersion, lighthouseRunWithRetries, median, type LighthouseRun } from './lighthouse-run.mts';
import { startProductionServer } from './production-server.mts';

// lean-payload was a third step until the first ablation found it within the noise on every page.
const STEPS = ['script-free', 'paint-first', 'compile-hints'] as const;
// ABLATE_PAGES=/trade,/checks measures a subset.
const PAGES = process.env.ABLATE_PAGES?.split(',') ?? [PATHS.home, PATHS.trade, PATHS.fisheries, PATHS.source, PATHS.checks];
const ROUNDS = Number(process.env.ABLATE_RUNS ?? 5);
const ROOT = join('bench', 'tmp', 'ablate');
const DOC = join('docs', 'performance.md');
const START = '<!-- ablation:start -->';
const END = '<!-- ablation:end -->';

type Variant = { name: string; skip: readonly string[] };
const VARIANTS: Variant[] = [
  { name: 'every step', skip: [] },
  ...STEPS.map((step) => ({ name: `without ${step}`, skip: [step] })),
  { name: 'no step', skip: STEPS },
];

const slug = (name: string): string => name.replace(/[^a-z]+/g, '-');

/** A copy of the project whose .next is the plain build, finished with the variant's steps. */
function prepare(variant: Variant): string {
  const dir = join(ROOT, slug(variant.name));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const shared of ['node_modules', 'data', '.generated', 'next.config.js', 'package.json']) {
    symlinkSync(resolve(shared), join(dir, shared));
  }
  cpSync('.next', join(dir, '.next'), { recursive: true, filter: (src) => !src.includes(join('.next', 'cache')) });
  execFileSync(process.execPath, ['--import', 'tsx', 'build/finish-build.ts', '.next', dir], {
    stdio: 'inherit',
    env: { ...process.env, POST_BUILD_SKIP: variant.skip.join(',') },
  });
  return dir;
}

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

type Metric = 'performance' | 'tbt' | 'lcp';
const METRICS: { key: Metric; label: string; better: 1 | -1; unit: string }[] = [
  { key: 'performance', label: 'performance', better: 1, unit: '' },
  { key: 'tbt', label: 'TBT', better: -1, unit: ' ms' },
  { key: 'lcp', label: 'LCP', better: -1, unit: ' ms' },
];

/**
 * A step's effect on one page and metric: the median with every step against the median without it, and whether
 * it stands clear of the run-to-run noise: every run of the one better than every run of the other.
 */
function effect(withRuns: number[], withoutRuns: number[], better: 1 | -1): { delta: number; clear: boolean } {
  const delta = (median(withRuns) - median(withoutRuns)) * better;
  const clear = better === 1 ? Math.min(...withRuns) > Math.max(...withoutRuns) : Math.max(...withRuns) < Math.min(...withoutRuns);
  return { delta, clear: delta > 0 && clear };
}

function report(runs: Map<string, Map<string, LighthouseRun[]>>, started: Date, benchmarkIndexes: number[]): string {
  const of = (variant: string, page: string, metric: Metric): number[] => (runs.get(variant)?.get(page) ?? []).map((r) => r[metric]);
  const cell = (xs: number[]): string => `${Math.round(median(xs))} (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))})`;
  const lines: string[] = [];
  lines.push(
    `Measured ${started.toISOString().slice(0, 10)} by \`npm run bench -- --ablate\` (${process.platform}, Node ${process.version}, ${browserVersion()}; Lighthouse 12.2.3, mobile): ${ROUNDS} rounds, each visiting every page on every variant in an order shuffled per page; Lighthouse's CPU benchmark index median ${Math.round(median(benchmarkIndexes))} (range ${Math.round(Math.min(...benchmarkIndexes))}–${Math.round(Math.max(...benchmarkIndexes))}). Medians, with the range of the runs.`,
    '',
    '| page | variant | performance | TBT (ms) | LCP (ms) |',
    '| --- | --- | ---: | ---: | ---: |',
  );
  for (const page of PAGES) {
    for (const v of VARIANTS)
      lines.push(`| \`${page}\` | ${v.name} | ${METRICS.map(({ key }) => cell(of(v.name, page, key))).join(' | ')} |`);
  }
  lines.push(
    '',
    'What each step earns: the median with every step less the median without that step (positive is better: points of performance, milliseconds of TBT and LCP saved). **Bold** where it stands clear of the noise: every run with the step better than every run without it.',
    '',
    `| step | ${PAGES.map((p) => `\`${p}\``).join(' | ')} |`,
    `| --- | ${PAGES.map(() => '---').join(' | ')} |`,
  );
  const verdicts: string[] = [];
  for (const step of [...STEPS, 'all of them']) {
    const without = step === 'all of them' ? 'no step' : `without ${step}`;
    const effects = PAGES.map((page) =>
      METRICS.map(({ key, label, better, unit }) => ({
        ...effect(of('every step', page, key), of(without, page, key), better),
        label,
        unit,
      })),
    );
    const anyClear = effects.flat().some((e) => e.clear);
    const cells = effects.map((page) =>
      page
        .map((e) => {
          const text = `${e.label} ${e.delta >= 0 ? '+' : '−'}${Math.abs(Math.round(e.delta))}${e.unit}`;
          return e.clear ? `**${text}**` : text;
        })
        .join('<br>'),
    );
    lines.push(`| ${step} | ${cells.join(' | ')} |`);
    verdicts.push(
      `- ${step}: ${anyClear ? 'stands clear of the noise on at least one page and metric: kept' : 'within the noise on every page: a candidate for deletion'}`,
    );
  }
  lines.push('', ...verdicts);
  return lines.join('\n');
}

function writeDoc(section: string): void {
  const doc = readFileSync(DOC, 'utf8');
  const a = doc.indexOf(START);
  const b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${DOC} has no ${START} … ${END} markers to write between`);
  writeFileSync(DOC, `${doc.slice(0, a + START.length)}\n${section}\n${doc.slice(b)}`);
}

export async function ablate(): Promise<number> {
  const started = new Date();
  execSync('npm run generate', { stdio: 'inherit' });
  execSync('node node_modules/next/dist/bin/next build', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const dirs = VARIANTS.map(prepare);
  const servers: ChildProcess[] = [];
  const runs = new Map<string, Map<string, LighthouseRun[]>>(VARIANTS.map((v) => [v.name, new Map(PAGES.map((p) => [p, []]))]));
  const benchmarkIndexes: number[] = [];
  try {
    for (const [i, dir] of dirs.entries()) servers.push(await startProductionServer(3300 + i, dir));
    for (let r = 1; r <= ROUNDS; r++) {
      for (const page of PAGES) {
        for (const i of shuffled([...VARIANTS.keys()])) {
          const variant = VARIANTS[i] as Variant;
          const run = await lighthouseRunWithRetries(`http://127.0.0.1:${3300 + i}${page}`);
          runs.get(variant.name)?.get(page)?.push(run);
          benchmarkIndexes.push(run.benchmarkIndex);
          console.log(
            `round ${r} ${page} ${variant.name}: performance ${run.performance}, TBT ${Math.round(run.tbt)} ms, LCP ${Math.round(run.lcp)} ms`,
          );
        }
      }
    }
  } finally {
    for (const server of servers) server.kill();
  }
  const section = report(runs, started, benchmarkIndexes);
  writeDoc(section);
  console.log(section);
  // The plain build is left in .next: say so, since `npm run serve` would serve it.
  console.log('\n.next now holds the build without post-build steps: run `npm run build` before `npm run serve`.');
  return 0;
}
