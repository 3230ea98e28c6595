/** A typical row's height: 3–8rem on a phone, where cells wrap, and 3–5.5rem on a desktop. */
const ROW_HEIGHT_REM = 4.5;

/**
 * The height a table's scroller is taken to have until it is first laid out: off screen it is not
 * (content-visibility, see .table-scroll in globals.css), and this keeps the page's length near the truth.
 */
export function tableHeightEstimate(rowsWithHeader: number): React.CSSProperties {
  return { containIntrinsicBlockSize: `auto ${rowsWithHeader * ROW_HEIGHT_REM}rem` };
}
