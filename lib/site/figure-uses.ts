// Where a figure is used, for its page: the checks, charts, comparisons and derived figures that read it, each
// linked.

import { chartsForFigure } from '../charts/charts';
import { comparePeriods } from '../data/vocabulary';
import type { Figure } from '../figures/figure';
import { formatPeriod } from '../figures/format';
import { chartPath, checkPath, comparePath, figurePath } from './routes';
import type { SiteModel } from './site-model';

interface FigureLink {
  href: string;
  label: string;
}

export interface FigureUses {
  checks: FigureLink[];
  charts: FigureLink[];
  comparisons: FigureLink[];
  /** Figures derived from this one, directly. */
  derived: FigureLink[];
}

/** The consistency checks, charts, comparisons and derived figures that read this figure. */
export function figureUses(figure: Figure, model: Pick<SiteModel, 'figures' | 'checks' | 'charts'>): FigureUses {
  const checks = model.checks
    .filter((c) => c.inputIds.includes(figure.id))
    .map((c) => ({ href: checkPath(c.definition.id), label: `${c.definition.title} (${c.status})` }));
  const charts = chartsForFigure(model.charts, figure.id).map((chart) => ({ href: chartPath(chart), label: chart.title }));
  const periods =
    figure.restates === ''
      ? [...new Set(model.figures.filter((f) => f.dataset === figure.dataset && f.restates === '').map((f) => f.period))]
          .filter((p) => p !== figure.period)
          .sort(comparePeriods)
      : [];
  const comparisons = periods.map((other) => {
    const [a, b] = comparePeriods(other, figure.period) < 0 ? [other, figure.period] : [figure.period, other];
    // In words, as the comparison's own title gives its periods: "1990 and first half of 1991".
    return { href: comparePath(figure.dataset, a, b), label: `${formatPeriod(a)} and ${formatPeriod(b)}` };
  });
  const derived = model.figures
    .filter((f) => f.inputs.includes(figure.id))
    .map((f) => ({ href: figurePath(f.id), label: `${f.seriesLabel}, ${f.periodLabel}` }));
  return { checks, charts, comparisons, derived };
}
