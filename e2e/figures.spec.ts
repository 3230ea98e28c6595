import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { figureWork, makeCitations } from '../lib/site/citation';
import { figureCsv } from '../lib/site/downloads';
import { getSiteModel } from '../build/site';
import { gotoInteractive } from './helpers';
import { absoluteUrl, figurePath } from '../lib/site/routes';

const { figures, figureById, metadata } = getSiteModel();
const figure = (id: string): NonNullable<ReturnType<typeof figureById.get>> => {
  const f = figureById.get(id);
  if (!f) throw new Error(id);
  return f;
};

test('a derived number on a topic page opens its page, whose derivation leads down to a reported figure and its sentence', async ({
  page,
}) => {
  const surplus = figure('trade-soviet-surplus-1989');
  await page.goto('/trade');
  await page.locator(`#fig-${surplus.id} .cite-link`).first().click();
  await expect(page).toHaveURL(/\/figures\/trade-soviet-surplus-1989$/);
  await expect(page.locator('h1')).toHaveText(`${surplus.seriesLabel}, ${surplus.periodLabel}`);
  await expect(page.locator('.figure-page-value strong')).toHaveText(surplus.display);
  // The interval and the place it justifies are on screen.
  await expect(page.locator('#derivation ~ p strong.interval, section strong.interval').first()).toHaveText(surplus.intervalText);
  const tree = page.locator('.derivation-tree').first();
  await expect(tree.locator(':scope > li')).toHaveCount(surplus.inputs.length);
  // Down two steps: the 1989 exports are derived from the stated 1990 exports.
  await tree.locator('li[data-figure-id="trade-exports-1989"] > a').click();
  await expect(page).toHaveURL(/\/figures\/trade-exports-1989$/);
  await page.locator('.derivation-tree li[data-figure-id="trade-exports-1990"] > a').click();
  await expect(page).toHaveURL(/\/figures\/trade-exports-1990$/);
  const reported = figure('trade-exports-1990');
  await expect(page.locator('.figure-page')).toHaveAttribute('data-kind', 'reported');
  await expect(page.locator('q.value-text')).toHaveText(reported.value_text);
  await expect(page.locator('.cited-sentence')).toHaveText(reported.sentenceText);
  await expect(page.locator('.cited-sentence mark')).toHaveText(reported.value_text);
  await expect(page.getByRole('link', { name: 'The original publication' })).toHaveAttribute('href', metadata.contentsUrl);
  // Where it is used: the figure derived from it links back up.
  await expect(page.locator('#used ~ ul a[href="/figures/trade-exports-1989"]')).toHaveCount(1);
});

test(
  'every citation format is on the page as the library writes it, and copies and downloads',
  { tag: '@desktop' },
  async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const f = figure('trade-exports-1989');
    await gotoInteractive(page, `/figures/${f.id}`);
    const url = await page.locator('#cite ~ p a').first().textContent();
    const accessed = (await page.locator('#cite ~ p').first().textContent())?.match(/(\d{4}-\d\d-\d\d)/)?.[1];
    expect(url).toBe(absoluteUrl(figurePath(f.id)));
    const expected = makeCitations(metadata, figureWork(f, url ?? '', new Date(`${accessed ?? ''}T00:00:00Z`)));
    const formats = [
      ['Copy short citation', expected.short, undefined],
      ['Copy full citation', expected.long, undefined],
      ['Copy BibTeX', expected.bibtex, 'citation.bib'],
      ['Copy RIS', expected.ris, 'citation.ris'],
      ['Copy CSL-JSON', expected.csl, 'citation.json'],
    ] as const;
    for (const [button, text, file] of formats) {
      await page.getByRole('button', { name: button }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText()), button).toBe(text);
      await expect(page.locator('pre code', { hasText: text.slice(0, 40) }).first()).toBeVisible();
      if (!file) continue;
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`a.download[href$="/${file}"]`).click()]);
      expect(download.suggestedFilename()).toBe(`bluebook-1991-${f.id}-${file}`);
      expect(readFileSync(await download.path(), 'utf8'), file).toBe(`${text}\n`);
    }
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('a.download[href$="/figure.csv"]').click()]);
    expect(readFileSync(await csv.path(), 'utf8')).toBe(figureCsv(f));
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('a.download[href$="/figure.json"]').click()]);
    expect(JSON.parse(readFileSync(await json.path(), 'utf8'))).toMatchObject({ id: f.id, display: f.display, value: f.value });
  },
);

test('/figures lists every figure, each linked to its page, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/figures');
  const rows = page.locator('table.figures-index tbody tr');
  await expect(rows).toHaveCount(figures.length);
  for (const f of [figure('trade-exports-1989'), figure('fisheries-cooperation-1991')]) {
    const row = page.locator(`tr[data-figure-id="${f.id}"]`);
    await expect(row.locator('a')).toHaveAttribute('href', `/figures/${f.id}`);
    await expect(row.locator('td.num')).toHaveText(f.display);
  }
  await page.goto('/figures/trade-exports-1989');
  await expect(page.locator('.figure-page-value strong')).toHaveText(figure('trade-exports-1989').display);
  await context.close();
});

test('the overview and /data link every figure', async ({ page }) => {
  for (const path of ['/', '/data']) {
    await page.goto(path);
    await expect(page.locator('main a[href="/figures"]').first()).toBeVisible();
  }
});

test('a figure id that does not exist, or has odd characters, is a 404', async ({ request }) => {
  for (const path of [
    '/figures/no-such-figure',
    '/figures/TRADE-EXPORTS-1990',
    '/figures/%ff',
    '/figures/..%2fdata',
    '/figures/trade-exports-1990/nope.txt',
    '/figures/x/citation.bib',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('figures.json and citations.jsonld are served and resolve every reported figure to its sentence', async ({ request }) => {
  const json = (await (await request.get('/data/figures.json')).json()) as {
    figures: Array<{ id: string; sentence: { start: number; end: number } | null }>;
  };
  expect(json.figures.map((f) => f.id)).toEqual(figures.map((f) => f.id));
  const served = await (await request.get('/data/diplomatic-bluebook-1991-soviet-union.txt')).body();
  // The report text byte for byte, as the offsets count it.
  expect(createHash('sha256').update(served).digest('hex')).toBe(metadata.sha256);
  const text = served.toString('utf8');
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points, as the annotations count them
  const points = [...text];
  const annotations = (await (await request.get('/data/citations.jsonld')).json()) as {
    first: { items: Array<{ body: Array<{ id: string }>; target: { selector: [{ exact: string }, { start: number; end: number }] } }> };
  };
  const reported = figures.filter((f) => f.kind === 'reported');
  expect(annotations.first.items).toHaveLength(reported.length);
  for (const [i, item] of annotations.first.items.entries()) {
    const [quote, position] = item.target.selector;
    expect(points.slice(position.start, position.end).join('')).toBe(quote.exact);
    expect(quote.exact).toContain(reported[i]?.value_text ?? 'missing');
  }
});
