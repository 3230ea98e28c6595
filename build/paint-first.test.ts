import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startupScriptPaths } from './compile-hints';
import {
  AFTER_PAINT_ATTRIBUTE,
  AFTER_PAINT_LOADER,
  INPUT_EVENTS,
  ON_INPUT_ATTRIBUTE,
  PAINT_FIRST,
  scriptsAfterFirstPaint,
} from './paint-first';
import { HYDRATED_ATTRIBUTE, NEEDS_REACT_ATTRIBUTE } from '../lib/site/page-scripts';
import { PostBuildError, rewritePages } from './rewrite-pages';

const PAGE = [
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/app.js"/>',
  '<script src="/_next/static/chunks/framework.js" async=""></script>',
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
  '<script src="/_next/static/chunks/app.js" async=""></script>',
  '</head><body><p>1,234</p><script>self.__next_f.push([1,"x"])</script></body></html>',
].join('');

describe('scriptsAfterFirstPaint', () => {
  const { html: out, found } = scriptsAfterFirstPaint(PAGE, 'index.html');

  it('replaces the start-up scripts with one loader, in the place of the first, that lists them in order', () => {
    expect(out).not.toMatch(/<script src="[^"]*" async="">/);
    expect(out).toContain(
      '<script data-after-paint="/_next/static/chunks/framework.js /_next/static/chunks/app.js">' +
        AFTER_PAINT_LOADER +
        '</script><script src="/_next/static/chunks/polyfills.js" noModule=""></script></head>',
    );
  });

  it("adds the loader once, drops Next's preload of a start-up script, and keeps the stylesheet, the nomodule fallback, inline scripts and content", () => {
    expect(out.split(AFTER_PAINT_LOADER)).toHaveLength(2);
    expect(found).toBe(1);
    expect(out).not.toContain('rel="preload"');
    expect(PAGE).toContain('rel="preload"');
    for (const kept of [
      '<link rel="stylesheet" href="/_next/static/chunks/a.css"/>',
      'noModule=""',
      '<script>self.__next_f.push([1,"x"])</script>',
      '<p>1,234</p>',
    ]) {
      expect(out).toContain(kept);
    }
  });

  it('still lists the same start-up scripts for the compile hints', () => {
    expect(startupScriptPaths(out)).toEqual(startupScriptPaths(PAGE));
    expect(startupScriptPaths(out)).toEqual(['chunks/framework.js', 'chunks/app.js']);
  });

  it('leaves a rewritten page, or one without start-up scripts, unchanged', () => {
    expect(scriptsAfterFirstPaint(out, 'index.html')).toEqual({ html: out, found: 1 });
    expect(scriptsAfterFirstPaint('<p>no script</p>', 'x.html')).toEqual({ html: '<p>no script</p>', found: 0 });
  });

  it('refuses a start-up script written in another form, naming the file, rather than run half the page early', () => {
    const odd = PAGE.replace('<script src="/_next/static/chunks/app.js" async="">', '<script async src="/_next/static/chunks/app.js">');
    expect(() => scriptsAfterFirstPaint(odd, 'app/trade.html')).toThrow(PostBuildError);
    expect(() => scriptsAfterFirstPaint(odd, 'app/trade.html')).toThrow(
      'app/trade.html: a start-up script in a form this step does not know: <script async src="/_next/static/chunks/app.js">',
    );
    const preload = '<link as="script" rel="preload" href="/_next/static/chunks/app.js"/>';
    expect(() => scriptsAfterFirstPaint(PAGE + preload, 'app/data.html')).toThrow(
      `app/data.html: a start-up script in a form this step does not know: ${preload}`,
    );
  });
});

