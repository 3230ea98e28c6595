import { execSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures';
import { comparisonChartId } from '../lib/charts/comparison-charts';
import { inlineScriptHashes } from '../lib/site/content-security';
import { downloadFiles } from '../lib/site/downloads';
import { getSiteModel } from '../build/site';
import { COMPILE_HINT, startupScriptPaths } from '../build/compile-hints';

// Builds `npm run export` and serves out/ with a plain file server, as a static host or CDN would.
const OUT = join(process.cwd(), 'out');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

function fileFor(urlPath: string): string | undefined {
  const clean = normalize(decodeURIComponent(urlPath.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, `${clean}.html`, join(clean, 'index.html')]) {
    const full = join(OUT, candidate);
    if (full.startsWith(OUT) && existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

/** The rules of out/_headers, as Netlify and Cloudflare Pages apply them: every rule whose path matches adds its headers. */
function headerRules(): Array<{ pattern: RegExp; headers: Array<[string, string]> }> {
  const rules: Array<{ pattern: RegExp; headers: Array<[string, string]> }> = [];
  for (const line of readFileSync(join(OUT, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    if (!line.startsWith(' ')) {
      const source = line
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const [key = '', ...value] = line.trim().split(': ');
    rules.at(-1)?.headers.push([key, value.join(': ')]);
  }
  return rules;
}

let server: Server;
let base = '';

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  execSync('npm run export', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const rules = headerRules();
  server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    for (const rule of rules) if (rule.pattern.test(path)) for (const [key, value] of rule.headers) res.setHeader(key, value);
    const file = fileFor(req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(OUT, '404.html')));
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

test('the static export writes every page and data file', () => {
  for (const page of [
    'index.html',
    'economy.html',
    'trade.html',
    'fisheries.html',
    'payments.html',
    'compare.html',
    'checks.html',
    'source.html',
    'data.html',
    'figures.html',
    'sitemap.xml',
    'robots.txt',
    '404.html',
  ]) {
    expect(existsSync(join(OUT, page)), page).toBe(true);
  }
  for (const file of downloadFiles()) expect(existsSync(join(OUT, 'data', file)), file).toBe(true);
  const { figures, charts } = getSiteModel();
  for (const f of figures) {
    expect(existsSync(join(OUT, 'figures', `${f.id}.html`)), f.id).toBe(true);
    expect(existsSync(join(OUT, 'figures', f.id, 'citation.bib')), f.id).toBe(true);
  }
  for (const chart of charts) {
    // An embed is written without an extension: the README says how to serve it as HTML.
    expect(readFileSync(join(OUT, 'embed', chart.id), 'utf8'), chart.id).toMatch(/^<!DOCTYPE html>/);
    expect(existsSync(join(OUT, 'oembed', `${chart.id}.json`)), chart.id).toBe(true);
  }
  for (const card of getSiteModel().cards) expect(existsSync(join(OUT, card.file)), card.file).toBe(true);
});

test('the export serves each page with its own script policy from _headers, and nginx gets the same', async ({ request }) => {
  for (const path of ['/', '/trade', '/trade.html', '/figures/trade-exports-1990', '/compare']) {
    const response = await request.get(`${base}${path}`);
    const policy = response.headers()['content-security-policy'] ?? '';
    const hashes = inlineScriptHashes(await response.text());
    expect(hashes.length, path).toBeGreaterThan(0);
    for (const hash of hashes) expect(policy, `${path}: ${hash}`).toContain(`'${hash}'`);
    expect(/script-src[^;]*unsafe-inline/.test(policy), path).toBe(false);
    expect(response.headers()['strict-transport-security'], path).toContain('max-age=');
    expect(response.headers()['x-frame-options'], path).toBe('DENY');
  }
  const embed = await request.get(`${base}/embed/trade-annual`);
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  const nginx = readFileSync(join(OUT, 'nginx-headers.conf'), 'utf8');
  const trade = readFileSync(join(OUT, 'trade.html'), 'utf8');
  for (const hash of inlineScriptHashes(trade)) expect(nginx).toMatch(new RegExp(`"/trade" "[^"]*'${hash.replace(/[+/]/g, '\\$&')}'`));
});

test('data files from the export have the same bytes as under next start', async ({ request }) => {
  for (const file of downloadFiles()) {
    const fromServer = await (await request.get(`/data/${file}`)).body();
    expect(Buffer.compare(readFileSync(join(OUT, 'data', file)), fromServer), file).toBe(0);
  }
});

test('the exported site works from a plain file server', async ({ page }) => {
  await page.goto(`${base}/trade`);
  await expect(page.locator('h1')).toHaveText('Japan–Soviet trade');
  await expect(page.locator('#trade-annual svg.recharts-surface .recharts-bar-rectangle')).toHaveCount(6);
  await page.locator('#fig-trade-exports-1990 .cite-link').click();
  await expect(page).toHaveURL(/\/figures\/trade-exports-1990$/);
  await page.getByRole('link', { name: 'Read the sentence in the report' }).click();
  await expect(page).toHaveURL(/\/source#s-/);
  await page.goto(`${base}/compare?dataset=fisheries&a=1990&b=1991`);
  await expect(page.locator('tr[data-series="salmon_trout_catch"] [data-cell="b"] .cite-link')).toHaveText('9,000 t');
  const missing = await page.goto(`${base}/no-such-page`);
  expect(missing?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('the exported compare page follows its pickers and the back button: address, table and title', async ({ page }) => {
  await page.goto(`${base}/compare?dataset=trade&a=1989&b=1990`);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1990');
  await expect(page).toHaveTitle(/^Japan.Soviet trade: 1989 and 1990 — Compare periods · Bluebook 1991/);
  await page.getByLabel('Period B').selectOption('1991-S1');
  await expect(page).toHaveURL(/\/compare\?dataset=trade&a=1989&b=1991-S1$/);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1991-S1');
  await expect(page).toHaveTitle(/^Japan.Soviet trade: 1989 and first half of 1991 — Compare periods/);
  // The browser draws the comparison's chart too, with its values printed, for the periods now chosen.
  const chart = page.locator(`figure#${comparisonChartId('trade', '1989', '1991-S1', 'usd-million')}`);
  await expect(chart.locator('svg.recharts-surface .recharts-bar-rectangle')).toHaveCount(8);
  await expect(chart.locator('svg .value-label').first()).toHaveText(/^\$[\d,]+$/);
  await page.goBack();
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1990');
  await expect(page).toHaveTitle(/^Japan.Soviet trade: 1989 and 1990 — Compare periods/);
});

test('the export marks its start-up scripts for eager compilation too', () => {
  const scripts = startupScriptPaths(readFileSync(join(OUT, 'index.html'), 'utf8'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts)
    expect(readFileSync(join(OUT, '_next', 'static', script), 'utf8').startsWith(COMPILE_HINT), script).toBe(true);
});
