import { expect, test } from './fixtures';
import { gotoInteractive, sitemapUrls } from './helpers';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { inlineScriptHashes } from '../lib/site/content-security';

/** Google's CSP Evaluator's findings of high severity or worse. */
const highFindings = (policy: string): string[] =>
  new CspEvaluator(new CspParser(policy).csp)
    .evaluate()
    .filter((f) => f.severity <= Severity.HIGH)
    .map((f) => `${f.directive}: ${f.description}`);

const ROUTES = [
  '/',
  '/trade',
  '/compare?dataset=trade&a=1989&b=1990',
  '/source',
  '/data',
  '/data/trade.csv',
  '/data/datapackage.json',
  '/no-such-page',
];

/** The sources a response's policy lets run as scripts. */
function scriptSources(csp: string): string[] {
  const directive =
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('script-src ')) ?? '';
  return directive.split(/\s+/).slice(1);
}

test.describe('security headers', () => {
  for (const route of ROUTES) {
    test(`${route} sends the security headers`, async ({ request }) => {
      const response = await request.get(route);
      const h = response.headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'none'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/https?:\/\//);
      expect(scriptSources(csp)).not.toContain("'unsafe-inline'");
      expect(scriptSources(csp)[0]).toBe("'self'");
      expect(h['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['x-frame-options']).toBe('DENY');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      expect(h['cross-origin-resource-policy']).toBe(route.startsWith('/data/') ? 'cross-origin' : 'same-origin');
      expect(h['x-powered-by']).toBeUndefined();
    });
  }

  test('what other sites load is cross-origin: embeds, cards, data files, citation files, oEmbed records', async ({ request }) => {
    for (const path of [
      '/embed/trade-annual',
      '/cards/trade.png',
      '/data/figures.csv',
      '/figures/trade-exports-1990/citation.bib',
      '/oembed/trade-annual.json',
    ]) {
      expect((await request.get(path)).headers()['cross-origin-resource-policy'], path).toBe('cross-origin');
    }
    const embed = (await request.get('/embed/trade-annual')).headers();
    expect(embed['content-security-policy']).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; .*frame-ancestors \*/);
    expect(embed['x-frame-options']).toBeUndefined();
  });

  test('every page names each of its inline scripts by hash, nothing else inline, and no high CSP Evaluator finding', async ({
    request,
  }) => {
    const paths = (await sitemapUrls(request)).map((u) => u.path);
    expect(paths.length).toBeGreaterThan(80);
    for (const path of [...paths, '/no-such-page']) {
      const response = await request.get(path);
      const policy = response.headers()['content-security-policy'] ?? '';
      expect(highFindings(policy), path).toEqual([]);
      const sources = scriptSources(policy);
      const hashes = inlineScriptHashes(await response.text());
      expect(hashes.length, path).toBeGreaterThan(0);
      for (const hash of hashes) expect(sources, `${path}: ${hash}`).toContain(`'${hash}'`);
      expect(
        sources.every((s) => s === "'self'" || /^'(sha256-[A-Za-z0-9+/]+=*|nonce-[A-Za-z0-9+/]+=*)'$/.test(s)),
        path,
      ).toBe(true);
    }
  });

  test('a page rendered per request gets a fresh nonce, which every script Next renders carries', async ({ request }) => {
    const path = '/compare?dataset=trade&a=1989&b=nonsense';
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = await request.get(path);
      const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1] ?? '';
      expect(nonce.length).toBeGreaterThanOrEqual(22);
      const html = await response.text();
      expect(html).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test('pages hydrate under the policy and charts go live, with no violation', async ({ page }) => {
    // The fixture fails the test on any securitypolicyviolation event; this visits each kind of page.
    for (const route of [
      '/',
      '/trade',
      '/compare',
      '/compare?dataset=trade&a=1989&b=1990',
      '/compare?dataset=trade&a=1989&b=nonsense',
      '/figures/trade-exports-1989',
      '/source',
      '/data',
    ]) {
      await gotoInteractive(page, route);
      await expect(page.locator('h1'), route).toBeVisible();
    }
    await page.goto('/no-such-page');
    await expect(page.locator('h1')).toBeVisible();
    await gotoInteractive(page, '/trade');
    await page.locator('.chart-box').first().hover();
    await expect(page.locator('.chart-box').first()).toHaveAttribute('data-live', 'true');
  });

  test('the policy blocks an injected inline script, and the page reports it', async ({ page, cspViolations }) => {
    await gotoInteractive(page, '/trade');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations.length).toBe(1);
    expect(cspViolations[0]?.directive).toBe('script-src-elem');
    // This one was expected: the fixture checks that no other was seen.
    cspViolations.length = 0;
  });
});

test.describe('path tricks are 404s', () => {
  for (const path of [
    '/data/..%2f..%2fetc%2fpasswd.csv',
    '/data/..%252f..%252fetc%252fpasswd.csv',
    '/data/%2e%2e/%2e%2e/etc/passwd',
    '/data/trade.csv/..%2f..%2fpackage.json',
    `/data/${'x'.repeat(2000)}.csv`,
    '/data/trade%00.csv',
    '/data/tr%C3%A4de.csv',
    '/data/%ff%fe.csv',
    '/..%2fpackage.json',
    '/.env',
    '/_next/../package.json',
  ]) {
    test(path.slice(0, 50), async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expect(await response.text()).not.toContain('"name": "bluebook-1991-soviet-dashboard"');
    });
  }
});

test('user input in the URL is shown escaped, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await page.goto('/compare?dataset=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&a=%3Cb%3E&b=x');
  await expect(page.locator('.notice')).toContainText('<img src=x onerror=alert(1)>');
  expect(await page.locator('main img').count()).toBe(0);
  expect(dialogs).toBe(0);
});
