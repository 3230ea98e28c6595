import { expect, test } from './fixtures';
import { getSiteModel } from '../build/site';
import { compareFigures } from '../lib/figures/compare';
import { gotoInteractive } from './helpers';
import { compareRoutes } from '../lib/site/pages';

const { figures } = getSiteModel();

test('a comparison in the URL renders with cited values and derived changes', async ({ page }) => {
  const expected = compareFigures(figures, { dataset: 'trade', a: '1989', b: '1990' });
  if (!expected.ok) throw new Error('fixture comparison is invalid');
  await gotoInteractive(page, '/compare?dataset=trade&a=1989&b=1990');
  const table = page.locator('table.compare-table');
  for (const row of expected.rows) {
    const tr = table.locator(`tr[data-series="${row.series}"]`);
    if (row.a) await expect(tr.locator('[data-cell="a"] .cite-link')).toHaveText(row.a.display);
    if (row.b) await expect(tr.locator('[data-cell="b"] .cite-link')).toHaveText(row.b.display);
    if (row.change) await expect(tr.locator('[data-cell="change"] .cite-link')).toHaveText(row.change.display);
    if (row.percentChange) await expect(tr.locator('[data-cell="pct"] .cite-link')).toHaveText(row.percentChange.display);
  }
});

test('rates are compared in percentage points', async ({ page }) => {
  await gotoInteractive(page, '/compare?dataset=economy&a=1990&b=1991-S1');
  const gnp = page.locator('tr[data-series="gnp_change"]');
  // −2 % and −10 %: each stated figure stands for its rounding range, so the difference shows only tens of points.
  await expect(gnp.locator('[data-cell="change"] .cite-link')).toHaveText('\u221210 pp');
  await expect(gnp.locator('[data-cell="change"] .interval-line')).toHaveText(/^−\d+ pp to −\d+ pp$/);
  await expect(gnp.locator('[data-cell="pct"]')).toContainText('n/a for rates');
});

test('no % change across a change of sign: the surplus of 1989 and 1990 says why instead', async ({ page }) => {
  await page.goto('/compare?dataset=trade&a=1989&b=1990');
  const surplus = page.locator('tr[data-series="soviet_surplus"]');
  await expect(surplus.locator('[data-cell="pct"]')).toHaveText(
    'No % change: the values differ in sign (\u2212$78 million to $790 million), and a percentage change across zero means nothing.',
  );
  await expect(surplus.locator('[data-cell="pct"] .cite-link')).toHaveCount(0);
  await expect(surplus.locator('[data-cell="change"] .cite-link')).toHaveText(/^\+\$8\d\d million$/);
  const exports = page.locator('tr[data-series="exports"]');
  // The report states exports' −16.8 %: shown as stated, cited to its sentence, not recomputed.
  await expect(exports.locator('[data-cell="pct"] .cite-link')).toHaveText('−16.8 %');
  await expect(exports.locator('[data-cell="pct"] .cite-link')).toHaveAttribute('href', '/figures/trade-exports-change-1990');
  await expect(exports.locator('[data-cell="pct"] .interval-line')).toHaveText('as the report states it');
});

test('the controls change the URL without a reload, and the URL round-trips', async ({ page }) => {
  await gotoInteractive(page, '/compare?dataset=trade&a=1989&b=1990');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByLabel('Period B').selectOption('1991-S1');
  await expect(page).toHaveURL(/\/compare\?dataset=trade&a=1989&b=1991-S1$/);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1991-S1');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  await page.getByLabel('Dataset').selectOption('fisheries');
  await expect(page).toHaveURL(/dataset=fisheries&a=1990&b=1991$/);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-dataset', 'fisheries');
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByLabel('Dataset')).toHaveValue('fisheries');
  await expect(page.locator('tr[data-series="salmon_trout_catch"] [data-cell="pct"] .cite-link')).toHaveText('\u221220 %');
});

