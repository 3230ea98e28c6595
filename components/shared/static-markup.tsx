import markup from '@/.generated/static-markup.json';
import { MarkupHost } from './markup-host';
import { CHART_TABLE_PREFIX } from './markup-keys';
import { REFLOWED_ROW_REM, tableHeightEstimate } from './table-estimate';

const MARKUP: Readonly<Record<string, string>> = markup;

/**
 * Markup rendered once before the build (`npm run static-markup`) and inlined. For content with nothing to
 * make interactive, such as the report text, so React hydrates one element, not hundreds (tables: StaticTable).
 */
export function StaticMarkup({
  markupKey,
  as,
  className,
  lang,
}: {
  markupKey: string;
  as?: 'div' | 'article';
  className?: string;
  lang?: string;
}): React.ReactNode {
  return <MarkupHost markupKey={markupKey} html={markupFor(markupKey)} as={as} className={className} lang={lang} />;
}

/**
 * A table rendered before the build (its citation popovers are CSS), in its sideways scroller, with an estimate of
 * its height for while it is off screen.
 */
export function StaticTable({ markupKey }: { markupKey: string }): React.ReactNode {
  const html = markupFor(markupKey);
  return (
    <MarkupHost
      markupKey={markupKey}
      html={html}
      className="table-scroll"
      style={tableHeightEstimate(
        html.match(/<tr[\s>]/g)?.length ?? 0,
        markupKey.startsWith(CHART_TABLE_PREFIX) ? REFLOWED_ROW_REM.chart : REFLOWED_ROW_REM.figures,
      )}
    />
  );
}

function markupFor(markupKey: string): string {
  const html = MARKUP[markupKey];
  if (html === undefined) throw new Error(`no static markup "${markupKey}": run npm run static-markup`);
  return html;
}
