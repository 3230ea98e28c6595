import { expect, test } from '@playwright/test';

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

test.describe('security headers', () => {
  for (const route of ROUTES) {
    test(`${route} sends the security headers`, async ({ request }) => {
      const response = await request.get(route);
      const h = response.headers();
      const csp = h['content-security-policy'] ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).not.toMatch(/https?:\/\//);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toContain('camera=()');
      expect(h['x-powered-by']).toBeUndefined();
    });
  }

  test('pages run under the policy without violations', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const route of ['/', '/trade', '/compare?dataset=trade&a=1989&b=1990']) {
      await page.goto(route);
      await expect(page.locator('h1')).toBeVisible();
    }
    await page.goto('/trade');
    await page.locator('.chart-box').first().hover();
    await expect(page.locator('.chart-box').first()).toHaveAttribute('data-live', 'true');
    expect(violations).toEqual([]);
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
