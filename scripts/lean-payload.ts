// A prerendered page carries the markup hosted by MarkupHost twice: once as HTML, and again as the `html` prop
// inside the inline RSC payload that React hydrates from. Hydration keeps the server's DOM and never reads that
// prop, so this step empties it in each page's inline payload (docs/performance.md has what it saves). MarkupHost
// takes the markup from the DOM if it has to render on the client. The payload Next serves for client-side
// navigation (.rsc files) is left whole.
//
// The inline payload is a stream of rows split across `self.__next_f.push([1, "…"])` scripts; a long string
// is a text row, `<id>:T<byte length in hex>,<bytes>` with no newline after it, referenced as "$<id>".

import { MARKUP_KEY_ATTRIBUTE } from '../components/shared/markup-keys';
import type { PageRewrite, PageStep } from './rewrite-pages';

export class LeanPayloadError extends Error {
  override name = 'LeanPayloadError';
}

const PAYLOAD_SCRIPT = /<script>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g;
const OTHER_PAYLOAD_SCRIPT = /<script>self\.__next_f\.push\(\[(?![01][,\]])/;
// MarkupHost's props, in the order it is given them (StaticMarkup, StaticTable, ChartFigure).
const HOST_PROPS = /\{"markupKey":"((?:[^"\\]|\\.)*)","html":"((?:[^"\\]|\\.)*)"/g;

/** Escapes a JSON text for a <script> element, as Next writes its own (htmlEscapeJsonString). */
function forScript(json: string): string {
  return json.replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Rows whose body is length-prefixed (`<id>:<tag><hex length>,<bytes>`), as React's Flight client reads them;
// every other row runs to a newline.
const LENGTH_PREFIXED_TAGS = new Set('TAObUSsLlGgMmV');

interface Row {
  tag: string;
  /** Where the row's id starts, its body starts and it ends, in bytes. */
  head: number;
  start: number;
  end: number;
}

/** The payload's rows by id, read as React's Flight client reads them (the text as bytes, one char per byte). */
function rowsOf(bytes: string, file: string): Map<string, Row> {
  const rows = new Map<string, Row>();
  let at = 0;
  while (at < bytes.length) {
    const header = /([0-9a-f]*):(.?)/y;
    header.lastIndex = at;
    const match = header.exec(bytes);
    if (!match) throw new LeanPayloadError(`${file}: an inline payload row at byte ${at} without an id`);
    const [, id = '', tag = ''] = match;
    if (LENGTH_PREFIXED_TAGS.has(tag)) {
      const length = /([0-9a-f]+),/y;
      length.lastIndex = header.lastIndex;
      const size = length.exec(bytes);
      if (!size) throw new LeanPayloadError(`${file}: inline payload row ${id} without its length`);
      const start = length.lastIndex;
      const end = start + parseInt(size[1] ?? '0', 16);
      rows.set(id, { tag, head: at, start, end });
      at = end;
    } else {
      const newline = bytes.indexOf('\n', at);
      const end = newline === -1 ? bytes.length : newline + 1;
      rows.set(id, { tag, head: at, start: header.lastIndex, end });
      at = end;
    }
  }
  return rows;
}

/** The payload with every MarkupHost's `html` emptied; how many hosts it holds (each emptied now or before). */
export function withoutHostedMarkup(payload: string, file: string): { payload: string; hosts: number } {
  const bytes = Buffer.from(payload, 'utf8');
  const latin = bytes.toString('latin1');
  const rows = rowsOf(latin, file);
  const cuts: { start: number; end: number; text: string }[] = [];
  for (const host of latin.matchAll(HOST_PROPS)) {
    const value = host[2] ?? '';
    const valueStart = host.index + host[0].length - value.length - 1;
    const reference = /^\$([0-9a-f]+)$/.exec(value);
    if (!reference) {
      if (value.startsWith('$'))
        throw new LeanPayloadError(`${file}: markup "${host[1]}" is held in a form this step does not know: ${value.slice(0, 40)}`);
      cuts.push({ start: valueStart, end: valueStart + value.length, text: '' });
      continue;
    }
    const id = reference[1] ?? '';
    const row = rows.get(id);
    if (row?.tag !== 'T') throw new LeanPayloadError(`${file}: markup "${host[1]}" refers to a text row $${id} that is not in the payload`);
    if (latin.split(`"$${id}"`).length !== 2)
      throw new LeanPayloadError(`${file}: text row $${id} of markup "${host[1]}" is used elsewhere too`);
    cuts.push({ start: row.head, end: row.end, text: `${id}:T0,` });
  }
  if (cuts.length === 0) return { payload, hosts: 0 };
  cuts.sort((a, b) => a.start - b.start);
  const parts: Buffer[] = [];
  let at = 0;
  for (const cut of cuts) {
    parts.push(bytes.subarray(at, cut.start), Buffer.from(cut.text, 'utf8'));
    at = cut.end;
  }
  parts.push(bytes.subarray(at));
  return { payload: Buffer.concat(parts).toString('utf8'), hosts: cuts.length };
}

/** The page with its inline payload lean, written as one push where its first one was; unchanged if nothing is hosted. */
export function leanPage(html: string, file: string): PageRewrite {
  if (OTHER_PAYLOAD_SCRIPT.test(html))
    throw new LeanPayloadError(`${file}: the inline payload holds a chunk of a kind this step does not know`);
  const scripts = [...html.matchAll(PAYLOAD_SCRIPT)];
  if (scripts.length === 0) return { html, found: 0 };
  const payload = scripts.map((script) => {
    const chunk: unknown = JSON.parse(script[1] ?? '');
    if (!Array.isArray(chunk) || typeof chunk[1] !== 'string')
      throw new LeanPayloadError(`${file}: an inline payload chunk that is not text`);
    return chunk[1];
  });
  const lean = withoutHostedMarkup(payload.join(''), file);
  if (lean.hosts === 0) return { html, found: 0 };
  let first = true;
  const rewritten = html.replace(PAYLOAD_SCRIPT, () => {
    if (!first) return '';
    first = false;
    return `<script>self.__next_f.push(${forScript(JSON.stringify([1, lean.payload]))})</script>`;
  });
  return { html: rewritten, found: lean.hosts };
}

const HOST_ELEMENT = new RegExp(`<[a-z]+\\b[^>]* ${MARKUP_KEY_ATTRIBUTE}="`, 'g');

/** Empties the hosted markup in every prerendered page's inline payload: one host in the payload per host element. */
export const LEAN_PAYLOAD: PageStep = {
  name: 'lean-payload',
  counts: 'markup hosts',
  expected: (html) => html.match(HOST_ELEMENT)?.length ?? 0,
  rewrite: leanPage,
};