describe('AFTER_PAINT_LOADER', () => {
  type PaintList = { getEntriesByName(name: string): unknown[] };
  interface FakeEvent {
    target: { closest?: (selector: string) => unknown };
    preventDefault: () => void;
    stopPropagation: () => void;
  }
  function runLoader(
    supportedEntryTypes: string[] | undefined,
    { onInput = false } = {},
  ): {
    appended: string[];
    paint: (name: string) => void;
    fire: (event: string, init?: FakeEvent) => void;
    listening: () => string[];
    hydrate: () => void;
    runQueuedTasks: () => void;
  } {
    const appended: string[] = [];
    let onPaint: ((list: PaintList, observer: { disconnect(): void }) => void) | undefined;
    const listeners: { type: string; run: (event?: FakeEvent) => void; capture: boolean }[] = [];
    const timers: { run: () => void; ms: number }[] = [];
    const observers: (() => void)[] = [];
    const html = new Set<string>();
    const window = {
      PerformanceObserver:
        supportedEntryTypes &&
        Object.assign(
          function (callback: typeof onPaint) {
            onPaint = callback;
            return { observe: () => undefined };
          },
          { supportedEntryTypes },
        ),
    };
    const document = {
      currentScript: {
        getAttribute: (name: string) => (name === AFTER_PAINT_ATTRIBUTE ? '/_next/static/a.js /_next/static/b.js' : null),
        hasAttribute: (name: string) => onInput && name === ON_INPUT_ATTRIBUTE,
      },
      documentElement: { hasAttribute: (name: string) => html.has(name) },
      createElement: () => ({ src: '' }),
      head: { appendChild: (script: { src: string }) => appended.push(script.src) },
    };
    const addEventListener = (type: string, run: () => void, options?: boolean | { capture?: boolean }): void => {
      listeners.push({ type, run, capture: options === true || (typeof options === 'object' && options.capture === true) });
    };
    const removeEventListener = (type: string, run: () => void, capture?: boolean): void => {
      const index = listeners.findIndex((l) => l.type === type && l.run === run && l.capture === (capture === true));
      if (index >= 0) listeners.splice(index, 1);
    };
    const setTimeout = (run: () => void, ms: number): void => {
      timers.push({ run, ms });
    };
    class MutationObserver {
      constructor(private readonly callback: (records: unknown[], observer: MutationObserver) => void) {}
      observe(): void {
        observers.push(() => this.callback([], this));
      }
      disconnect(): void {
        observers.length = 0;
      }
    }
    // The loader is a string of script for pages; running it here is the test.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
    new Function('window', 'document', 'addEventListener', 'removeEventListener', 'setTimeout', 'MutationObserver', AFTER_PAINT_LOADER)(
      window,
      document,
      addEventListener,
      removeEventListener,
      setTimeout,
      MutationObserver,
    );
    const runTimers = (due: (ms: number) => boolean): void => {
      for (let timer = timers.find((t) => due(t.ms)); timer; timer = timers.find((t) => due(t.ms))) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
    };
    return {
      appended,
      paint: (name) => onPaint?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect: () => undefined }),
      fire: (event, init) => {
        if (event === 'timeout') runTimers((ms) => ms >= 10_000);
        else for (const l of listeners.filter((l) => l.type === event)) l.run(init);
      },
      listening: () => listeners.map((l) => l.type),
      hydrate: () => {
        html.add(HYDRATED_ATTRIBUTE);
        for (const notify of [...observers]) notify();
      },
      runQueuedTasks: () => runTimers((ms) => ms === 0),
    };
  }

  it('requests the listed scripts when the first contentful paint is reported, once, and not before', () => {
    const page = runLoader(['paint', 'navigation']);
    page.fire('load');
    page.paint('first-paint');
    page.runQueuedTasks();
    expect(page.appended).toEqual([]);
    page.paint('first-contentful-paint');
    page.runQueuedTasks();
    expect(page.appended).toEqual(['/_next/static/a.js', '/_next/static/b.js']);
    page.fire('timeout');
    page.paint('first-contentful-paint');
    page.runQueuedTasks();
    expect(page.appended).toHaveLength(2);
  });

  it('requests one script per task, so that starting the requests is no long task of its own', () => {
    const page = runLoader(['paint']);
    page.paint('first-contentful-paint');
    expect(page.appended).toEqual(['/_next/static/a.js']);
    page.runQueuedTasks();
    expect(page.appended).toEqual(['/_next/static/a.js', '/_next/static/b.js']);
  });

  it('requests them after 10 s when no paint is reported (a tab opened in the background)', () => {
    const page = runLoader(['paint']);
    page.fire('timeout');
    page.runQueuedTasks();
    expect(page.appended).toEqual(['/_next/static/a.js', '/_next/static/b.js']);
  });

  it('requests them on load in a browser without paint timing', () => {
    for (const types of [undefined, ['navigation']]) {
      const page = runLoader(types);
      page.runQueuedTasks();
      expect(page.appended).toEqual([]);
      page.fire('load');
      page.runQueuedTasks();
      expect(page.appended).toEqual(['/_next/static/a.js', '/_next/static/b.js']);
    }
  });

  describe('on a page whose React starts at the first input', () => {
    it('requests nothing on paint, load or after any time, and the scripts at the first input of each kind, once', () => {
      for (const input of INPUT_EVENTS) {
        const page = runLoader(['paint'], { onInput: true });
        page.paint('first-contentful-paint');
        page.fire('load');
        page.fire('timeout');
        page.runQueuedTasks();
        expect(page.appended, input).toEqual([]);
        page.fire(input);
        page.runQueuedTasks();
        expect(page.appended, input).toEqual(['/_next/static/a.js', '/_next/static/b.js']);
        // Listening stops at the first input: scrolling a page on does not run the loader again.
        expect(page.listening(), input).toEqual(['click']);
        for (const again of INPUT_EVENTS) page.fire(again);
        page.runQueuedTasks();
        expect(page.appended, input).toHaveLength(2);
      }
    });

    it('holds a click on a button that needs React until the page has hydrated, then makes it again', () => {
      const page = runLoader(['paint'], { onInput: true });
      const clicks: string[] = [];
      const button = { click: () => clicks.push('again') };
      const event = {
        target: { closest: (selector: string) => (selector === `[${NEEDS_REACT_ATTRIBUTE}] button` ? button : null) },
        preventDefault: () => clicks.push('prevented'),
        stopPropagation: () => clicks.push('stopped'),
      };
      page.fire('click', event);
      page.runQueuedTasks();
      expect(clicks).toEqual(['prevented', 'stopped']);
      expect(page.appended).toEqual(['/_next/static/a.js', '/_next/static/b.js']);
      page.hydrate();
      expect(clicks).toEqual(['prevented', 'stopped', 'again']);
      // Once hydrated, clicks (the one made again among them) pass.
      page.fire('click', event);
      expect(clicks).toHaveLength(3);
    });

    it('lets every other click through untouched', () => {
      const page = runLoader(['paint'], { onInput: true });
      const calls: string[] = [];
      page.fire('click', {
        target: { closest: () => null },
        preventDefault: () => calls.push('prevented'),
        stopPropagation: () => calls.push('stopped'),
      });
      expect(calls).toEqual([]);
    });
  });
});

