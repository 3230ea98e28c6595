import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium where it exists (Playwright cannot download browsers on our machines);
// Playwright's own browser elsewhere.
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const PORT = Number(process.env.E2E_PORT ?? 3100);
// The address the build under test was made for (`npm test` builds with it), not the one it is served at: every
// absolute URL the site hands out must use it. The tests' own lib/ calls read it too.
process.env.SITE_URL = 'https://bluebook.test';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'desktop', testIgnore: /static-export/, use: { viewport: { width: 1280, height: 900 } } },
    // Keyboard and hover tests (tagged @desktop) need a pointer and a keyboard.
    // The layout spec sets each of its sizes itself, so it runs once, here.
    {
      name: 'phone',
      testIgnore: /static-export|layout\.spec/,
      grepInvert: /@desktop/,
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    // Builds the static export: runs last, alone, so the build does not slow the other tests.
    {
      name: 'static-export',
      testMatch: /static-export/,
      dependencies: ['desktop', 'phone'],
      use: { viewport: { width: 1280, height: 900 } },
    },
  ],
  webServer: {
    command: `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
