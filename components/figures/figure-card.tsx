import type { Figure } from '@/lib/figures/figure';
import { CitedValue } from '../citation/cited-value';

export function FigureCard({
  figure,
  title,
  href,
  children,
}: {
  figure: Figure;
  title: string;
  href: string;
  /** A line under the value. */
  children?: React.ReactNode;
}): React.ReactNode {
  return (
    <article className="figure-card" data-figure-id={figure.id}>
      <h3 className="figure-card-title">{title}</h3>
      <p className="figure-card-value">
        <CitedValue figure={figure} context="card" />
      </p>
      <p className="figure-card-meta">
        {figure.periodLabel}
        {figure.baseLabel ? `, ${figure.baseLabel}` : ''} · {figure.unitLabel}
      </p>
      {children ? <p className="figure-card-detail">{children}</p> : null}
      <p className="figure-card-more">
        <a href={href}>More on this</a>
      </p>
    </article>
  );
}
