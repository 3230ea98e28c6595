import markup from '@/.generated/static-markup.json';
import { MarkupHost } from './markup-host';
import { CHART_TABLE_PREFIX } from './markup-keys';
import { REFLOWED_ROW_REM, tableHeightEstimate } from './table-estimate';

const MARKUP: Readonly<Record<string, string>> = markup;

/** A table rendered before the build, in its sideways scroller, with an estimate of its height while it is off screen. */
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

/** Markup rendered once before the build (`npm run static-markup`), so React hydrates one element, not hundreds. */
export function markupFor(markupKey: string): string {
  const html = MARKUP[markupKey];
  if (html === undefined) throw new Error(`no static markup "${markupKey}": run npm run static-markup`);
  return html;
}
