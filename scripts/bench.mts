// `npm run bench`: builds, then measures every page of the production build with Lighthouse (medians of several runs) and by the
// JavaScript it loads, and times the validator on data/ and on each hostile file. Writes bench/results.md; exits 1 on a missed budget.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { buildLayout } from '../build/build-layout';
import { getSiteModel } from '../build/site';
import { pagesOfEachKind } from '../lib/site/pages';
import { PATHS } from '../lib/site/routes';
import { scriptsWithoutHint } from '../build/compile-hints';
import { SCRIPT_FREE_ATTRIBUTE } from '../build/script-free-pages';
import { HYDRATED_ATTRIBUTE } from '../lib/site/page-scripts';
import { CHROME, browserVersion, lighthouseRunWithRetries, median, type LighthouseRun } from './lighthouse-run.mts';
import { startProductionServer } from './production-server.mts';
import { measureValidation, type ValidationTiming } from './validation-speed.mts';

const PORT = 3200;
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// What a chart costs: against a page of the app with no chart at all, which also ships no React (docs/performance.md).
const BASELINE = PATHS.checks;
const ALL_PAGES = pagesOfEachKind(getSiteModel().figures);
// BENCH_PAGES=/trade,/checks measures a subset (the baseline is always included); results.md is written for the full set only.
const PAGES = process.env.BENCH_PAGES ? [...new Set([...process.env.BENCH_PAGES.split(','), BASELINE])] : ALL_PAGES;

const BUDGET = {
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0,
  tbtRatio: 1.5,
  /** A page whose TBT is at most this passes whatever its ratio: the ratio of two small TBTs is mostly noise. */
  tbtFloorMs: 50,
  /** All of data/, as `npm run validate` reads it. */
  dataMs: 1000,
  /** Each hostile file of lib/data/synthetic-csv.ts, and at most this many lines printed for it. */
  hostileMs: 2000,
  hostileLines: 1001,
};

type PageResult = Omit<LighthouseRun, 'benchmarkIndex'> & { path: string; performanceRange: [number, number]; jsGzip: ScriptWeight };

/** Gzip bytes of a page's scripts, loaded before any input and by the time it has hydrated after the first. */
interface ScriptWeight {
  beforeInput: number;
  atFirstInput: number;
}

/** Each page's script weight; the first input is a key press (the topic pages and comparisons start React then). */
async function firstLoadJs(paths: string[]): Promise<Map<string, ScriptWeight>> {
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  const out = new Map<string, ScriptWeight>();
  const gzipped = async (bodies: Promise<Buffer>[]): Promise<number> =>
    (await Promise.all(bodies)).reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  for (const path of paths) {
    const page = await browser.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') bodies.push(r.body());
    });
    await page.goto(BASE + path, { waitUntil: 'networkidle' });
    const beforeInput = await gzipped([...bodies]);
    await page.keyboard.press('Shift');
    await page.waitForSelector(`html[${HYDRATED_ATTRIBUTE}], html[${SCRIPT_FREE_ATTRIBUTE}]`, { state: 'attached' });
    await page.waitForLoadState('networkidle');
    out.set(path, { beforeInput, atFirstInput: await gzipped(bodies) });
    await page.close();
  }
  await browser.close();
  return out;
}

function summarise(path: string, runs: LighthouseRun[], jsGzip: ScriptWeight): PageResult {
  const m = (key: keyof LighthouseRun): number => median(runs.map((r) => r[key]));
  const perf = runs.map((r) => r.performance);
  return {
    path,
    performance: m('performance'),
    performanceRange: [Math.min(...perf), Math.max(...perf)],
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    cls: m('cls'),
    tbt: m('tbt'),
    lcp: m('lcp'),
    jsGzip,
  };
}

function validationFailures(timings: readonly ValidationTiming[]): string[] {
  return timings.flatMap((t) => {
    const budget = t.name === 'data/' ? BUDGET.dataMs : BUDGET.hostileMs;
    return [
      ...(t.ms > budget ? [`validation of ${t.name} took ${Math.round(t.ms)} ms (budget ${budget} ms)`] : []),
      ...(t.name === 'data/' && t.lines > 0 ? [`data/ has ${t.lines} problem(s)`] : []),
      ...(t.lines > BUDGET.hostileLines ? [`validation of ${t.name} printed ${t.lines} lines (budget ${BUDGET.hostileLines})`] : []),
    ];
  });
}

function validationText(timings: readonly ValidationTiming[]): string {
  return `Each in a process of its own: ${timings.map((t) => `${t.name} **${Math.round(t.ms)} ms** (${t.lines} line(s))`).join('; ')}. Budgets: data/ under ${BUDGET.dataMs} ms; each hostile file (lib/data/synthetic-csv.ts) under ${BUDGET.hostileMs} ms, at most ${BUDGET.hostileLines} lines.`;
}

