import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostBuildError, rewritePages, type PageStep } from './rewrite-pages';

describe('rewritePages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  // Rewrites "old" to "new" and expects one of either on a page that says "must".
  const step = (seen: string[]): PageStep => ({
    name: 'test-step',
    counts: 'words',
    expected: (html) => (html.includes('must') ? 1 : 0),
    rewrite: (html, file) => {
      seen.push(file);
      return { html: html.replace('old', 'new'), found: (html.match(/old|new/g) ?? []).length };
    },
  });

  it('writes only the pages the rewrite changes, passing each its file name, and counts pages and finds', () => {
    dir = mkdtempSync(join(tmpdir(), 'rewrite-'));
    const pages = ['a.html', 'b.html', 'c.html'].map((name) => join(dir, name));
    writeFileSync(pages[0] ?? '', '<p>must old</p>');
    writeFileSync(pages[1] ?? '', '<p>must new</p>');
    writeFileSync(pages[2] ?? '', '<p>nothing</p>');
    const seen: string[] = [];
    expect(rewritePages(step(seen), pages)).toEqual({ step: 'test-step', pages: 3, changed: 1, found: 2 });
    expect(seen).toEqual(pages);
    expect(pages.map((page) => readFileSync(page, 'utf8'))).toEqual(['<p>must new</p>', '<p>must new</p>', '<p>nothing</p>']);
    expect(rewritePages(step([]), pages)).toEqual({ step: 'test-step', pages: 3, changed: 0, found: 2 });
  });

  it('fails naming the step and the page when a page holds fewer or more than it must, and writes nothing of that page', () => {
    dir = mkdtempSync(join(tmpdir(), 'rewrite-'));
    const missing = join(dir, 'missing.html');
    writeFileSync(missing, '<p>must</p>');
    expect(() => rewritePages(step([]), [missing])).toThrow(PostBuildError);
    expect(() => rewritePages(step([]), [missing])).toThrow(
      `post-build step test-step: ${missing}: the page holds 1 words, the step found 0: Next's output has changed shape`,
    );
    const extra = join(dir, 'extra.html');
    writeFileSync(extra, '<p>old old</p>');
    expect(() => rewritePages(step([]), [extra])).toThrow('the page holds 0 words, the step found 2');
    expect(readFileSync(extra, 'utf8')).toBe('<p>old old</p>');
  });
});
