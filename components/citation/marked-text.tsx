import { Fragment } from 'react';
import type { QuoteSegment } from '@/lib/figures/figure';

/** A sentence with its stated numbers in `<mark>`. The rest is bare text: a wrapper per segment added an element
 *  per quote to every page's DOM and RSC payload and carried no meaning. */
export function MarkedText({ segments }: { segments: readonly QuoteSegment[] }): React.ReactNode {
  return segments.map((segment, i) => (segment.marked ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>));
}
