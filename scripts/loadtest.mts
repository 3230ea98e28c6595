// `npm run loadtest`: autocannon against the production server on loopback, 20 s per URL at 50
// connections. Writes requests/s and p99 latency to bench/results.md; exits 1 on any error or non-2xx.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startProductionServer } from './production-server.mts';

const PORT = 3300;
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = 50;
const URLS = ['/', '/trade', '/compare?dataset=trade&a=1989&b=1990', '/data/figures.csv'];

interface LoadResult {
  path: string;
  requests: number;
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function main(): Promise<number> {
  if (!existsSync('.next/BUILD_ID') || process.argv.includes('--build')) execSync('npm run build', { stdio: 'inherit' });
  const server = await startProductionServer(PORT);
  const results: LoadResult[] = [];
  try {
    for (const path of URLS) {
      const r = await autocannon({ url: BASE + path, connections: CONNECTIONS, duration: SECONDS });
      results.push({
        path,
        requests: r.requests.total,
        rps: r.requests.average,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts,
        non2xx: r.non2xx,
      });
      console.log(`${path}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`);
    }
  } finally {
    server.kill();
  }
  const failures = results.filter((r) => r.errors > 0 || r.non2xx > 0 || r.requests === 0);
  const section = [
    '',
    '## Load test',
    '',
    `Measured ${new Date().toISOString()} by \`npm run loadtest\`: autocannon, ${CONNECTIONS} connections, ${SECONDS} s per URL, against \`next start\` on loopback.`,
    '',
    '| URL | requests | requests/s | p99 latency (ms) | errors | non-2xx |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| \`${r.path}\` | ${r.requests} | ${Math.round(r.rps)} | ${r.p99} | ${r.errors} | ${r.non2xx} |`),
    '',
    failures.length === 0
      ? 'No errors and no non-2xx responses.'
      : failures.map((f) => `- MISSED: \`${f.path}\` had ${f.errors} errors and ${f.non2xx} non-2xx responses`).join('\n'),
    '',
  ].join('\n');
  mkdirSync('bench', { recursive: true });
  const path = join('bench', 'results.md');
  const previous = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n';
  const head = previous.includes('\n## Load test') ? previous.slice(0, previous.indexOf('\n## Load test')) : previous.trimEnd() + '\n';
  writeFileSync(path, head + section);
  console.log(section);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