describe('PAINT_FIRST', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('rewrites the page files in place, counts them, and finds the loader again on a second run', () => {
    dir = mkdtempSync(join(tmpdir(), 'paint-first-'));
    const page = join(dir, 'index.html');
    const plain = join(dir, 'plain.html');
    writeFileSync(page, PAGE);
    writeFileSync(plain, '<p>no script</p>');
    expect(rewritePages(PAINT_FIRST, [page, plain])).toEqual({ step: 'paint-first', pages: 2, changed: 1, found: 1 });
    expect(readFileSync(page, 'utf8')).toBe(scriptsAfterFirstPaint(PAGE, page).html);
    expect(rewritePages(PAINT_FIRST, [page, plain])).toEqual({ step: 'paint-first', pages: 2, changed: 0, found: 1 });
  });

  it('fails the build, naming the step and the page, when a page that boots React has no start-up script it knows', () => {
    dir = mkdtempSync(join(tmpdir(), 'paint-first-'));
    const page = join(dir, 'trade.html');
    // Next booting from a script of some new kind, say: no <script src async> for the step to move.
    writeFileSync(page, PAGE.replace(/<link rel="preload"[^>]*>|<script src="[^"]*" async=""><\/script>/g, ''));
    expect(() => rewritePages(PAINT_FIRST, [page])).toThrow(PostBuildError);
    expect(() => rewritePages(PAINT_FIRST, [page])).toThrow(
      `post-build step paint-first: ${page}: the page holds 1 start-up script loaders, the step found 0: Next's output has changed shape`,
    );
  });
});
