import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PostBuildError } from './rewrite-pages';
import {
  addCompileHints,
  COMPILE_HINT,
  routeStatsScriptPaths,
  scriptsWithoutHint,
  startupScriptPaths,
  withCompileHint,
} from './compile-hints';

const PAGE = [
  '<!DOCTYPE html><html><head>',
  '<script src="/_next/static/chunks/framework.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="/_next/static/chunks/app.js?v=1" async=""></script>',
  '<script src="https://example.org/x.js"></script>',
  '<script src="/_next/static/../../secret.js"></script>',
  '<script>self.__next_f.push([1,"x"])</script>',
  '</head><body></body></html>',
].join('');

describe('startupScriptPaths', () => {
  it('lists the module scripts under /_next/static/, without the nomodule fallback, other origins or inline scripts', () => {
    expect(startupScriptPaths(PAGE)).toEqual(['chunks/framework.js', 'chunks/app.js']);
  });

  it('refuses a path that climbs out of the static directory', () => {
    expect(startupScriptPaths('<script src="/_next/static/chunks/../../../etc/passwd.js"></script>')).toEqual([]);
  });
});

describe('withCompileHint', () => {
  it('puts the hint on the first line, once', () => {
    const once = withCompileHint('(()=>{})();');
    expect(once).toBe(`${COMPILE_HINT}(()=>{})();`);
    expect(withCompileHint(once)).toBe(once);
  });
});

describe('addCompileHints', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function build(files: Record<string, string>): { htmlDir: string; staticDir: string } {
    dir = mkdtempSync(join(tmpdir(), 'hints-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), text);
    }
    return { htmlDir: join(dir, 'app'), staticDir: join(dir, 'static') };
  }

  it('marks the scripts that pages load at start and leaves the rest alone, also when run twice', () => {
    const layout = build({
      'app/index.html': '<script src="/_next/static/chunks/a.js" async=""></script>',
      'app/data/page.html':
        '<script src="/_next/static/chunks/b.js" async=""></script><script src="/_next/static/chunks/a.js" async=""></script>',
      'static/chunks/a.js': 'A',
      'static/chunks/b.js': 'B',
      'static/chunks/lazy-chart.js': 'C',
    });
    expect(addCompileHints(layout)).toEqual({ pages: 2, scripts: ['chunks/a.js', 'chunks/b.js'] });
    addCompileHints(layout);
    expect(readFileSync(join(layout.staticDir, 'chunks/a.js'), 'utf8')).toBe(`${COMPILE_HINT}A`);
    expect(readFileSync(join(layout.staticDir, 'chunks/b.js'), 'utf8')).toBe(`${COMPILE_HINT}B`);
    expect(readFileSync(join(layout.staticDir, 'chunks/lazy-chart.js'), 'utf8')).toBe('C');
  });

  it('names the start-up scripts a build left without the hint', () => {
    const layout = build({
      'app/index.html': '<script src="/_next/static/chunks/a.js"></script><script src="/_next/static/chunks/b.js"></script>',
      'static/chunks/a.js': `${COMPILE_HINT}A`,
      'static/chunks/b.js': 'B',
    });
    expect(scriptsWithoutHint(layout)).toEqual(['chunks/b.js']);
    addCompileHints(layout);
    expect(scriptsWithoutHint(layout)).toEqual([]);
  });

  it('fails with the file name when a page loads a script the build lacks', () => {
    const layout = build({ 'app/index.html': '<script src="/_next/static/chunks/gone.js"></script>', 'static/chunks/a.js': 'A' });
    expect(() => addCompileHints(layout)).toThrow(PostBuildError);
    expect(() => addCompileHints(layout)).toThrow(/chunks[/\\]gone\.js: a page loads this script, but the build has no such file/);
  });

  it('also marks the first-load scripts of pages rendered per request, from the route stats', () => {
    const layout = build({
      'app/index.html': '<script src="/_next/static/chunks/a.js"></script>',
      'stats.json': JSON.stringify([{ route: '/compare', firstLoadChunkPaths: ['STATIC/chunks/a.js', 'STATIC/chunks/compare.js'] }]),
      'static/chunks/a.js': 'A',
      'static/chunks/compare.js': 'C',
    });
    const stats = join(dir, 'stats.json');
    writeFileSync(stats, readFileSync(stats, 'utf8').replaceAll('STATIC', layout.staticDir.split(sep).join('/')));
    expect(addCompileHints({ ...layout, routeStatsFile: stats }).scripts).toEqual(['chunks/a.js', 'chunks/compare.js']);
    expect(readFileSync(join(layout.staticDir, 'chunks/compare.js'), 'utf8')).toBe(`${COMPILE_HINT}C`);
    const absent = join(dir, 'absent.json');
    expect(() => addCompileHints({ ...layout, routeStatsFile: absent })).toThrow(`${absent}: missing`);
    expect(addCompileHints(layout).scripts).toEqual(['chunks/a.js']);
  });

  it('fails when there is no build', () => {
    const layout = build({ 'static/chunks/a.js': 'A' });
    mkdirSync(layout.htmlDir);
    expect(() => addCompileHints(layout)).toThrow(/no prerendered pages/);
  });
});

describe('routeStatsScriptPaths', () => {
  it('turns chunk paths into paths under the static directory', () => {
    const json = JSON.stringify([{ route: '/compare', firstLoadChunkPaths: ['.next/static/chunks/x.js'] }]);
    expect(routeStatsScriptPaths(json, 'stats.json', join('.next', 'static'))).toEqual(['chunks/x.js']);
  });

  it('refuses malformed stats and chunks outside the static directory, naming the file', () => {
    expect(() => routeStatsScriptPaths('{', 'stats.json', '.next/static')).toThrow('stats.json: not JSON');
    expect(() => routeStatsScriptPaths('[{"route":"/"}]', 'stats.json', '.next/static')).toThrow(
      'stats.json: not a list of routes with firstLoadChunkPaths',
    );
    for (const chunk of ['/etc/passwd.js', '.next/static/../../x.js', '.next/static/chunks/a.css']) {
      const json = JSON.stringify([{ route: '/', firstLoadChunkPaths: [chunk] }]);
      expect(() => routeStatsScriptPaths(json, 'stats.json', '.next/static'), chunk).toThrow(
        `stats.json: chunk ${chunk} is not a script under .next/static`,
      );
    }
  });
});
