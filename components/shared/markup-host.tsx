'use client';

import { useState } from 'react';
import { MARKUP_KEY_ATTRIBUTE } from './markup-keys';

/**
 * The host's markup as the document holds it, read only if React sets it: when it renders the host on the client
 * (after a hydration mismatch, say), while the server's element is still in the document. React takes such an
 * object for `__html` as it takes Trusted Types' TrustedHTML, and hydration never reads it: reading /source's
 * text back from the DOM is costly (docs/performance.md).
 */
function markupInDocument(markupKey: string): TrustedHTML {
  return {
    toString: (): string => document.querySelector(`[${MARKUP_KEY_ATTRIBUTE}="${CSS.escape(markupKey)}"]`)?.innerHTML ?? '',
  };
}

/**
 * Hosts markup rendered before the build (tables, the report text, the static chart SVGs) as one element, so
 * React hydrates one element, not hundreds. A prerendered page's own payload carries no markup
 * (scripts/lean-payload.ts empties `html`), since hydration keeps the server's element as it is.
 */
export function MarkupHost({
  markupKey,
  html,
  as: Tag = 'div',
  className,
  lang,
  style,
}: {
  markupKey: string;
  html: string;
  as?: 'div' | 'article';
  className?: string;
  lang?: string;
  style?: React.CSSProperties;
}): React.ReactNode {
  const [markup] = useState<string | TrustedHTML>(() => (html === '' ? markupInDocument(markupKey) : html));
  return (
    <Tag
      {...{ [MARKUP_KEY_ATTRIBUTE]: markupKey }}
      className={className}
      lang={lang}
      style={style}
      dangerouslySetInnerHTML={{ __html: markup }}
    />
  );
}
