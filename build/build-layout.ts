// Where a build keeps its prerendered pages and scripts: `next build` in .next/, the static export in out/.
// Not from the Adapter API's outputs: with an adapter, `next start` serves none of the pages (docs/architecture.md).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export type BuildKind = '.next' | 'out';

export interface BuildLayout {
  /** Where the prerendered pages are (searched recursively for .html). */
  htmlDir: string;
  /** The directory served as `/_next/static/`. */
  staticDir: string;
  /**
   * Next's per-route list of first-load chunks, for pages rendered per request, which have no
   * prerendered HTML to read (`/compare` under `next start`). The static export has none.
   */
  routeStatsFile?: string;
  /** The static directory as the route stats name it: relative to the project that was built. */
  staticDirInRouteStats?: string;
}

/** The layout of a build of the project at `root` (the project itself unless the bench builds a copy). */
export function buildLayout(kind: BuildKind, root = '.'): BuildLayout {
  return kind === '.next'
    ? {
        htmlDir: join(root, '.next', 'server', 'app'),
        staticDir: join(root, '.next', 'static'),
        routeStatsFile: join(root, '.next', 'diagnostics', 'route-bundle-stats.json'),
        staticDirInRouteStats: join('.next', 'static'),
      }
    : { htmlDir: join(root, 'out'), staticDir: join(root, 'out', '_next', 'static') };
}

export function htmlFilesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name))
    .sort();
}

/** A page that boots React: Next's inline payload bootstrap. Error pages and every app page have one. */
export function hasReactRuntime(html: string): boolean {
  return html.includes('self.__next_f');
}
