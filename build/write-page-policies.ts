// Post-build step, always run last (after any step that rewrites the pages' scripts): hashes every prerendered
// page's inline scripts into its Content-Security-Policy, for proxy.ts under `next start` and for the export's hosts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pagePolicies, type PagePolicies } from '../lib/site/content-security';
import { headersFile, nginxConf, staticPagePaths } from './host-headers';
import { hasReactRuntime, htmlFilesIn, type BuildKind, type BuildLayout } from './build-layout';
import { isScriptFree } from './script-free-pages';
import { PostBuildError } from './rewrite-pages';

export function writePagePolicies(kind: BuildKind, layout: BuildLayout, root: string): { pages: number; hashes: number; files: string[] } {
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
