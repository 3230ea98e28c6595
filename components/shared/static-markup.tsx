import markup from '@/.generated/static-markup.json';
import { MarkupHost } from './markup-host';

const MARKUP: Readonly<Record<string, string>> = markup;

/**
 * Markup rendered once before the build (`npm run static-markup`) and inlined. For content with nothing to
 * make interactive, such as tables whose citation popovers are CSS, so React hydrates one element, not hundreds.
 */
export function StaticMarkup({ markupKey, as, className, lang }: { markupKey: string; as?: 'div' | 'article'; className?: string; lang?: string }): React.ReactNode {
  return <MarkupHost markupKey={markupKey} html={markupFor(markupKey)} as={as} className={className} lang={lang} />;
}

/** A typical row's height: 3–8rem on a phone, where cells wrap, and 3–5.5rem on a desktop. */
const ROW_HEIGHT_REM = 4.5;

/**
 * A table rendered before the build, in its sideways scroller. Off screen, the table is not laid out
 * (content-visibility, see .table-scroll in globals.css) and this estimate from its row count stands in for its
 * height, so the page's length stays near the truth until a reader reaches it.
 */
export function StaticTable({ markupKey }: { markupKey: string }): React.ReactNode {
  const html = markupFor(markupKey);
  const rows = html.match(/<tr[\s>]/g)?.length ?? 0;
  return <MarkupHost markupKey={markupKey} html={html} className="table-scroll" style={{ containIntrinsicBlockSize: `auto ${rows * ROW_HEIGHT_REM}rem` }} />;
}

function markupFor(markupKey: string): string {
  const html = MARKUP[markupKey];
  if (html === undefined) throw new Error(`no static markup "${markupKey}": run npm run static-markup`);
  return html;
}