test('a picker changed before React has started is acted on once it has, without a reload', async ({ page }) => {
  // React starts at the reader's first input (build/paint-first.ts); here that input is the change itself.
  await page.goto('/compare?dataset=trade&a=1989&b=1990');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).not.toHaveAttribute('data-interactive', 'true');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByLabel('Period B').selectOption('1991-S1');
  await expect(page).toHaveURL(/\/compare\?dataset=trade&a=1989&b=1991-S1$/);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1991-S1');
  await expect(page.getByLabel('Period B')).toHaveValue('1991-S1');
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test('the controls work with the keyboard', { tag: '@desktop' }, async ({ page }) => {
  await gotoInteractive(page, '/compare?dataset=trade&a=1989&b=1990');
  await page.getByLabel('Period A').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/a=1990-S1/);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-a', '1990-S1');
  // The new comparison keeps focus on the picker, so the next key moves on again.
  await expect(page.getByLabel('Period A')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-a', '1989');
  await expect(page.getByLabel('Period A')).toBeFocused();
});

for (const [query, message] of [
  ['', 'Choose a dataset'],
  ['?dataset=nope&a=1&b=2', 'There is no dataset "nope"'],
  ['?dataset=trade&a=1989', 'Choose period b'],
  ['?dataset=trade&a=1989&b=2020', 'Period b "2020" is not in the trade dataset'],
  ['?dataset=trade&a=1990&b=1990', 'Choose two different periods'],
  ['?dataset=%3Cscript%3Ealert(1)%3C/script%3E', 'There is no dataset "<script>alert(1)</script>"'],
] as const) {
  test(`bad parameters "${query}" give a message with the valid choices, not an error page`, async ({ page }) => {
    let dialog = false;
    page.on('dialog', () => (dialog = true));
    const response = await page.goto(`/compare${query}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.notice')).toContainText(message);
    // Offered in readers' words: the dataset and the two periods, never query syntax.
    await expect(page.locator('.valid-choices')).toContainText('Japan–Soviet trade');
    await expect(page.locator('.valid-choices')).not.toContainText('dataset=');
    expect(dialog).toBe(false);
  });
}

test('an invalid comparison keeps the period that exists in the pickers, so only the other needs choosing', async ({ page }) => {
  await gotoInteractive(page, '/compare?dataset=trade&a=1989&b=2020');
  await expect(page.getByLabel('Dataset')).toHaveValue('trade');
  await expect(page.getByLabel('Period A')).toHaveValue('1989');
  await expect(page.getByLabel('Period B')).toHaveValue('');
  await page.getByLabel('Period B').selectOption('1990');
  await expect(page).toHaveURL(/dataset=trade&a=1989&b=1990$/);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1990');
});

test('the server sends the comparison in the HTML, every number with its citation', async ({ request }) => {
  const expected = compareFigures(figures, { dataset: 'fisheries', a: '1990', b: '1991' });
  if (!expected.ok) throw new Error('fixture comparison is invalid');
  const html = await (await request.get('/compare?dataset=fisheries&a=1990&b=1991')).text();
  expect(html).toContain(
    '<table id="comparison-table" class="data-table compare-table reflow" data-dataset="fisheries" data-a="1990" data-b="1991">',
  );
  expect(html).not.toContain('Loading the comparison');
  for (const row of expected.rows) {
    for (const figure of [row.a, row.b]) {
      if (!figure) continue;
      expect(html, figure.id).toContain(`data-figure-id="${figure.id}"><a class="cite-link" href="/figures/${figure.id}"`);
      expect(html, figure.id).toContain(`>${figure.display}</a>`);
    }
    if (row.change) expect(html, `${row.series} change`).toContain(row.change.formula);
  }
});

test('without JavaScript the form still compares, and the title names the comparison', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare?dataset=trade&a=1989&b=1990');
  await expect(page).toHaveTitle(/^Japan.Soviet trade: 1989 and 1990 — Compare periods/);
  await page.getByLabel('Period B').selectOption('1991-S1');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/\/compare\?dataset=trade&a=1989&b=1991-S1$/);
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1991-S1');
  await context.close();
});

test('a comparison named in the query is served from its prerendered page; other queries are rendered per request', async ({ request }) => {
  const shared = await request.get('/compare?dataset=assistance&a=1990-08%2F1991-07&b=1990-12');
  expect(shared.status()).toBe(200);
  expect(shared.headers()['x-nextjs-cache']).toBe('HIT');
  const html = await shared.text();
  expect(html).toContain('data-dataset="assistance" data-a="1990-08/1991-07" data-b="1990-12"');
  expect(html).toContain('<title>Assistance: August 1990 – July 1991 and December 1990 — Compare periods');
  const other = await request.get('/compare?dataset=assistance&a=1990-08%2F1991-07&b=2020');
  expect(other.status()).toBe(200);
  expect(other.headers()['x-nextjs-cache']).toBeUndefined();
  expect(await other.text()).toContain('Period b &quot;2020&quot; is not in the assistance dataset');
  expect((await request.get('/compare/assistance/1990-08_1991-07/2020')).status()).toBe(404);
});

test("the prerendered pages' own paths redirect to the one address of their comparison, its query", async ({ request }) => {
  for (const { dataset, a, b, path } of compareRoutes(figures)) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(308);
    const location = new URL(response.headers()['location'] ?? '', 'http://site');
    expect(location.pathname, path).toBe('/compare');
    expect([...location.searchParams], path).toEqual([
      ['dataset', dataset],
      ['a', a],
      ['b', b],
    ]);
  }
  const followed = await request.get('/compare/assistance/1990-08_1991-07/1990-12');
  const landed = new URL(followed.url());
  expect([landed.pathname, ...landed.searchParams]).toEqual([
    '/compare',
    ['dataset', 'assistance'],
    ['a', '1990-08/1991-07'],
    ['b', '1990-12'],
  ]);
  expect(followed.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await followed.text()).toContain('data-dataset="assistance" data-a="1990-08/1991-07" data-b="1990-12"');
  const choose = await request.get('/compare/choose', { maxRedirects: 0 });
  expect(choose.status()).toBe(308);
  expect(choose.headers()['location']).toBe('/compare');
});

test('a bare /compare, as the header links to it, is served from a prerendered page; a partial query is not', async ({ request }) => {
  const bare = await request.get('/compare');
  expect(bare.status()).toBe(200);
  expect(bare.headers()['x-nextjs-cache']).toBe('HIT');
  expect(await bare.text()).toContain('Choose a dataset: economy, trade, fisheries, payments, assistance.');
  const partial = await request.get('/compare?dataset=trade');
  expect(partial.headers()['x-nextjs-cache']).toBeUndefined();
  expect(await partial.text()).toContain('Choose period a: one of 1989, 1990-S1, 1990, 1991-S1.');
});

test('while the next comparison loads, the form says so', async ({ page }) => {
  await gotoInteractive(page, '/compare?dataset=trade&a=1989&b=1990');
  let release = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/compare\?dataset=trade&a=1989&b=1991-S1/, async (route) => {
    await gate;
    await route.continue();
  });
  await page.getByLabel('Period B').selectOption('1991-S1');
  const status = page.locator('.compare-status');
  await expect(status).toHaveText('Loading the comparison…');
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1990');
  release();
  await expect(page.locator('table.compare-table')).toHaveAttribute('data-b', '1991-S1');
  await expect(status).toHaveText('');
});
