// Attributes that connect the markup to the scripts that act on it: the site's inline scripts, the post-build steps
// and the start-up loader (build/paint-first.ts). Imports nothing, so that a client component may use it without
// pulling a server module into the browser's bundle.

/**
 * On the site's own inline scripts (in the layout's head). Every page keeps them, including a page the build takes
 * React's scripts off (build/script-free-pages.ts), which keeps nothing else.
 */
export const SITE_SCRIPT_ATTRIBUTE = 'data-site-script';

/**
 * On an element whose buttons do nothing until React has started (a chart's downloads and citations): on a page
 * whose React starts at the reader's first input (build/paint-first.ts), a click there before then is held and
 * made again once React has started.
 */
export const NEEDS_REACT_ATTRIBUTE = 'data-needs-react';

/**
 * On `<html>` once React has hydrated the page (components/layout/interactive-marker.tsx): the start-up loader makes
 * a held click again then, and the tests and the bench wait for it.
 */
export const HYDRATED_ATTRIBUTE = 'data-interactive';
