// @ts-check

const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const staticExport = process.env.STATIC_EXPORT === '1';

/** @param {string} text */
const exactly = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @returns {{ dataset: string, a: string, b: string, path: string }[]} the pairs prerendered by this build, if any */
function compareRoutes() {
  const file = join(__dirname, '.generated', 'compare-routes.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
}

/** @param {string} path a path matched literally by a redirect's source (path-to-regexp) */
const literalPath = (path) => path.replace(/[:()*+?{}\\]/g, '\\$&');

/**
 * The prerendered pages' own paths are not addresses of the site: each comparison has one address, its query.
 * A reader who lands on one (copied from a log, say) is sent to the query it stands for, and /compare/choose
 * to /compare. Redirects match the address as requested, before the rewrites (compareRewrites) map a query to its page.
 * @returns {import('next').Redirect[]}
 */
function compareRedirects() {
  const pairs = compareRoutes().map(({ dataset, a, b, path }) => ({
    source: literalPath(path),
    destination: `/compare?${new URLSearchParams({ dataset, a, b })}`,
    permanent: true,
  }));
  return [{ source: '/compare/choose', destination: '/compare', permanent: true }, ...pairs];
}

/**
 * /compare?dataset=…&a=…&b=… served by the prerendered page of that pair (written by
 * scripts/write-compare-routes.ts before each build), so a shared comparison is not rendered per request; a
 * /compare that names none of the three (the header's link) by the prerendered page with nothing chosen.
 * Any other query, or a build without the file, falls through to the page that renders per request.
 * @returns {import('next').Rewrite[]}
 */
function compareRewrites() {
  /** @type {import('next').Rewrite} */
  const nothingChosen = {
    source: '/compare',
    missing: ['dataset', 'a', 'b'].map((key) => ({ type: /** @type {const} */ ('query'), key })),
    destination: '/compare/choose',
  };
  const pairs = compareRoutes().map(({ dataset, a, b, path }) => ({
    source: '/compare',
    has: [
      { type: /** @type {const} */ ('query'), key: 'dataset', value: exactly(dataset) },
      { type: /** @type {const} */ ('query'), key: 'a', value: exactly(a) },
      { type: /** @type {const} */ ('query'), key: 'b', value: exactly(b) },
    ],
    destination: path,
  }));
  return [nothingChosen, ...pairs];
}

// Next inlines the RSC payload as <script> tags whose contents differ per page, and React and recharts set
// style attributes; nonces would force every page to be rendered per request, which defeats the static build.
// So 'unsafe-inline' stays for scripts and styles, with no other origin and no 'unsafe-eval'.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  // No Cross-Origin-Opener-Policy: it isolates a window from cross-origin openers and popups, which matters
  // for pages holding secrets; this site has none (public figures, no sign-in, no cookies), and with it every
  // navigation into the site got a fresh browsing context group, which cost far more than it guards
  // (docs/performance.md).
];

// An embed holds no script and loads nothing but itself and its inline styles; any site may frame it.
const embedHeaders = [
  {
    key: 'Content-Security-Policy',
    value: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'none'",
  },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The stylesheet stays a file (one cached request for the whole site) rather than experimental.inlineCss:
  // inlined, it was in each page's <style> and twice more in the RSC payload, and cost more than the request it
  // saves (docs/performance.md).
  ...(staticExport
    ? // `npm run export`: a fully static site in out/. distDir names only the export's output here: Next 16 still
      // builds it in .next/, replacing whatever build was there (README, The static site).
      { output: 'export', distDir: 'out', trailingSlash: false }
    : {
        async headers() {
          // The data files are for notebooks and pages elsewhere to read: any origin may fetch them; pages stay same-origin.
          const readableAnywhere = [{ key: 'Access-Control-Allow-Origin', value: '*' }];
          return [
            // Every page refuses to be framed but the embeds, which are made for it.
            { source: '/:path((?!embed/).*)', headers: securityHeaders },
            { source: '/embed/:chart', headers: embedHeaders },
            { source: '/oembed', headers: readableAnywhere },
            { source: '/oembed/:file', headers: readableAnywhere },
            { source: '/data/:file', headers: readableAnywhere },
            { source: '/figures/:id/:file', headers: readableAnywhere },
          ];
        },
        async redirects() {
          return compareRedirects();
        },
        async rewrites() {
          return { beforeFiles: compareRewrites(), afterFiles: [], fallback: [] };
        },
      }),
};

module.exports = nextConfig;
