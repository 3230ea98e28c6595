'use client';

import { MARKUP_KEY_ATTRIBUTE } from './markup-keys';

/** Markup rendered before the build, as one element, so React hydrates one element, not hundreds (docs/performance.md). */
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
  return (
    <Tag
      {...{ [MARKUP_KEY_ATTRIBUTE]: markupKey }}
      className={className}
      lang={lang}
      style={style}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
