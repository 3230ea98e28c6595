import markup from '@/.generated/static-markup.json';
import { MarkupHost } from './markup-host';

const MARKUP: Readonly<Record<string, string>> = markup;

/** A table rendered before the build, in its sideways scroller. */
export function StaticTable({ markupKey }: { markupKey: string }): React.ReactNode {
  return <MarkupHost markupKey={markupKey} html={markupFor(markupKey)} className="table-scroll" />;
}

/** Markup rendered once before the build (`npm run static-markup`), so React hydrates one element, not hundreds. */
export function markupFor(markupKey: string): string {
  const html = MARKUP[markupKey];
  if (html === undefined) throw new Error(`no static markup "${markupKey}": run npm run static-markup`);
  return html;
}
