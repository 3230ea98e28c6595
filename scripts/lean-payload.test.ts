import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LEAN_PAYLOAD, leanPage, LeanPayloadError, withoutHostedMarkup } from './lean-payload';
import { PostBuildError, rewritePages } from './rewrite-pages';

const byteLength = (text: string): string => Buffer.byteLength(text, 'utf8').toString(16);
const TABLE = '<table><tr><td>−2 %</td><td>“SUR 250 billion”</td></tr></table>';
const QUOTE = 'A long quote that is not markup − kept whole.';
const SVG = '<svg><title>Trade − 1990</title></svg>';
const PAYLOAD = [
  '0:{"P":null}\n',
  `5:T${byteLength(TABLE)},${TABLE}`,
  `6:T${byteLength(QUOTE)},${QUOTE}`,
  `c:T${byteLength(SVG)},${SVG}`,
  '7:["$","$L3",null,{"markupKey":"figure-table/trade","html":"$5","className":"table-scroll"}]\n',
  'd:["$","$L3",null,{"markupKey":"chart-svg/y","html":"$c"}]\n',
  '8:["$","$L3",null,{"markupKey":"chart-svg/x","html":"<svg><title>x</title></svg>","className":"chart-static"}]\n',
  '9:["$","p",null,{"title":"$6","children":"a </script> & b"}]\n',
].join('');

/** The payload as Next writes it: split across pushes, escaped for a script element. */
function page(payload: string, cuts: number[]): string {
  const chunks: string[] = [];
  let at = 0;
  for (const cut of [...cuts, payload.length]) {
    chunks.push(payload.slice(at, cut));
    at = cut;
  }
  const scripts = chunks.map((chunk) => `<script>self.__next_f.push(${JSON.stringify([1, chunk]).replace(/</g, '\\u003c')})</script>`);
  return `<!DOCTYPE html><html><body><main>${TABLE}</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>${scripts.join('')}</body></html>`;
}

/** The payload a page's scripts hand to React, joined. */
function payloadOf(html: string): string {
  return [...html.matchAll(/<script>self\.__next_f\.push\((\[1,.*?\])\)<\/script>/g)]
    .map((m) => (JSON.parse(m[1] ?? '') as [number, string])[1])
    .join('');
}

describe('withoutHostedMarkup', () => {
  it("empties each host's markup, as a text row or inline, and keeps every other row byte for byte", () => {
    const { payload, hosts } = withoutHostedMarkup(PAYLOAD, 'p.html');
    expect(hosts).toBe(3);
    expect(payload).toBe(
      [
        '0:{"P":null}\n',
        '5:T0,',
        `6:T${byteLength(QUOTE)},${QUOTE}`,
        'c:T0,',
        '7:["$","$L3",null,{"markupKey":"figure-table/trade","html":"$5","className":"table-scroll"}]\n',
        'd:["$","$L3",null,{"markupKey":"chart-svg/y","html":"$c"}]\n',
        '8:["$","$L3",null,{"markupKey":"chart-svg/x","html":"","className":"chart-static"}]\n',
        '9:["$","p",null,{"title":"$6","children":"a </script> & b"}]\n',
      ].join(''),
    );
  });

  it('leaves a payload without hosts as it is', () => {
    const payload = '0:{"P":null}\n9:["$","p",null,{"children":"x"}]\n';
    expect(withoutHostedMarkup(payload, 'p.html')).toEqual({ payload, hosts: 0 });
  });

  it('refuses a text row that something else refers to as well, naming the file', () => {
    const shared = PAYLOAD + 'a:["$","p",null,{"title":"$5"}]\n';
    expect(() => withoutHostedMarkup(shared, 'trade.html')).toThrow(
      new LeanPayloadError('trade.html: text row $5 of markup "figure-table/trade" is used elsewhere too'),
    );
  });

  it('refuses a reference to a row that is not there, or of another kind', () => {
    expect(() => withoutHostedMarkup('7:["$","$L3",null,{"markupKey":"k","html":"$b"}]\n', 'p.html')).toThrow(
      'p.html: markup "k" refers to a text row $b that is not in the payload',
    );
    expect(() => withoutHostedMarkup('7:["$","$L3",null,{"markupKey":"k","html":"$@4"}]\n', 'p.html')).toThrow(
      'p.html: markup "k" is held in a form this step does not know: $@4',
    );
    expect(() => withoutHostedMarkup('b:A3,abc7:["$","$L3",null,{"markupKey":"k","html":"$b"}]\n', 'p.html')).toThrow(
      'p.html: markup "k" refers to a text row $b that is not in the payload',
    );
  });
});

