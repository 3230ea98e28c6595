// `npm run loadtest`: autocannon against `next start` on loopback, at the site's own URLs, then with random, malformed and oversized
// /compare queries (rendered per request). Writes bench/results.md; exits 1 on any error, any non-2xx of the site's own URLs, any 5xx
// of the hostile ones, or a server whose memory after the run is more than 1.5× what it was before.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { FIGURES_FILE } from '../lib/site/downloads';
import { comparePath, dataFilePath, PATHS } from '../lib/site/routes';
import { startProductionServer } from './production-server.mts';

const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = 50;
const URLS = [PATHS.home, PATHS.trade, comparePath('trade', '1989', '1990'), dataFilePath(FIGURES_FILE)];
const HOSTILE = `${PATHS.compare}?<hostile>`;

/** A /compare query no build prerendered: random, malformed (broken percent-encoding, repeats) or oversized. */
function hostileQuery(): string {
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;
  const random = (n: number): string => Array.from({ length: n }, () => String.fromCharCode(33 + Math.floor(Math.random() * 94))).join('');
  const kinds = [
    () => `dataset=${encodeURIComponent(random(12))}&a=${encodeURIComponent(random(8))}&b=${encodeURIComponent(random(8))}`,
    () => `dataset=trade&a=${encodeURIComponent(random(6))}&b=1990`,
    () => 'dataset=%ff%fe&a=%E0%A4%A&b=%',
    () => `dataset=${'x'.repeat(4000)}&a=1989&b=1990`,
    () => Array.from({ length: 200 }, (_, i) => `a=${String(i)}`).join('&'),
    () => `dataset=trade&a=1989&b=1990&${encodeURIComponent(random(20))}=${encodeURIComponent(random(200))}`,
    () => `dataset=%3Cscript%3Ealert(1)%3C%2Fscript%3E&a=%00&b=%0d%0aSet-Cookie:%20x=1`,
    () => `dataset=${encodeURIComponent('\u202e\u200b'.repeat(50))}&a=1989&b=1989`,
  ];
  return `${PATHS.compare}?${pick(kinds)()}`;
}

/** The server's resident memory in KB, from /proc (the `next start` process is the one we spawned). */
function residentKb(pid: number | undefined): number {
  if (pid === undefined || !existsSync(`/proc/${String(pid)}/status`)) return 0;
  return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'))?.[1] ?? 0);
}

/** Server errors count for the hostile queries only (a 4xx is a fair answer to them). */
const summary = (path: string, r: autocannon.Result) => ({
  path,
  requests: r.requests.total,
  rps: r.requests.average,
  p99: r.latency.p99,
  errors: r.errors + r.timeouts,
  non2xx: r.non2xx,
  status5xx: r['5xx'],
});

async function main(): Promise<number> {
  if (!existsSync('.next/BUILD_ID') || process.argv.includes('--build')) execSync('npm run build', { stdio: 'inherit' });
  const server = await startProductionServer(PORT);
  const results: ReturnType<typeof summary>[] = [];
  let memoryBefore = 0;
  let memoryAfter = 0;
  try {
    for (const path of URLS) {
      const r = await autocannon({ url: BASE + path, connections: CONNECTIONS, duration: SECONDS });
      results.push(summary(path, r));
      console.log(`${path}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`);
    }
    // Warm first, so that "before" is a server that has loaded and compiled the page it renders per request; and
    // measure "after" once the run's in-flight requests are done and collected, so that what remains is what it kept.
    const hostileRun = (options: Partial<autocannon.Options>) =>
      autocannon({ url: `${BASE}/compare`, requests: [{ setupRequest: (request) => ({ ...request, path: hostileQuery() }) }], ...options });
    await hostileRun({ connections: 5, amount: 200 });
    await new Promise((r) => setTimeout(r, 5000));
    memoryBefore = residentKb(server.pid);
    const hostile = await hostileRun({ connections: CONNECTIONS, duration: SECONDS });
    await new Promise((r) => setTimeout(r, 5000));
    memoryAfter = residentKb(server.pid);
    results.push(summary(HOSTILE, hostile));
    console.log(`${HOSTILE}: ${Math.round(hostile.requests.average)} req/s, p99 ${hostile.latency.p99} ms, 5xx ${hostile['5xx']}`);
  } finally {
    server.kill();
  }
  const failures = results.filter((r) =>
    r.path === HOSTILE ? r.errors > 0 || r.status5xx > 0 || r.requests === 0 : r.errors > 0 || r.non2xx > 0 || r.requests === 0,
  );
  const memoryGrowth = memoryBefore > 0 ? memoryAfter / memoryBefore : 0;
  const memoryMissed = memoryGrowth > 1.5;
  const section = [
    '',
    '## Load test',
    '',
    `Measured ${new Date().toISOString()} by \`npm run loadtest\`: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per URL, against \`next start\` on loopback.`,
    '',
    '| URL | requests | requests/s | p99 latency (ms) | errors | non-2xx | 5xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) => `| \`${r.path}\` | ${r.requests} | ${Math.round(r.rps)} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.status5xx} |`,
    ),
    '',
    `The hostile queries are random, malformed and oversized \`/compare\` queries, each rendered per request; a 4xx is a fair answer to them, a 5xx is not. The server's resident memory went from ${Math.round(memoryBefore / 1024)} MB before them to ${Math.round(memoryAfter / 1024)} MB after (${memoryGrowth.toFixed(2)}×; the budget is 1.5×).`,
    '',
    failures.length === 0 && !memoryMissed
      ? 'No errors, no non-2xx responses from the site’s own URLs, no 5xx from the hostile ones, memory within budget.'
      : [
          ...failures.map((f) => `- MISSED: \`${f.path}\` had ${f.errors} errors, ${f.non2xx} non-2xx and ${f.status5xx} 5xx responses`),
          ...(memoryMissed ? [`- MISSED: memory grew ${memoryGrowth.toFixed(2)}×`] : []),
        ].join('\n'),
    '',
  ].join('\n');
  mkdirSync('bench', { recursive: true });
  const path = join('bench', 'results.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const head = previous.includes('\n## Load test') ? previous.slice(0, previous.indexOf('\n## Load test')) : previous.trimEnd() + '\n';
  writeFileSync(path, head + section);
  console.log(section);
  return failures.length === 0 && !memoryMissed ? 0 : 1;
}

process.exitCode = await main();
