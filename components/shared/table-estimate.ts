/** A typical row's height on a desktop, where a row is a line or a few: 3–5.5rem. */
const ROW_HEIGHT_REM = 4.5;

/**
 * A row's height on a phone, where a reflowed table (`.reflow`) gives each row a block, each cell a line or more:
 * measured at 412 px, a figure table's row (with its provenance) is 14–16rem, a chart table's 5rem, a
 * comparison's 9–11rem, the figure index's 8–10rem. Tables that do not reflow keep the desktop estimate.
 */
export const REFLOWED_ROW_REM = { figures: 15, chart: 5.5, comparison: 10, index: 9 } as const;

/**
 * The heights a table is taken to have until it is first laid out: off screen it is not (content-visibility, see
 * .table-scroll in globals.css), and this keeps the page's length near the truth. As custom properties, for the
 * stylesheet to pick from by the screen's width: the whole scroller's on a desktop, a row's where a table reflows
 * (there each row waits on its own).
 */
export function tableHeightEstimate(rowsWithHeader: number, reflowedRowRem?: number): React.CSSProperties {
  const style: Record<string, string> = { '--table-height': `${rowsWithHeader * ROW_HEIGHT_REM}rem` };
  if (reflowedRowRem !== undefined) style['--row-height-narrow'] = `${reflowedRowRem}rem`;
  return style;
}
