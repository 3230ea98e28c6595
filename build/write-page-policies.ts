// Post-build step, always run last (after any step that rewrites the pages' scripts): hashes every prerendered
// page's inline scripts and writes each page's Content-Security-Policy where its server reads it. Under
// `next start`, .next/page-policies.json, which proxy.ts sends; in the export, out/_headers (Netlify, Cloudflare
// Pages) and out/nginx-headers.conf. A page with none of Next's scripts, where React's pages all have some, fails the step unless
// build/script-free-pages.ts took them off.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePolicies, type PagePolicies } from '../lib/site/content-security';
import { headersFile, nginxConf, staticPagePaths } from './host-headers';
import { hasReactRuntime, htmlFilesIn, type BuildKind, type BuildLayout } from './build-layout';
import { isScriptFree } from './script-free-pages';
import { PostBuildError } from './rewrite-pages';

export interface PolicyReport {
  pages: number;
  hashes: number;
  files: string[];
}

export function writePagePolicies(kind: BuildKind, layout: BuildLayout, root: string): PolicyReport {
  const pages = htmlFilesIn(layout.htmlDir).map((file) => {
    const name = relative(layout.htmlDir, file);
    const html = readFileSync(file, 'utf8');
    if (!hasReactRuntime(html) && !isScriptFree(html)) {
      throw new PostBuildError('page-policies', `${name}: no inline script of Next's found; has the shape of its pages changed?`);
    }
    return { file: name, path: staticPagePaths(name)[0] ?? name, html };
  });
  const notFound = kind === '.next' ? '/_not-found' : '/404';
  if (!pages.some((p) => p.path === notFound)) throw new PostBuildError('page-policies', `no 404 page at ${notFound}`);
  const policies: PagePolicies = pagePolicies(pages, notFound);
  const files: string[] = [];
  const write = (path: string, text: string): void => {
    writeFileSync(path, text);
    files.push(relative(root, path));
  };
  if (kind === '.next') {
    write(join(root, '.next', 'page-policies.json'), `${JSON.stringify(policies)}\n`);
  } else {
    write(join(layout.htmlDir, '_headers'), headersFile(policies, pages));
    write(join(layout.htmlDir, 'nginx-headers.conf'), nginxConf(policies, pages, notFound));
  }
  return { pages: pages.length, hashes: new Set(Object.values(policies.pages).flat()).size, files };
}
