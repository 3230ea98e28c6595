import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rewritePages } from './rewrite-pages';

describe('rewritePages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes only the pages the rewrite changes, passing each its file name, and counts them', () => {
    dir = mkdtempSync(join(tmpdir(), 'rewrite-'));
    const pages = ['a.html', 'b.html'].map((name) => join(dir, name));
    writeFileSync(pages[0] ?? '', '<p>old</p>');
    writeFileSync(pages[1] ?? '', '<p>new</p>');
    const seen: string[] = [];
    const rewrite = (html: string, file: string): string => {
      seen.push(file);
      return html.replace('old', 'new');
    };
    expect(rewritePages(pages, rewrite)).toBe(1);
    expect(seen).toEqual(pages);
    expect(pages.map((page) => readFileSync(page, 'utf8'))).toEqual(['<p>new</p>', '<p>new</p>']);
    expect(rewritePages(pages, rewrite)).toBe(0);
  });
});
