'use client';

import { useEffect } from 'react';
import { HYDRATED_ATTRIBUTE } from '@/lib/site/page-scripts';

/**
 * Marks `<html data-interactive>` once the page has hydrated (React starts after the first paint or at the first input,
 * build/paint-first.ts): the start-up loader holds a click on a chart tool until then, and the e2e tests wait for it.
 */
export function InteractiveMarker(): null {
  useEffect(() => {
    document.documentElement.setAttribute(HYDRATED_ATTRIBUTE, 'true');
  }, []);
  return null;
}