async function main(): Promise<number> {
  if (process.argv.includes('--ablate')) return (await import('./ablate.mts')).ablate();
  if (process.argv.includes('--validation-only')) {
    const timings = measureValidation();
    console.log(validationText(timings));
    const failures = validationFailures(timings);
    for (const f of failures) console.error(`MISSED: ${f}`);
    return failures.length === 0 ? 0 : 1;
  }
  if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
  // `--no-build` measures whatever .next holds; `npm run export` rebuilds it without the compile hints.
  const unhinted = scriptsWithoutHint(buildLayout('.next'));
  if (unhinted.length > 0) {
    console.error(
      `.next is not the build \`npm run build\` makes (start-up scripts without the compile hint: ${unhinted.join(', ')}); run the bench without --no-build`,
    );
    return 1;
  }
  // First, with no server running, which would compete for the CPU.
  const timings = measureValidation();
  const server = await startProductionServer(PORT);
  const failures: string[] = [];
  const results: PageResult[] = [];
  const benchmarkIndexes: number[] = [];
  try {
    const js = await firstLoadJs(PAGES);
    // Rounds over all pages rather than all runs of one page, so a machine that slows down for a while
    // weighs on every page alike and the TBT ratios to the baseline stay comparable.
    const runs = new Map<string, LighthouseRun[]>(PAGES.map((p) => [p, []]));
    for (let round = 1; round <= RUNS; round++) {
      for (const path of PAGES) {
        const run = await lighthouseRunWithRetries(BASE + path);
        runs.get(path)?.push(run);
        benchmarkIndexes.push(run.benchmarkIndex);
        console.log(
          `round ${round} ${path}: performance ${run.performance}, TBT ${Math.round(run.tbt)} ms, LCP ${Math.round(run.lcp)} ms, CLS ${run.cls}`,
        );
      }
    }
    for (const path of PAGES) results.push(summarise(path, runs.get(path) ?? [], js.get(path) ?? { beforeInput: 0, atFirstInput: 0 }));
  } finally {
    server.kill();
  }

  const baseline = results.find((r) => r.path === BASELINE);
  const baseTbt = Math.max(baseline?.tbt ?? 0, 1);
  for (const r of results) {
    const ratio = r.tbt / baseTbt;
    if (r.performance < BUDGET.performance) failures.push(`${r.path}: performance ${r.performance} < ${BUDGET.performance}`);
    if (r.accessibility < BUDGET.accessibility) failures.push(`${r.path}: accessibility ${r.accessibility} < 100`);
    if (r.bestPractices < BUDGET.bestPractices) failures.push(`${r.path}: best practices ${r.bestPractices} < 100`);
    if (r.seo < BUDGET.seo) failures.push(`${r.path}: SEO ${r.seo} < 100`);
    if (r.cls > BUDGET.cls) failures.push(`${r.path}: CLS ${r.cls.toFixed(3)} > 0`);
    if (ratio > BUDGET.tbtRatio && r.tbt > BUDGET.tbtFloorMs)
      failures.push(`${r.path}: TBT ${Math.round(r.tbt)} ms is ${ratio.toFixed(2)}× the chart-free page (budget ${BUDGET.tbtRatio}×)`);
  }
  failures.push(...validationFailures(timings));

  const table = [
    '| page | performance (median; range) | accessibility | best practices | SEO | CLS | TBT (ms) | TBT ÷ chart-free page | LCP (ms) | JS before any input (gzip KB) | JS by the first input (gzip KB) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| \`${r.path}\`${r.path === BASELINE ? ' (no chart: the baseline)' : ''} | ${r.performance} (${r.performanceRange[0]}–${r.performanceRange[1]}) | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} | ${(r.tbt / baseTbt).toFixed(2)} | ${Math.round(r.lcp)} | ${(r.jsGzip.beforeInput / 1024).toFixed(1)} | ${(r.jsGzip.atFirstInput / 1024).toFixed(1)} |`,
    ),
  ].join('\n');
  const md = [
    '# Benchmark results',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench\` on this machine (${process.platform}, Node ${process.version}, ${browserVersion()}); Lighthouse 12.2.3 with its default mobile emulation, median of ${RUNS} runs per page taken in ${RUNS} rounds over all pages, against \`next start\`. Lighthouse's CPU benchmark index for this machine: median ${Math.round(median(benchmarkIndexes))} (range ${Math.round(Math.min(...benchmarkIndexes))}–${Math.round(Math.max(...benchmarkIndexes))}); its simulated throttling multiplies the main-thread time it observes by 4, so a slower or busier machine reports a higher TBT.`,
    '',
    '## Pages',
    '',
    table,
    '',
    `Budgets: performance ≥ ${BUDGET.performance}, accessibility, best practices and SEO 100, CLS 0, TBT ≤ ${BUDGET.tbtRatio}× the chart-free page (\`${BASELINE}\`) or at most ${BUDGET.tbtFloorMs} ms.`,
    '',
    '## Validation',
    '',
    validationText(timings),
    '',
    '## Verdict',
    '',
    failures.length === 0 ? 'Every budget met.' : failures.map((f) => `- MISSED: ${f}`).join('\n'),
    '',
  ].join('\n');
  mkdirSync('bench', { recursive: true });
  const path = join('bench', 'results.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const loadSection = previous.includes('\n## Load test') ? previous.slice(previous.indexOf('\n## Load test')) : '';
  if (PAGES === ALL_PAGES) writeFileSync(path, md + loadSection);
  console.log(md);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
