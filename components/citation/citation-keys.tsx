'use client';

import { useEffect } from 'react';

/** Escape closes an open citation popover (WCAG 1.4.13); it opens again on the next focus or hover. */
export function CitationKeys(): null {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      document.querySelectorAll('.cite').forEach((el) => {
        if (el.matches(':hover, :focus-within')) el.classList.add('cite-dismissed');
      });
    };
    const onReset = (event: Event): void => {
      const cite = (event.target as Element | null)?.closest('.cite');
      cite?.classList.remove('cite-dismissed');
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onReset);
    document.addEventListener('pointerover', onReset);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onReset);
      document.removeEventListener('pointerover', onReset);
    };
  }, []);
  return null;
}
