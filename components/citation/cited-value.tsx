import { markValueTexts, type Figure } from '@/lib/figures/figure';
import { DerivedValue } from './derived-value';
import { MarkedText } from './marked-text';
import { figurePath } from '@/lib/site/routes';

/**
 * A figure as a link to its page; hover or focus shows its sentence with the number marked (a derived figure: formula and
 * interval), Escape hides it. The popover is a tooltip, so it holds no link of its own.
 */
export function CitedValue({
  figure,
  context,
  children,
}: {
  figure: Figure;
  /** Makes the popover id unique when a figure appears more than once on a page. */
  context: string;
  children?: React.ReactNode;
}): React.ReactNode {
  const popId = `pop-${context}-${figure.id}`;
  const label = children ?? figure.display;
  if (figure.kind === 'derived') {
    return (
      <DerivedValue
        id={`${context}-${figure.id}`}
        display={figure.display}
        formula={figure.formulaText}
        href={figurePath(figure.id)}
        figureId={figure.id}
        interval={figure.intervalText}
      >
        {children}
      </DerivedValue>
    );
  }
  const trail = figure.sourceTrail;
  return (
    <span className="cite" data-figure-id={figure.id}>
      <a className="cite-link" href={figurePath(figure.id)} aria-describedby={popId}>
        {label}
      </a>
      <span className="cite-pop" role="tooltip" id={popId}>
        <span className="cite-pop-head">Diplomatic Bluebook 1991{trail.length ? `, ${trail.join(' › ')}` : ''}:</span>{' '}
        <q>
          <MarkedText segments={markValueTexts(figure.sentenceText || figure.quote, [figure.value_text])} />
        </q>
      </span>
    </span>
  );
}
