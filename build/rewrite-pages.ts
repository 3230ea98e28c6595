// The post-build steps that rewrite prerendered pages (docs/performance.md). Each step says how many of the
// things it rewrites a page must hold, judged from the page as Next wrote it, and how many it found: when the two
// differ, Next's or React's output has changed shape and the build fails, naming the step and the page, rather
// than ship pages a step silently skipped.
import { readFileSync, writeFileSync } from 'node:fs';

export interface PageRewrite {
  html: string;
  /** How many of the step's things the page holds, rewritten now or by an earlier run. */
  found: number;
}

export interface PageStep {
  name: string;
  /** What `found` counts, for messages ("markup hosts"). */
  counts: string;
  /** How many of them the page must hold. */
  expected(html: string): number;
  rewrite(html: string, file: string): PageRewrite;
}

export class PostBuildError extends Error {
  override name = 'PostBuildError';
  constructor(step: string, message: string) {
    super(`post-build step ${step}: ${message}`);
  }
}

/**
 * Rewrites each page file in place with the step; fails on the first page whose count is off. Safe to run twice.
 * Counts the pages it wrote (`changed`) and the things found over all pages.
 */
export function rewritePages(step: PageStep, pages: readonly string[]): { step: string; pages: number; changed: number; found: number } {
  let changed = 0;
  let found = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const expected = step.expected(html);
    const result = step.rewrite(html, page);
    if (result.found !== expected) {
      throw new PostBuildError(
        step.name,
        `${page}: the page holds ${expected} ${step.counts}, the step found ${result.found}: Next's output has changed shape (docs/performance.md)`,
      );
    }
    found += result.found;
    if (result.html === html) continue;
    writeFileSync(page, result.html);
    changed += 1;
  }
  return { step: step.name, pages: pages.length, changed, found };
}
