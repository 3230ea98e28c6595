// One Lighthouse run (mobile emulation, Lighthouse 12.2.3's defaults) against a page served on loopback, for the
// bench and its ablation. Run as ESM (.mts): under tsx's CommonJS hook, lighthouse's own page-side functions get
// esbuild helpers and fail in the page.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CHROME = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  tbt: number;
  lcp: number;
  benchmarkIndex: number;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

export /**
 * The browser's version moves these figures too, and `apt-get install chromium` gives whatever Debian has that
 * day. Asked of the binary: the user agent Lighthouse reports has the minor version zeroed.
 */
function browserVersion(): string {
  if (!CHROME) return "Playwright's Chromium";
  try {
    return execFileSync(CHROME, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .trim()
      .replace(/ built on .*$/, '');
  } catch {
    return 'Chromium (version unknown)';
  }
}

/** A Lighthouse run that ended without a result (e.g. NO_FCP): counting it as zeros would skew the medians. */
class FailedRunError extends Error {
  override name = 'FailedRunError';
}

async function lighthouseRun(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError || lhr.categories.performance?.score == null) {
      throw new FailedRunError(`${url}: ${lhr.runtimeError?.code ?? 'no performance score'} ${lhr.runtimeError?.message ?? ''}`.trim());
    }
    const score = (k: string): number => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? 0;
    // A shift is rare here and seldom reproducible, so say what moved when it happens.
    if (cls > 0) {
      const audit = lhr.audits['layout-shifts'];
      console.log(
        `layout shift on ${url}: ${JSON.stringify(audit?.details ?? audit?.errorMessage ?? audit?.explanation ?? null).slice(0, 2000)}`,
      );
    }
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls,
      tbt: lhr.audits['total-blocking-time']?.numericValue ?? 0,
      lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? 0,
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

export async function lighthouseRunWithRetries(url: string, attempts = 3): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseRun(url);
    } catch (error) {
      if (!(error instanceof FailedRunError) || attempt >= attempts) throw error;
      console.log(`failed run, retrying (${attempt}/${attempts - 1}): ${error.message}`);
    }
  }
}
