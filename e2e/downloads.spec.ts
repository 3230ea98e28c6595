import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import Papa from 'papaparse';
import { compareFigures } from '../lib/figures/compare';
import { getSiteModel } from '../build/site';
import { DATASET_NAMES } from '../lib/data/catalog';
import { datasetCsv, downloadFileName, figuresCsv } from '../lib/site/downloads';
import { comparisonCsv } from '../lib/site/comparison-csv';
import { formatIssue, tableForFileName, validateCsv } from '../lib/data/validate';
import { gotoInteractive } from './helpers';
import { textWidth } from '../lib/charts/chart-layout';
import { SITE_NAME } from '../lib/site/pages';

const chart = (id: string): ReturnType<typeof getSiteModel>['charts'][number] => {
  const found = getSiteModel().charts.find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
};

const { figures, source } = getSiteModel();

test.describe('CSV downloads', () => {
  for (const dataset of DATASET_NAMES) {
    test(`${dataset}.csv downloads from the data page, equals the served file, parses to the data and validates`, async ({
      page,
      request,
    }) => {
      await gotoInteractive(page, '/data');
      // Scrolled to first, as a reader would, so that the click waits for the page to settle: tables coming into
      // view are laid out then, which moves what is below them (with a busy machine, under a click already begun).
      const link = page.locator(`a.download[data-dataset="${dataset}"]`);
      await link.scrollIntoViewIfNeeded();
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe(downloadFileName(`${dataset}.csv`));
      const saved = readFileSync(await download.path());
      const served = await request.get(`/data/${dataset}.csv`);
      expect(served.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(served.headers()['content-disposition']).toBe(`attachment; filename="${downloadFileName(`${dataset}.csv`)}"`);
      expect(Buffer.compare(saved, await served.body())).toBe(0);
      expect(saved.toString('utf8')).toBe(datasetCsv(figures, dataset));
      const rows = Papa.parse<Record<string, string>>(saved.toString('utf8'), { header: true, skipEmptyLines: true }).data;
      expect(rows.map((r) => [r.id, Number(r.value)])).toEqual(figures.filter((f) => f.dataset === dataset).map((f) => [f.id, f.value]));
      const name = download.suggestedFilename();
      const table = tableForFileName(name);
      if (!table) throw new Error(`no schema for ${name}`);
      expect(validateCsv({ path: name, bytes: saved, table, source }).issues.map(formatIssue)).toEqual([]);
    });
  }

  test('figures.csv holds every figure and validates', async ({ request }) => {
    const served = await request.get('/data/figures.csv');
    const text = await served.text();
    expect(text).toBe(figuresCsv(figures));
    expect(validateCsv({ path: 'figures.csv', bytes: new TextEncoder().encode(text), table: 'figures', source }).issues).toEqual([]);
  });

  test('the data package describes every file', async ({ request }) => {
    const pkg = (await (await request.get('/data/datapackage.json')).json()) as { resources: Array<{ path: string }> };
    expect(pkg.resources.map((r) => r.path)).toEqual([
      ...DATASET_NAMES.map((d) => `${d}.csv`),
      'figures.csv',
      'figures.json',
      'citations.jsonld',
      'figures.xlsx',
      'diplomatic-bluebook-1991-soviet-union.txt',
    ]);
    for (const resource of pkg.resources) expect((await request.get(`/data/${resource.path}`)).status(), resource.path).toBe(200);
  });

  for (const path of [
    '/data/nope.csv',
    '/data/..%2f..%2fetc%2fpasswd.csv',
    `/data/${'a'.repeat(300)}.csv`,
    '/data/trade.csv%00',
    '/data/%252e%252e%252fpackage.json',
    '/data/TRADE.CSV',
  ]) {
    test(`an unknown file name is a 404: ${path.slice(0, 40)}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
    });
  }
});

test.describe('download what you see', () => {
  test('a chart downloads as a labelled SVG', { tag: '@desktop' }, async ({ page }) => {
    await gotoInteractive(page, '/trade');
    const tools = page.getByRole('group', { name: /Export and cite: Japan–Soviet trade, 1989 and 1990/ });
    const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('trade-annual.svg');
    const svg = readFileSync(await download.path(), 'utf8');
    const layout = chart('trade-annual').layout;
    const [, width = '0', total = '0'] = /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(svg) ?? [];
    const [, header = '0'] = /<svg x="0" y="(\d+)"/.exec(svg) ?? [];
    expect(Number(width)).toBe(layout.width);
    expect(Number(total)).toBeGreaterThan(Number(header) + layout.height);
    // Every line of its own text fits the image: none runs off its right edge.
    for (const [, size = '13', line = ''] of svg.matchAll(/<text x="\d+" y="\d+"(?: font-size="(\d+)")?[^>]*>([^<]*)<\/text>/g)) {
      expect(textWidth(line.replace(/&\w+;/g, '_'), Number(size)), line).toBeLessThanOrEqual(layout.width - 12);
    }
    expect(svg).toContain('Japan–Soviet trade, 1989 and 1990</text>');
    expect(svg).toContain('USD million</text>');
    expect(svg).toContain('Source: Ministry of Foreign Affairs of Japan');
    expect((svg.match(/<path [^>]*data-figure-id="trade-/g) ?? []).length).toBe(6);
  });

  test('a tap on a chart tool before React has started is made once it has', async ({ page, isMobile }) => {
    // React starts at the reader's first input (build/paint-first.ts); here that input is the tap itself.
    await page.goto('/trade');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('html')).not.toHaveAttribute('data-interactive', 'true');
    const tools = page.getByRole('group', { name: /Export and cite: Japan–Soviet trade, 1989 and 1990/ });
    const button = tools.getByRole('button', { name: 'Download SVG' });
    const [download] = await Promise.all([page.waitForEvent('download'), isMobile ? button.tap() : button.click()]);
    expect(download.suggestedFilename()).toBe('trade-annual.svg');
    expect(readFileSync(await download.path(), 'utf8')).toContain('Japan–Soviet trade, 1989 and 1990</text>');
  });

  test('a chart downloads as a PNG of the right size', { tag: '@desktop' }, async ({ page }) => {
    await gotoInteractive(page, '/fisheries');
    const tools = page.getByRole('group', { name: /Export and cite: Salmon and trout catch/ });
    const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(download.suggestedFilename()).toBe('fisheries-salmon.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const layout = chart('fisheries-salmon').layout;
    expect(png.readUInt32BE(16)).toBe(2 * layout.width);
    expect(png.readUInt32BE(20)).toBeGreaterThan(2 * layout.height);
    expect(png.length).toBeGreaterThan(5000);
  });

  test('copy citation puts the text on the clipboard', { tag: '@desktop' }, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await gotoInteractive(page, '/trade');
    const tools = page.getByRole('group', { name: /Export and cite: Soviet trade balance with Japan/ });
    await tools.getByRole('button', { name: 'Copy citation' }).click();
    await expect(tools.getByRole('status')).toHaveText('Short citation copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`^Soviet trade balance with Japan\\. Chart: ${SITE_NAME}, from Ministry of Foreign Affairs of Japan`),
    );
    await tools.getByRole('button', { name: 'Copy BibTeX' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{bluebook1991tradebalance,/);
  });

  for (const javaScriptEnabled of [true, false]) {
    test(
      `the comparison downloads as CSV, ${javaScriptEnabled ? 'with' : 'without'} JavaScript`,
      { tag: '@desktop' },
      async ({ browser }) => {
        const context = await browser.newContext({ javaScriptEnabled, acceptDownloads: true });
        const page = await context.newPage();
        if (javaScriptEnabled) await gotoInteractive(page, '/compare?dataset=trade&a=1990-S1&b=1991-S1');
        else await page.goto('/compare?dataset=trade&a=1990-S1&b=1991-S1');
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Download this comparison (CSV)' }).click(),
        ]);
        expect(download.suggestedFilename()).toBe('bluebook-1991-soviet-union-compare-trade-1990-S1-1991-S1.csv');
        const expected = compareFigures(figures, { dataset: 'trade', a: '1990-S1', b: '1991-S1' });
        if (!expected.ok) throw new Error('fixture comparison is invalid');
        expect(readFileSync(await download.path(), 'utf8')).toBe(comparisonCsv('trade', '1990-S1', '1991-S1', expected.rows));
        await context.close();
      },
    );
  }
});
