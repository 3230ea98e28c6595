import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PostBuildError } from './rewrite-pages';
import { SITE_SCRIPT_ATTRIBUTE } from '../lib/site/page-scripts';
import { startupScriptPaths } from './compile-hints';
import { scriptsAfterFirstPaint } from './paint-first';
import {
  checkNotFoundPage,
  clientComponents,
  isScriptFree,
  ON_INPUT_CLIENT_COMPONENTS,
  PASSIVE_CLIENT_COMPONENTS,
  SCRIPT_FREE,
  startsOnInput,
  withoutScriptsIfPassive,
} from './script-free-pages';

// A page as Next writes it, in the shapes of Next 16.0 and React 19.2: client references in the payload, one of them
// by a name outlined as a row of its own.
function page(references: string[]): string {
  const rows = references.map((name, i) => `${(i + 16).toString(16)}:I[${1000 + i},[\\"$3\\"],\\"${name}\\"]\\n`).join('');
  return [
    '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>',
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/app.js"/>',
    '<script src="/_next/static/chunks/framework.js" async=""></script>',
    '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
    `<script ${SITE_SCRIPT_ATTRIBUTE}="">(function(){})()</script>`,
    '<script type="application/ld+json">{"@type":"Dataset"}</script>',
    '</head><body><p>1,234</p>',
    '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>',
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>',
    `<script>self.__next_f.push([1,"${rows}1c:\\"InteractiveMarker\\"\\n1d:I[99913,[\\"$3\\"],\\"$1c\\"]\\n"])</script>`,
    '</body></html>',
  ].join('');
}

const PASSIVE = page(['default', 'MarkupHost', 'OutletBoundary']);
const WITH_CHART = page(['default', 'MarkupHost', 'LiveChartSwap']);

describe('clientComponents', () => {
  it('reads every client component the payload references, resolving a name outlined as a row', () => {
    expect(clientComponents(WITH_CHART)).toEqual(['default', 'MarkupHost', 'LiveChartSwap', 'InteractiveMarker']);
  });
});

describe('checkNotFoundPage', () => {
  const files: Record<string, string> = {
    'out/404.html': withoutScriptsIfPassive(PASSIVE, '404.html').html,
    'app/_not-found.html': PASSIVE,
    'app/trade.html': WITH_CHART,
  };
  const read = (file: string): string => files[file] ?? '';

  it('passes when the 404 page came out script-free, and when there is none', () => {
    expect(() => checkNotFoundPage(['out/404.html', 'app/trade.html'], read)).not.toThrow();
    expect(() => checkNotFoundPage(['app/trade.html'], read)).not.toThrow();
  });

  it('fails, naming the page, when the 404 page kept React', () => {
    expect(() => checkNotFoundPage(['app/trade.html', 'app/_not-found.html'], read)).toThrow(PostBuildError);
    expect(() => checkNotFoundPage(['app/_not-found.html'], read)).toThrow(
      "app/_not-found.html: the 404 page has no client component of its own, yet kept React's scripts",
    );
  });
});

describe('startsOnInput', () => {
  it('holds for a page whose client components act only on input, besides passive ones', () => {
    expect(startsOnInput(WITH_CHART)).toBe(true);
    expect(startsOnInput(page(['default', 'CompareControls', 'LiveChartSwap', 'ChartTools']))).toBe(true);
  });

  it('does not for a page with a component that acts at load (the static export draws its comparison), or none on input', () => {
    expect(startsOnInput(page(['default', 'CompareControls', 'CompareView']))).toBe(false);
    expect(startsOnInput(PASSIVE)).toBe(false);
    expect(startsOnInput('<p>no payload</p>')).toBe(false);
  });

  it('marks the start-up loader of such a page, and no other (build/paint-first.ts)', () => {
    expect(scriptsAfterFirstPaint(WITH_CHART, 'trade.html').html).toContain(' data-on-input=""');
    expect(scriptsAfterFirstPaint(page(['default', 'CompareView']), 'compare.html').html).not.toContain(' data-on-input=""');
  });
});

