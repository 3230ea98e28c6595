'use client';

import { useEffect } from 'react';
import { HYDRATED_ATTRIBUTE } from '@/lib/site/page-scripts';

/**
 * Marks `<html data-interactive>` once the page has hydrated. The start-up scripts run only after the first
 * paint, or at the reader's first input (build/paint-first.ts), so until then React's behaviour (the compare
 * page's instant update, live charts and their downloads) is not there yet. The start-up loader makes again a
 * click on a chart tool held until this mark; the e2e tests of that behaviour wait for it, or for a page's having
 * no React at all (build/script-free-pages.ts).
 */
export function InteractiveMarker(): null {
  useEffect(() => {
    document.documentElement.setAttribute(HYDRATED_ATTRIBUTE, 'true');
  }, []);
  return null;
}
