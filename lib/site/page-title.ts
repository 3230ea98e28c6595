// Page titles: the layout's metadata and the static export's compare view, which titles itself in the browser.

export const PAGE_TITLE_TEMPLATE = '%s · Bluebook 1991: the Soviet Union';

/** A page's full title, as the layout's template makes it. */
export function pageTitle(title: string): string {
  // A function, not a string, as the replacement: a title may contain "$&", which replace() would expand.
  return PAGE_TITLE_TEMPLATE.replace('%s', () => title);
}
