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
 * build/write-compare-routes.ts before each build), so a shared comparison is not rendered per request; a
 * /compare that names none of the three (the header's link) by the prerendered page with nothing chosen.
 * Any other query, or a build without the file, falls through to the page that renders per request. proxy.ts
 * picks the same page (lib/figures/compare.ts, compareTarget) to send that page's script policy.
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
    has: Object.entries({ dataset, a, b }).map(([key, value]) => ({ type: /** @type {const} */ ('query'), key, value: exactly(value) })),
    destination: path,
  }));
  return [nothingChosen, ...pairs];
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The address absolute URLs are built from (lib/site/routes.ts), fixed at build time for the pages rendered per
  // request too, so that they agree with the prerendered ones whatever the server's environment.
  env: { SITE_URL: process.env.SITE_URL ?? '' },
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
        // Headers and the oEmbed endpoint are proxy.ts's: it sends each page's script policy.
        redirects: async () => compareRedirects(),
        rewrites: async () => ({ beforeFiles: compareRewrites(), afterFiles: [], fallback: [] }),
      }),
};

module.exports = nextConfig;
