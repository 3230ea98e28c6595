import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { comparisonChartId } from '../lib/charts/comparison-charts';
import { EMBED_POLICY, inlineScriptHashes } from '../lib/site/content-security';
import { sitePagePaths } from '../lib/site/pages';
import { embedPath, oembedRecordPath } from '../lib/site/routes';
import { pathOf } from './helpers';
import { startNginx, type Nginx } from './nginx';
import { downloadFiles } from '../lib/site/downloads';
import { allCharts, getSiteModel } from '../build/site';
import { COMPILE_HINT, startupScriptPaths } from '../build/compile-hints';

// Builds `npm run export` and serves out/ with Debian's nginx and deploy/nginx.conf over HTTPS, as a host would.
const OUT = join(process.cwd(), 'out');
const HTTPS_PORT = 18443;
const HTTP_PORT = 18080;

let nginx: Nginx | undefined;
let base = '';

test.describe.configure({ mode: 'serial', timeout: 300_000 });
test.use({ ignoreHTTPSErrors: true });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  execSync('npm run export', { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  nginx = await startNginx(OUT, mkdtempSync(join(tmpdir(), 'bluebook-nginx-')), HTTPS_PORT, HTTP_PORT);
  base = nginx.origin;
});

test.afterAll(async () => {
  await nginx?.stop();
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

test('nginx answers every page of the sitemap and every embed as next start does, each with its own script policy', async ({ request }) => {
  test.setTimeout(300_000);
  const sitemap = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => pathOf((m[1] ?? '').replace(/&amp;/g, '&')));
  expect(paths).toEqual(sitePagePaths(getSiteModel().figures));
  for (const path of paths) {
    const [served, underNext] = [await request.get(`${base}${path}`), await request.get(path)];
    expect([served.status(), served.headers()['content-type']], path).toEqual([underNext.status(), 'text/html; charset=utf-8']);
    const policy = served.headers()['content-security-policy'] ?? '';
    const hashes = inlineScriptHashes(await served.text());
    expect(hashes.length, path).toBeGreaterThan(0);
    for (const hash of hashes) expect(policy, `${path}: ${hash}`).toContain(`'${hash}'`);
    expect(/script-src[^;]*unsafe-inline/.test(policy), path).toBe(false);
    expect(served.headers()['strict-transport-security'], path).toBe('max-age=63072000; includeSubDomains');
    expect(served.headers()['x-frame-options'], path).toBe('DENY');
  }
  for (const chart of allCharts()) {
    const embed = await request.get(`${base}${embedPath(chart.id)}`);
    expect([embed.status(), embed.headers()['content-type']], chart.id).toEqual([200, 'text/html; charset=utf-8']);
    expect(embed.headers()['content-security-policy'], chart.id).toBe(EMBED_POLICY);
    expect(embed.headers()['cross-origin-resource-policy'], chart.id).toBe('cross-origin');
    const record = await request.get(`${base}${oembedRecordPath(chart.id)}`);
    expect(record.headers()['content-type'], chart.id).toBe('application/json');
    expect(record.headers()['access-control-allow-origin'], chart.id).toBe('*');
  }
});

test('nginx sends plain HTTP to HTTPS, compresses text, keeps hashed assets a year and answers a miss with the 404 page', async ({
  request,
}) => {
  const redirect = await request.get(`http://localhost:${String(HTTP_PORT)}/trade?x=1`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(301);
  expect(redirect.headers().location).toBe(`https://localhost:${String(HTTPS_PORT)}/trade?x=1`);
  const page = await request.get(`${base}/trade`, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(page.headers()['content-encoding']).toBe('gzip');
  expect(page.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  // A page with charts: it keeps React's scripts (build/script-free-pages.ts).
  const script = startupScriptPaths(readFileSync(join(OUT, 'trade.html'), 'utf8'))[0] ?? '';
  const asset = await request.get(`${base}/_next/static/${script}`);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  const missing = await request.get(`${base}/no-such-page`);
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Page not found');
  expect(missing.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-");
  for (const file of ['/_headers', '/nginx-headers.conf']) expect((await request.get(`${base}${file}`)).status(), file).toBe(404);
});

test('Mozilla’s HTTP Observatory scores the site on nginx over HTTPS A+', () => {
  test.setTimeout(120_000);
  const output = execFileSync(process.execPath, ['e2e/observatory-scan.mjs', 'localhost', String(HTTPS_PORT), String(HTTP_PORT)], {
    encoding: 'utf8',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: nginx?.caFile },
  });
  const scan = JSON.parse(output) as {
    grade: string;
    score: number;
    passed: number;
    total: number;
    tests: Array<{ name: string; pass: boolean; result: string }>;
  };
  expect(scan.tests.filter((t) => !t.pass)).toEqual([]);
  expect(scan.grade).toBe('A+');
  expect(scan.score).toBeGreaterThanOrEqual(100);
});

test('data files from the export have the same bytes as under next start', async ({ request }) => {
  for (const file of downloadFiles()) {
    const fromServer = await (await request.get(`/data/${file}`)).body();
    expect(Buffer.compare(readFileSync(join(OUT, 'data', file)), fromServer), file).toBe(0);
  }
});

test('the exported site works from nginx', async ({ page }) => {
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
  const scripts = startupScriptPaths(readFileSync(join(OUT, 'trade.html'), 'utf8'));
  expect(scripts.length).toBeGreaterThan(0);
  expect(startupScriptPaths(readFileSync(join(OUT, 'index.html'), 'utf8'))).toEqual([]);
  for (const script of scripts)
    expect(readFileSync(join(OUT, '_next', 'static', script), 'utf8').startsWith(COMPILE_HINT), script).toBe(true);
});
