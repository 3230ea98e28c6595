// The export's header files for static hosts, written after the export by build/write-page-policies.ts from the
// headers lib/site/content-security.ts defines: `_headers` for Netlify and Cloudflare Pages, and an nginx include.

import {
  COMMON_HEADERS,
  EMBED_POLICY,
  PAGE_HEADERS,
  pagePolicy,
  responseHeaders,
  type HeaderRule,
  type PagePolicies,
} from '../lib/site/content-security';
import { pathPatternSource, SHARED_PATHS } from '../lib/site/routes';

/** The paths a static host serves a page file at: /trade from trade.html, and the file's own name. */
export function staticPagePaths(file: string): string[] {
  const bare = `/${file.replace(/\.html$/, '')}`;
  if (bare === '/index') return ['/', '/index.html'];
  return [bare, `${bare}.html`];
}

/**
 * The export's `_headers` file, as Netlify and Cloudflare Pages read it: the common headers for everything, each
 * page's own policy at its paths, and the shared resources' cross-origin rules. No header is set by two rules, since
 * these hosts join such values with commas, which would make two policies of one.
 */
export function headersFile(policies: PagePolicies, pagePaths: ReadonlyArray<{ file: string; path: string }>): string {
  const rule = (path: string, headers: readonly HeaderRule[]): string =>
    [path, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join('\n');
  // Only what the common rule does not set already, for the reason above.
  const ownRule = (path: string, sample: string, hashes: readonly string[]): string =>
    rule(
      path,
      responseHeaders(sample, pagePolicy(hashes)).filter((h) => !COMMON_HEADERS.some((c) => c.key === h.key)),
    );
  const rules = [rule('/*', COMMON_HEADERS), rule('/_next/*', [{ key: 'Cross-Origin-Resource-Policy', value: 'same-origin' }])];
  for (const { file, path } of pagePaths) {
    for (const at of staticPagePaths(file)) rules.push(ownRule(at, at, policies.pages[path] ?? []));
  }
  for (const pattern of Object.values(SHARED_PATHS)) {
    rules.push(ownRule(pattern, pattern.replace('*', 'x').replace(':id', 'x').replace(':file', 'x'), []));
  }
  return `# Written by build/write-page-policies.ts after the export: do not edit.\n${rules.join('\n')}\n`;
}

function nginxString(value: string): string {
  return `"${value.replace(/["\\$]/g, (c) => `\\${c}`)}"`;
}

/**
 * An nginx include with the same headers: maps from the request's path to each header, for the http block, and
 * the add_header lines to copy into the server block that serves the export (its first lines say so).
 */
export function nginxConf(policies: PagePolicies, pagePaths: ReadonlyArray<{ file: string; path: string }>, notFoundPath: string): string {
  const regex = (...patterns: string[]): string => `~${patterns.map(pathPatternSource).join('|')}`;
  const embeds = regex(SHARED_PATHS.embeds);
  const shared = regex(...Object.values(SHARED_PATHS));
  const readable = regex(SHARED_PATHS.data, SHARED_PATHS.oembedRecords, SHARED_PATHS.figureFiles);
  const csp = [`  default ${nginxString(pagePolicy(policies.pages[notFoundPath] ?? []))};`, `  ${embeds} ${nginxString(EMBED_POLICY)};`];
  for (const { file, path } of pagePaths) {
    for (const at of staticPagePaths(file)) csp.push(`  ${nginxString(at)} ${nginxString(pagePolicy(policies.pages[path] ?? []))};`);
  }
  const pageOnly = PAGE_HEADERS.map(({ key }) => key);
  const lines = [
    '# Written by build/write-page-policies.ts after the export: do not edit.',
    '# In the http block: include /path/to/out/nginx-headers.conf;',
    '# In the server block that serves out/, these lines:',
    ...COMMON_HEADERS.map(({ key, value }) => `#   add_header ${key} ${nginxString(value)} always;`),
    '#   add_header Content-Security-Policy $bluebook_csp always;',
    ...pageOnly.map((key) => `#   add_header ${key} $bluebook_${key.toLowerCase().replace(/-/g, '_')} always;`),
    '#   add_header Cross-Origin-Resource-Policy $bluebook_corp always;',
    '#   add_header Access-Control-Allow-Origin $bluebook_acao always;',
    'map $uri $bluebook_csp {',
    ...csp,
    '}',
    ...PAGE_HEADERS.flatMap(({ key, value }) => [
      `map $uri $bluebook_${key.toLowerCase().replace(/-/g, '_')} {`,
      `  default ${nginxString(value)};`,
      `  ${embeds} "";`,
      '}',
    ]),
    'map $uri $bluebook_corp {',
    '  default "same-origin";',
    `  ${shared} "cross-origin";`,
    '}',
    'map $uri $bluebook_acao {',
    '  default "";',
    `  ${readable} "*";`,
    '}',
    '',
  ];
  return lines.join('\n');
}
