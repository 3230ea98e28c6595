import { createHash } from 'node:crypto';
import { CspEvaluator } from 'csp_evaluator/dist/evaluator.js';
import { Severity } from 'csp_evaluator/dist/finding.js';
import { CspParser } from 'csp_evaluator/dist/parser.js';
import { describe, expect, it } from 'vitest';
import {
  DEVELOPMENT_POLICY,
  EMBED_POLICY,
  inlineScriptHashes,
  isReadableAnywhere,
  isSharedResource,
  newNonce,
  pagePolicies,
  pagePolicy,
  responseHeaders,
} from './content-security';

const sha = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Google's CSP Evaluator's findings of high severity (or worse) for a policy. */
function highFindings(policy: string): string[] {
  return new CspEvaluator(new CspParser(policy).csp)
    .evaluate()
    .filter((f) => f.severity <= Severity.HIGH)
    .map((f) => `${f.directive}: ${f.description}`);
}

describe('inlineScriptHashes', () => {
  it('hashes every inline script a browser would run, byte for byte, in page order', () => {
    const html =
      '<script>self.__next_f.push([1,"a"])</script><script id="_R_">x()</script><script src="/a.js"></script>' +
      '<script type="application/ld+json">{"@type":"Dataset"}</script><script type="module">import("/b.js")</script>' +
      '<SCRIPT type="text/javascript">\ny ( )\n</SCRIPT>';
    expect(inlineScriptHashes(html)).toEqual([sha('self.__next_f.push([1,"a"])'), sha('x()'), sha('import("/b.js")'), sha('\ny ( )\n')]);
  });

  it('counts an empty inline script, which a browser runs too', () => {
    expect(inlineScriptHashes('<script></script>')).toEqual([sha('')]);
  });
});

describe('pagePolicy', () => {
  it('allows scripts from the site and the inline ones it names, never unsafe-inline or unsafe-eval', () => {
    const policy = pagePolicy(['sha256-abc=', 'sha256-abc=', 'nonce-xyz']);
    expect(policy).toContain("script-src 'self' 'sha256-abc=' 'nonce-xyz';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
  });

  it('has no high-severity finding from Google’s CSP Evaluator, for a page, a page with a nonce or an embed', () => {
    expect(highFindings(pagePolicy([sha('x()')]))).toEqual([]);
    expect(highFindings(pagePolicy([`nonce-${newNonce(() => new Uint8Array(16).fill(7))}`, sha('x()')]))).toEqual([]);
    expect(highFindings(EMBED_POLICY)).toEqual([]);
  });

  it('is what the evaluator would flag if unsafe-inline came back (so the check above can fail)', () => {
    expect(highFindings(DEVELOPMENT_POLICY).length).toBeGreaterThan(0);
  });
});

describe('newNonce', () => {
  it('is 128 bits in base64', () => {
    expect(newNonce(() => new Uint8Array(16).fill(255))).toBe('/////////////////////w==');
  });
});

describe('pagePolicies', () => {
  it('keeps each page’s hashes, and gives pages rendered per request the scripts every page has and the 404 page’s', () => {
    const policies = pagePolicies(
      [
        { path: '/a', html: '<script>layout()</script><script>a()</script>' },
        { path: '/b', html: '<script>layout()</script><script>b()</script>' },
        { path: '/_not-found', html: '<script>layout()</script><script>nf()</script>' },
      ],
      '/_not-found',
    );
    expect(policies.pages['/a']).toEqual([sha('layout()'), sha('a()')]);
    expect(policies.perRequest).toEqual([sha('layout()'), sha('nf()')]);
  });
});

describe('responseHeaders', () => {
  const get = (path: string): Record<string, string> =>
    Object.fromEntries(responseHeaders(path, pagePolicy([])).map(({ key, value }) => [key, value]));

  it('sends HSTS for a year or more with subdomains, and keeps pages same-origin and unframeable', () => {
    const page = get('/trade');
    expect(Number(/max-age=(\d+)/.exec(page['Strict-Transport-Security'] ?? '')?.[1])).toBeGreaterThanOrEqual(31536000);
    expect(page['Strict-Transport-Security']).toContain('includeSubDomains');
    expect(page['Cross-Origin-Resource-Policy']).toBe('same-origin');
    expect(page['X-Frame-Options']).toBe('DENY');
    expect(page['Access-Control-Allow-Origin']).toBeUndefined();
  });

  it('lets other sites frame embeds, load cards and read the data, and nothing else', () => {
    expect(get('/embed/trade-annual')).toMatchObject({
      'Content-Security-Policy': EMBED_POLICY,
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    expect(get('/embed/trade-annual')['X-Frame-Options']).toBeUndefined();
    expect(get('/cards/figures/x.png')['Cross-Origin-Resource-Policy']).toBe('cross-origin');
    expect(get('/cards/figures/x.png')['Access-Control-Allow-Origin']).toBeUndefined();
    for (const path of ['/data/figures.csv', '/figures/x/citation.bib', '/oembed/x.json', '/oembed']) {
      expect(get(path)['Access-Control-Allow-Origin'], path).toBe('*');
    }
    for (const path of ['/figures/x', '/data', '/embed', '/embed/a/b', '/cards', '/_next/static/x.js']) {
      expect(isSharedResource(path) || isReadableAnywhere(path), path).toBe(false);
    }
  });
});
