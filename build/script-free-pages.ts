// A page whose every client component is passive (a host for static markup, the hydration mark, Next's own
// boundaries) needs no script to do what it does: its numbers, tables, links and citation popovers are HTML and CSS,
// and Escape on a popover and the copy buttons are the site's inline script. React there would only start up and
// hydrate, which is the whole of the gap between such a page and the same HTML without script (docs/performance.md).
// This step takes Next's scripts off those pages (every page but the topic pages' charts and the comparisons'
// controls today). A link from a script-free page is an ordinary navigation.

import { PostBuildError, type PageRewrite, type PageStep } from './rewrite-pages';
import { SITE_SCRIPT_ATTRIBUTE } from '../lib/site/page-scripts';
import { hasReactRuntime } from './build-layout';

/** On `<html>` of a page this step took the scripts off; the e2e tests read it as the page being ready. */
export const SCRIPT_FREE_ATTRIBUTE = 'data-script-free';

export function isScriptFree(html: string): boolean {
  return html.includes(`${SCRIPT_FREE_ATTRIBUTE}=""`);
}

/**
 * Client components that do nothing a reader sees or uses once the server's HTML is there. `default` is Next's
 * router and boundaries: none of the site's client components is a default export (a test holds that).
 */
export const PASSIVE_CLIENT_COMPONENTS: ReadonlySet<string> = new Set([
  'MarkupHost',
  'InteractiveMarker',
  'default',
  'OutletBoundary',
  'IconMark',
  'MetadataBoundary',
  'ViewportBoundary',
]);

/**
 * Client components that act only when the reader does something: point at or focus a chart, press one of its
 * tools, change a picker. A page whose other client components are all passive starts React at the reader's first
 * input (build/paint-first.ts); every one of them copes with an input made before it hydrated.
 */
export const ON_INPUT_CLIENT_COMPONENTS: ReadonlySet<string> = new Set(['LiveChartSwap', 'ChartTools', 'CompareControls']);

// A client reference in the inline payload: `1b:I[84849,["…"],"MarkupHost"]`.
const CLIENT_REFERENCE = /[0-9a-f]+:I\[\d+,\[[^\]]*\],\\"(\$[0-9a-f]+|[A-Za-z_][\w$]*)\\"/g;
// A name the payload has outlined as a row of its own (`1c:"InteractiveMarker"`), referenced as `"$1c"`.
const TEXT_ROW = /(?:\\n|\[1,")([0-9a-f]+):\\"([A-Za-z_][\w$]*)\\"/g;

/** The names of the client components a page's inline payload references, in order of first use. */
export function clientComponents(html: string): string[] {
  const texts = new Map([...html.matchAll(TEXT_ROW)].map((match) => [`$${match[1]}`, match[2] ?? '']));
  return [...new Set([...html.matchAll(CLIENT_REFERENCE)].map(([, name = '']) => texts.get(name) ?? name))];
}

/**
 * Whether a page that boots React needs it only once the reader does something: it has client components that
 * act on input and none but those and passive ones. (A page of passive ones only that kept React is Next's own.)
 */
export function startsOnInput(html: string): boolean {
  const components = clientComponents(html);
  return (
    components.some((name) => ON_INPUT_CLIENT_COMPONENTS.has(name)) &&
    components.every((name) => PASSIVE_CLIENT_COMPONENTS.has(name) || ON_INPUT_CLIENT_COMPONENTS.has(name))
  );
}

// Next's scripts as it writes them: start-up scripts (async, or already behind the paint-first loader) and the
// nomodule fallback, the runtime's bootstrap and the payload; and its preloads of scripts.
const NEXT_SCRIPT =
  /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*><\/script>|<script data-after-paint="[^"]*">[\s\S]*?<\/script>|<script id="_R_">\(globalThis\["TURBOPACK"\][\s\S]*?<\/script>|<script>\(?self\.__next_f[\s\S]*?<\/script>/g;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*\/?>/g;
const KEPT_SCRIPT = new RegExp(`^<script\\b[^>]*\\s(?:${SITE_SCRIPT_ATTRIBUTE}[\\s=>]|type="application/ld\\+json")`);

/** Every script element of the page that is neither the site's own nor a data block. */
function foreignScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !KEPT_SCRIPT.test(tag));
}

/**
 * The page without Next's scripts when every client component it uses is passive; unchanged otherwise. `found` is 1
 * for a page whose client references were read (every page that boots React has some), or one already script-free.
 */
export function withoutScriptsIfPassive(html: string, file: string): PageRewrite {
  if (isScriptFree(html)) return { html, found: 1 };
  const components = clientComponents(html);
  const found = components.length > 0 ? 1 : 0;
  // Next's own pages (the global error page) are not the site's layout, and are left as Next made them.
  const ofSiteLayout = html.includes(`${SITE_SCRIPT_ATTRIBUTE}=""`);
  if (found === 0 || !ofSiteLayout || !hasReactRuntime(html) || components.some((name) => !PASSIVE_CLIENT_COMPONENTS.has(name)))
    return { html, found };
  const stripped = html
    .replace(NEXT_SCRIPT, '')
    .replace(SCRIPT_PRELOAD, '')
    .replace(/^(<!DOCTYPE html>)?<html\b/i, (start) => `${start} ${SCRIPT_FREE_ATTRIBUTE}=""`);
  const left = foreignScripts(stripped);
  if (left.length > 0 || hasReactRuntime(stripped)) {
    throw new PostBuildError('script-free', `${file}: a script of Next's in a form this step does not know: ${left[0] ?? 'self.__next_f'}`);
  }
  if (!isScriptFree(stripped)) throw new PostBuildError('script-free', `${file}: no <html> element to mark`);
  return { html: stripped, found };
}

/**
 * Fails when the 404 page, which has no client component of its own, kept React's scripts: a passive component
 * this step does not know would leave every page using it with React, and nothing else would say so.
 */
export function checkNotFoundPage(pages: readonly string[], read: (file: string) => string): void {
  const notFound = pages.find((page) => /(^|\/)(_not-found|404)\.html$/.test(page));
  if (notFound && !isScriptFree(read(notFound))) {
    throw new PostBuildError(
      'script-free',
      `${notFound}: the 404 page has no client component of its own, yet kept React's scripts: does it use one this step does not know?`,
    );
  }
}

export const SCRIPT_FREE: PageStep = {
  name: 'script-free',
  counts: 'readable lists of client components',
  expected: (html) => (hasReactRuntime(html) || isScriptFree(html) ? 1 : 0),
  rewrite: withoutScriptsIfPassive,
};
