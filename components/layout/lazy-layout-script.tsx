/** The attribute on `<html>` that lets long content off screen wait to be laid out (see globals.css). */
export const LAZY_LAYOUT_ATTRIBUTE = 'data-lazy-layout';

// Runs in <head>, before the body is parsed. Only a fresh visit may lay out lazily: on back, forward or reload
// (unless the page comes whole from the back/forward cache) the browser restores the reader's scroll offset, and
// offsets measured against laid-out content land elsewhere on estimated heights (docs/performance.md).
const SCRIPT = `(function(){var n=performance.getEntriesByType&&performance.getEntriesByType("navigation")[0];if(n&&n.type==="navigate")document.documentElement.setAttribute("${LAZY_LAYOUT_ATTRIBUTE}","")})()`;

/** Marks a fresh visit before the first layout, so content off screen (tables, report sections) may wait. */
export function LazyLayoutScript(): React.ReactNode {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
