import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';
import { embedChart, embedSnippet } from '../lib/site/embed';
import { allCharts } from '../build/site';
import { oembedRecordPath } from '../lib/site/routes';

const charts = allCharts();

test.describe('embeds', () => {
  let other: Server;
  let otherOrigin = '';

  test.beforeAll(async ({ baseURL }) => {
    // Another site: a page on another origin that frames an embed, sandboxed with no script, and a page of ours.
    other = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(
        `<!DOCTYPE html><title>An article</title><h1>An article</h1>` +
          `<iframe id="embed" sandbox="allow-popups" src="${baseURL ?? ''}/embed/trade-annual" style="width:100%;aspect-ratio:520/396;border:0"></iframe>` +
          `<iframe id="page" src="${baseURL ?? ''}/trade"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.2', resolve));
    otherOrigin = `http://127.0.0.2:${(other.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => other.close(resolve));
  });

  test('another site frames an embed in a sandbox and sees the chart; framing /trade is refused', async ({ page }) => {
    await page.goto(otherOrigin);
    const embed = page.frameLocator('#embed');
    await expect(embed.locator('figcaption')).toContainText('Japan–Soviet trade, 1989 and 1990');
    await expect(embed.locator('svg.recharts-surface .recharts-bar-rectangle')).toHaveCount(6);
    await expect(embed.locator('.source')).toContainText('Diplomatic Bluebook 1991, MOFA Japan');
    const box = await page.locator('#embed').boundingBox();
    expect(box?.height).toBeGreaterThan(100);
    // The page of ours refuses to be framed: its frame never shows the page.
    await expect
      .poll(
        async () =>
          page
            .frames()
            .find((f) => f.url().includes('/trade'))
            ?.locator('h1')
            .count() ?? 0,
      )
      .toBe(0);
  });

  test('every chart has an embed of no script and well under 60 KB, which frames anywhere', async ({ request }) => {
    for (const chart of charts) {
      const response = await request.get(`/embed/${chart.id}`);
      expect(response.status(), chart.id).toBe(200);
      const html = await response.text();
      expect(html, chart.id).not.toMatch(/<script/i);
      expect(Buffer.byteLength(html), chart.id).toBeLessThan(60_000);
      expect(response.headers()['content-security-policy'], chart.id).toContain('frame-ancestors *');
      expect(response.headers()['x-frame-options'], chart.id).toBeUndefined();
      const record = await request.get(oembedRecordPath(chart.id));
      expect(record.headers()['content-type'], chart.id).toBe('application/json; charset=utf-8');
      const oembed = (await record.json()) as { type: string; html: string };
      expect(oembed.type).toBe('rich');
      expect(oembed.html).toBe(embedSnippet(embedChart(chart)));
    }
    expect((await request.get('/embed/no-such-chart')).status()).toBe(404);
    expect((await request.get('/trade')).headers()['x-frame-options']).toBe('DENY');
  });

  test('each chart shows its embed code, copyable', { tag: '@desktop' }, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The copy button is the site's inline script (components/layout/inline-behaviours.tsx): no React needed.
    await page.goto('/trade');
    const figure = page.locator('figure#trade-annual');
    await figure.getByText('Embed this chart').click();
    const chart = charts.find((c) => c.id === 'trade-annual');
    if (!chart) throw new Error('no trade-annual chart');
    const snippet = embedSnippet(embedChart(chart));
    await expect(figure.locator('.embed-control pre code')).toHaveText(snippet);
    await figure.getByRole('button', { name: 'Copy embed code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  });
});