describe('withoutScriptsIfPassive', () => {
  const { html, found } = withoutScriptsIfPassive(PASSIVE, 'checks.html');

  it("takes every script of Next's and its script preloads off a page whose client components are all passive", () => {
    expect(found).toBe(1);
    expect(html).not.toMatch(/_next\/static\/[^"]*\.js|__next_f|TURBOPACK|as="script"/);
    expect(startupScriptPaths(html)).toEqual([]);
  });

  it("keeps the site's own inline scripts, data blocks and content, and marks the page", () => {
    for (const kept of [`<script ${SITE_SCRIPT_ATTRIBUTE}="">(function(){})()</script>`, 'application/ld+json', '<p>1,234</p>']) {
      expect(html).toContain(kept);
    }
    expect(html.startsWith('<!DOCTYPE html><html data-script-free="" lang="en">')).toBe(true);
    expect(isScriptFree(html)).toBe(true);
    expect(isScriptFree(PASSIVE)).toBe(false);
  });

  it('leaves a page with a client component that does something, and counts it', () => {
    expect(withoutScriptsIfPassive(WITH_CHART, 'trade.html')).toEqual({ html: WITH_CHART, found: 1 });
  });

  it("leaves a page not of the site's layout (Next's global error page)", () => {
    const nextOwn = PASSIVE.replace(`<script ${SITE_SCRIPT_ATTRIBUTE}="">(function(){})()</script>`, '');
    expect(withoutScriptsIfPassive(nextOwn, '_global-error.html')).toEqual({ html: nextOwn, found: 1 });
  });

  it('is safe to run twice, and after paint-first', () => {
    expect(withoutScriptsIfPassive(html, 'checks.html')).toEqual({ html, found: 1 });
    const afterPaint = scriptsAfterFirstPaint(PASSIVE, 'checks.html').html;
    expect(withoutScriptsIfPassive(afterPaint, 'checks.html').html).not.toMatch(/data-after-paint|_next\/static\/[^"]*\.js/);
  });

  it('finds nothing in a payload whose client references it cannot read, so that the step fails the build', () => {
    const unreadable = PASSIVE.replace(/:I\[/g, ':J[');
    expect(withoutScriptsIfPassive(unreadable, 'checks.html')).toEqual({ html: unreadable, found: 0 });
    expect(SCRIPT_FREE.expected(unreadable)).toBe(1);
  });

  it("refuses a script of Next's in a form it does not know, naming the page, rather than ship half a runtime", () => {
    const odd = PASSIVE.replace('</body>', '<script>self.__nextBoot()</script></body>');
    expect(() => withoutScriptsIfPassive(odd, 'app/checks.html')).toThrow(PostBuildError);
    expect(() => withoutScriptsIfPassive(odd, 'app/checks.html')).toThrow(
      "app/checks.html: a script of Next's in a form this step does not know: <script>",
    );
  });
});

describe('PASSIVE_CLIENT_COMPONENTS', () => {
  // `default` is taken for Next's router and boundaries; a client component of the site's exported as default would
  // be taken for passive and lose its script.
  it('holds no default export among the site client components, and only the passive ones by name', () => {
    const clientFiles: string[] = [];
    for (const dir of ['components', 'app']) {
      for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
        if (!/\.tsx?$/.test(name) || name.includes('.test.')) continue;
        const source = readFileSync(join(dir, name), 'utf8');
        if (source.startsWith("'use client'")) clientFiles.push(join(dir, name));
      }
    }
    expect(clientFiles.length).toBeGreaterThan(5);
    // app/error.tsx is Next's error boundary, which must be a default export; it shows only when a page throws.
    const defaults = clientFiles.filter((file) => file !== join('app', 'error.tsx') && /export default/.test(readFileSync(file, 'utf8')));
    expect(defaults).toEqual([]);
    const exported = clientFiles.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/export function (\w+)/g)].map((m) => m[1]));
    expect(exported.filter((name) => name !== undefined && PASSIVE_CLIENT_COMPONENTS.has(name)).sort()).toEqual([
      'InteractiveMarker',
      'MarkupHost',
    ]);
    // A renamed component would quietly put its pages back to starting React after the paint.
    for (const name of ON_INPUT_CLIENT_COMPONENTS) expect(exported, name).toContain(name);
  });
});
