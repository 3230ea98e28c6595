'use client';

import { useEffect } from 'react';

/**
 * Marks `<html data-interactive>` once the page has hydrated. The start-up scripts run only after the first
 * paint (build/paint-first.ts), so until then React's behaviour (the compare page's instant update, live charts
 * and their downloads) is not there yet; the e2e tests of that behaviour wait for this mark, or for a page's
 * having no React at all (build/script-free-pages.ts).
 */
export function InteractiveMarker(): null {
  useEffect(() => {
    document.documentElement.dataset.interactive = 'true';
  }, []);
  return null;
}
