// Marks the scripts every page runs at start-up for eager compilation (V8's explicit compile hints, Chrome 136+;
// other browsers read the line as a comment). Without it V8 compiles each function lazily, on the main thread, when
// React and the router first call it; with it, V8 compiles them on a background thread while the file streams in
// (docs/performance.md). Only start-up scripts are marked: the chart
// code loaded on hover stays lazy, since most of it never runs.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { z } from 'zod';
import { hasReactRuntime, htmlFilesIn, type BuildLayout } from './build-layout';
import { AFTER_PAINT_ATTRIBUTE } from './paint-first';
import { PostBuildError } from './rewrite-pages';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

const STATIC_PREFIX = '/_next/static/';

/**
 * Paths under `/_next/static/` of the scripts a page's HTML loads at start: module scripts, or those its loader
 * runs after the first paint (build/paint-first.ts); not the `nomodule` fallback.
 */
export function startupScriptPaths(html: string): string[] {
  const paths: string[] = [];
  const afterPaint = new RegExp(`\\b${AFTER_PAINT_ATTRIBUTE}="([^"]*)"`, 'i');
  for (const [, attributes = ''] of html.matchAll(/<script\b([^>]*)>/gi)) {
    if (/\bnomodule\b/i.test(attributes)) continue;
    const listed = afterPaint.exec(attributes)?.[1]?.split(' ') ?? [/\bsrc="([^"]+)"/i.exec(attributes)?.[1]];
    for (const src of listed) {
      if (!src?.startsWith(STATIC_PREFIX)) continue;
      const path = src.slice(STATIC_PREFIX.length).split(/[?#]/)[0] ?? '';
      if (path.endsWith('.js') && !path.split('/').includes('..')) paths.push(path);
    }
  }
  return paths;
}

/** The script with the hint as its first line; unchanged if it already has it. */
export function withCompileHint(source: string): string {
  return source.startsWith(COMPILE_HINT) ? source : COMPILE_HINT + source;
}

const routeStatsSchema = z.array(z.object({ route: z.string(), firstLoadChunkPaths: z.array(z.string()) }));

/** First-load chunks of every route in Next's route stats, as paths under the static directory. */
export function routeStatsScriptPaths(json: string, file: string, staticDir: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new PostBuildError('compile-hints', `${file}: not JSON`);
  }
  const stats = routeStatsSchema.safeParse(parsed);
  if (!stats.success) throw new PostBuildError('compile-hints', `${file}: not a list of routes with firstLoadChunkPaths`);
  const prefix = staticDir.split(sep).join('/') + '/';
  return stats.data.flatMap(({ firstLoadChunkPaths }) =>
    firstLoadChunkPaths.map((chunk) => {
      const path = chunk.split(sep).join('/');
      if (!path.startsWith(prefix) || path.split('/').includes('..') || !path.endsWith('.js')) {
        throw new PostBuildError('compile-hints', `${file}: chunk ${chunk} is not a script under ${staticDir}`);
      }
      return path.slice(prefix.length);
    }),
  );
}

function readRouteStats(file: string | undefined, staticDir: string): string[] {
  if (!file) return [];
  // Skipping it would leave the pages rendered per request unmarked, and nothing would say so.
  if (!existsSync(file)) throw new PostBuildError('compile-hints', `${file}: missing; \`next build\` writes it (has Next changed where?)`);
  return routeStatsScriptPaths(readFileSync(file, 'utf8'), file, staticDir);
}

function readStartupScripts({ htmlDir, staticDir, routeStatsFile, staticDirInRouteStats }: BuildLayout): {
  pages: number;
  scripts: { path: string; file: string; source: string }[];
} {
  const pages = htmlFilesIn(htmlDir);
  if (pages.length === 0) throw new PostBuildError('compile-hints', `no prerendered pages in ${htmlDir}; run the build first`);
  const fromPages = pages.flatMap((page) => {
    const html = readFileSync(page, 'utf8');
    const paths = startupScriptPaths(html);
    // A page that boots React but lists no start-up script means Next now writes them some other way.
    if (paths.length === 0 && hasReactRuntime(html)) {
      throw new PostBuildError('compile-hints', `${page}: the page boots React but loads no start-up script this step can read`);
    }
    return paths;
  });
  const paths = [...new Set([...fromPages, ...readRouteStats(routeStatsFile, staticDirInRouteStats ?? staticDir)])].sort();
  const scripts = paths.map((path) => {
    const file = join(staticDir, path);
    try {
      return { path, file, source: readFileSync(file, 'utf8') };
    } catch {
      throw new PostBuildError('compile-hints', `${file}: a page loads this script, but the build has no such file`);
    }
  });
  return { pages: pages.length, scripts };
}

/** Adds the hint to every start-up script of every page; safe to run twice. */
export function addCompileHints(layout: BuildLayout): { pages: number; scripts: string[] } {
  const { pages, scripts } = readStartupScripts(layout);
  for (const { file, source } of scripts) {
    const hinted = withCompileHint(source);
    if (hinted !== source) writeFileSync(file, hinted);
  }
  return { pages, scripts: scripts.map((s) => s.path) };
}

/** Start-up scripts that lack the hint: a build that skipped the step, or one replaced since (e.g. by the export). */
export function scriptsWithoutHint(layout: BuildLayout): string[] {
  return readStartupScripts(layout)
    .scripts.filter((s) => !s.source.startsWith(COMPILE_HINT))
    .map((s) => s.path);
}
