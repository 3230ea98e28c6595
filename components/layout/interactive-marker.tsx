'use client';

import { useEffect } from 'react';

/**
 * Marks `<html data-interactive>` once the page has hydrated. The start-up scripts run only after the first
 * paint (build/paint-first.ts), so until then scripted behaviour (Escape on a popover, the compare page's
 * instant update, chart downloads) is not there yet; the e2e tests of that behaviour wait for this mark.
 */
export function InteractiveMarker(): null {
  useEffect(() => {
    document.documentElement.dataset.interactive = 'true';
  }, []);
  return null;
}
