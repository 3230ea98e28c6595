import { readFileSync, writeFileSync } from 'node:fs';

/** Rewrites each page file in place with `rewrite`; returns how many it changed. Safe to run twice if `rewrite` is. */
export function rewritePages(pages: readonly string[], rewrite: (html: string, file: string) => string): number {
  let changed = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const rewritten = rewrite(html, page);
    if (rewritten === html) continue;
    writeFileSync(page, rewritten);
    changed += 1;
  }
  return changed;
}
