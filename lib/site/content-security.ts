// The site's Content-Security-Policy and the other security headers, defined once: proxy.ts sends them under
// `next start`, and build/host-headers.ts writes them into the static export for Netlify, Cloudflare Pages and nginx. Inline scripts are allowed by their SHA-256 hashes, never by 'unsafe-inline': each prerendered page's
// hashes are computed after the build, and a page rendered per request gets a nonce.

import { createHash } from 'node:crypto';
import { OEMBED_ENDPOINT, pathPatternSource, SHARED_PATHS } from './routes';

// React and recharts set style attributes, which only 'unsafe-inline' allows (hashes cover <style> elements, not
// attributes); styles cannot run code, so this is the one allowance left.
const STYLE_SRC = "style-src 'self' 'unsafe-inline'";

const PAGE_DIRECTIVES = [
  "default-src 'self'",
  STYLE_SRC,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** A page's policy: scripts from this origin and the inline scripts named by hash or nonce, nothing else. */
export function pagePolicy(scriptSources: readonly string[]): string {
  const sources = [...new Set(scriptSources)].map((s) => `'${s}'`);
  return [PAGE_DIRECTIVES[0], `script-src 'self' ${sources.join(' ')}`.trimEnd(), ...PAGE_DIRECTIVES.slice(1)].join('; ');
}

/** An embed holds no script and loads nothing but itself and its inline styles; any site may frame it. */
export const EMBED_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

/** `next dev` runs React's development build, which evaluates code and injects scripts: its own, looser policy. */
export const DEVELOPMENT_POLICY =
  "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self' ws:; frame-ancestors 'none'; object-src 'none'";

const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/**
 * The hash source ("sha256-…") of every inline script in a page that a browser would run, in page order: script
 * elements without src whose type is JavaScript or a module. Data blocks (JSON-LD) are not scripts to CSP.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (!EXECUTABLE_TYPES.has(type)) continue;
    const digest = createHash('sha256')
      .update(match[2] ?? '', 'utf8')
      .digest('base64');
    hashes.push(`sha256-${digest}`);
  }
  return hashes;
}

/** A nonce of 128 random bits, base64, for a page rendered per request. */
export function newNonce(randomBytes: (size: number) => Uint8Array): string {
  return Buffer.from(randomBytes(16)).toString('base64');
}

export interface HeaderRule {
  key: string;
  value: string;
}

/** Sent with everything the site serves. */
export const COMMON_HEADERS: readonly HeaderRule[] = [
  // Two years, the subdomains too; browsers ignore it over plain http, so local use is unaffected.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/** Sent with every page but the embeds. */
export const PAGE_HEADERS: readonly HeaderRule[] = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  // No Cross-Origin-Opener-Policy: this site holds no secrets (public figures, no sign-in, no cookies), and with
  // it every navigation into the site got a fresh browsing context group, which cost far more than it guards
  // (docs/performance.md).
];

const matches = (pattern: string, path: string): boolean => new RegExp(pathPatternSource(pattern)).test(path);

/** What other sites must be able to load (routes' SHARED_PATHS, and the oEmbed endpoint); the rest is same-origin. */
export function isSharedResource(path: string): boolean {
  return path === OEMBED_ENDPOINT || Object.values(SHARED_PATHS).some((pattern) => matches(pattern, path));
}

/** Of those, the ones a script elsewhere may read (CORS); an embed and a card need only be loadable. */
export function isReadableAnywhere(path: string): boolean {
  return isSharedResource(path) && !matches(SHARED_PATHS.embeds, path) && !matches(SHARED_PATHS.cards, path);
}

/** Every header for a response to `path`, its policy given (a page's, or EMBED_POLICY for embeds). */
export function responseHeaders(path: string, policy: string): HeaderRule[] {
  const embed = matches(SHARED_PATHS.embeds, path);
  return [
    { key: 'Content-Security-Policy', value: embed ? EMBED_POLICY : policy },
    ...COMMON_HEADERS,
    ...(embed ? [] : PAGE_HEADERS),
    { key: 'Cross-Origin-Resource-Policy', value: isSharedResource(path) ? 'cross-origin' : 'same-origin' },
    ...(isReadableAnywhere(path) ? [{ key: 'Access-Control-Allow-Origin', value: '*' }] : []),
  ];
}

/** Written after the build: each prerendered page's inline script hashes by path, and what a page rendered per request needs besides its nonce. */
export interface PagePolicies {
  pages: Record<string, string[]>;
  /** The scripts every page has (the layout's) and the 404 page's, by hash. */
  perRequest: string[];
}

/** The policies of a build's pages, from each page's path and HTML; the 404 page is the one at `notFoundPath`. */
export function pagePolicies(pages: ReadonlyArray<{ path: string; html: string }>, notFoundPath: string): PagePolicies {
  const byPath: Record<string, string[]> = {};
  for (const { path, html } of pages) byPath[path] = [...new Set(inlineScriptHashes(html))];
  const sets = Object.values(byPath).map((h) => new Set(h));
  const everyPage = [...(sets[0] ?? [])].filter((h) => sets.every((s) => s.has(h)));
  return { pages: byPath, perRequest: [...new Set([...everyPage, ...(byPath[notFoundPath] ?? [])])] };
}
