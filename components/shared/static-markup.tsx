import markup from '@/.generated/static-markup.json';
import { MarkupHost } from './markup-host';

const MARKUP: Readonly<Record<string, string>> = markup;

/**
 * Markup rendered once before the build (`npm run static-markup`) and inlined. For content with nothing to
 * make interactive, such as tables whose citation popovers are CSS, so React hydrates one element, not hundreds.
 */
export function StaticMarkup({ markupKey, as, className, lang }: { markupKey: string; as?: 'div' | 'article'; className?: string; lang?: string }): React.ReactNode {
  const html = MARKUP[markupKey];
  if (html === undefined) throw new Error(`no static markup "${markupKey}": run npm run static-markup`);
  return <MarkupHost markupKey={markupKey} html={html} as={as} className={className} lang={lang} />;
}