describe('leanPage', () => {
  it("writes the lean payload as one push in the place of the first, escaped for a script element, with the page's HTML unchanged", () => {
    const html = page(PAYLOAD, [3, 40, 200]);
    const { html: lean, found } = leanPage(html, 'p.html');
    expect(found).toBe(3);
    expect(payloadOf(lean)).toBe(withoutHostedMarkup(PAYLOAD, 'p.html').payload);
    expect(lean.match(/self\.__next_f\.push\(\[1,/g)).toHaveLength(1);
    for (const script of lean.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/g)) expect(script[1]).not.toMatch(/[<>&]/);
    expect(
      lean.startsWith(`<!DOCTYPE html><html><body><main>${TABLE}</main><script>(self.__next_f=self.__next_f||[]).push([0])</script>`),
    ).toBe(true);
    expect(lean.length).toBeLessThan(html.length);
  });

  it('is safe to run twice, and leaves a page without payload or hosts unchanged', () => {
    const once = leanPage(page(PAYLOAD, [50]), 'p.html');
    expect(leanPage(once.html, 'p.html')).toEqual(once);
    const plain = page('0:{"P":null}\n', []);
    expect(leanPage(plain, 'p.html')).toEqual({ html: plain, found: 0 });
    expect(leanPage('<p>no script</p>', 'p.html')).toEqual({ html: '<p>no script</p>', found: 0 });
  });

  it('refuses a payload chunk of another kind (binary, form state) rather than reorder the stream', () => {
    const html = page(PAYLOAD, []).replace('</body>', '<script>self.__next_f.push([3,"AAEC"])</script></body>');
    expect(() => leanPage(html, 'p.html')).toThrow('p.html: the inline payload holds a chunk of a kind this step does not know');
  });
});

describe('LEAN_PAYLOAD', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const host = (key: string): string => `<div data-markup="${key}" class="table-scroll"></div>`;

  it('expects one host in the payload per host element in the page', () => {
    expect(LEAN_PAYLOAD.expected(`<main>${host('a')}<article lang="en" data-markup="b"></article></main>`)).toBe(2);
    expect(LEAN_PAYLOAD.expected('<main><p>data-markup="a"</p></main>')).toBe(0);
  });

  it('rewrites the page files in place, counts them, and finds everything again on a second run', () => {
    dir = mkdtempSync(join(tmpdir(), 'lean-'));
    const hosted = join(dir, 'trade.html');
    const plain = join(dir, 'index.html');
    writeFileSync(
      hosted,
      page(PAYLOAD, [10]).replace('<main>', `<main>${host('figure-table/trade')}${host('chart-svg/y')}${host('chart-svg/x')}`),
    );
    writeFileSync(plain, page('0:{"P":null}\n', []));
    expect(rewritePages(LEAN_PAYLOAD, [hosted, plain])).toEqual({ step: 'lean-payload', pages: 2, changed: 1, found: 3 });
    expect(payloadOf(readFileSync(hosted, 'utf8'))).toContain('5:T0,');
    expect(rewritePages(LEAN_PAYLOAD, [hosted, plain])).toEqual({ step: 'lean-payload', pages: 2, changed: 0, found: 3 });
  });

  it('fails the build, naming the step and the page, when the payload no longer holds the hosts the page shows', () => {
    dir = mkdtempSync(join(tmpdir(), 'lean-'));
    const changed = join(dir, 'trade.html');
    // A host element whose props Next wrote some other way: the payload has no "markupKey" the step can read.
    writeFileSync(changed, page(PAYLOAD.replaceAll('"markupKey"', '"key"'), []).replace('<main>', `<main>${host('figure-table/trade')}`));
    expect(() => rewritePages(LEAN_PAYLOAD, [changed])).toThrow(PostBuildError);
    expect(() => rewritePages(LEAN_PAYLOAD, [changed])).toThrow(
      `post-build step lean-payload: ${changed}: the page holds 1 markup hosts, the step found 0: Next's output has changed shape`,
    );
  });
});
