'use client';

import { useState } from 'react';

/** What each key's markup was in this document, once read: a host that mounts again is rendered on the client. */
const markupOfKey = new Map<string, string>();

/** The attribute naming a host's key in the DOM; scripts/lean-payload.ts and the e2e tests read it too. */
export const MARKUP_KEY_ATTRIBUTE = 'data-markup';

function markupFor(markupKey: string, html: string): string {
  if (html !== '') {
    markupOfKey.set(markupKey, html);
    return html;
  }
  // A prerendered page's own payload carries no markup (scripts/lean-payload.ts drops it), since hydration keeps
  // the server's DOM as it is. Rendered on the client, a host takes the markup from that DOM, which is still in
  // the document while React renders (also when it starts over after a hydration error).
  const known = markupOfKey.get(markupKey);
  if (known !== undefined) return known;
  const element = typeof document === 'undefined' ? null : document.querySelector(`[${MARKUP_KEY_ATTRIBUTE}="${CSS.escape(markupKey)}"]`);
  const markup = element?.innerHTML ?? '';
  markupOfKey.set(markupKey, markup);
  return markup;
}

/**
 * Hosts markup rendered before the build (tables, the report text, the static chart SVGs) as one element, so
 * React hydrates one element, not hundreds.
 */
export function MarkupHost({
  markupKey,
  html,
  as: Tag = 'div',
  className,
  lang,
}: {
  markupKey: string;
  html: string;
  as?: 'div' | 'article';
  className?: string;
  lang?: string;
}): React.ReactNode {
  const [markup] = useState(() => markupFor(markupKey, html));
  return <Tag {...{ [MARKUP_KEY_ATTRIBUTE]: markupKey }} className={className} lang={lang} dangerouslySetInnerHTML={{ __html: markup }} />;
}
