// Everything the pages show, composed from the validated data (build/site.ts does it once per process).

import { shapeCharts, type ChartSpec } from '../charts/charts';
import { compareFigures } from '../figures/compare';
import { comparisonCharts } from '../charts/comparison-charts';
import type { ProjectData } from '../data/project';
import type { SourceMetadata } from '../data/schema';
import { toFigures, type Figure } from '../figures/figure';
import { reconcileFigures, type CheckResult } from '../figures/reconcile';
import type { SourceDocument } from '../data/sentences';
import { cardPlan, type CardSpec } from './social-card';
import { compareRoutes } from './pages';

export interface SiteModel {
  figures: Figure[];
  figureById: ReadonlyMap<string, Figure>;
  /** The topic pages' charts. */
  charts: ChartSpec[];
  /** Every prerendered comparison's charts, one per unit. */
  comparisonCharts: ChartSpec[];
  checks: CheckResult[];
  /** Every page's and chart's social card (lib/site/social-card.ts). */
  cards: CardSpec[];
  source: SourceDocument;
  metadata: SourceMetadata;
  /** When the pages were built: the access date their citations give (SOURCE_DATE_EPOCH pins it). */
  builtAt: Date;
}

/**
 * The build's day (UTC midnight): today, or SOURCE_DATE_EPOCH's (seconds) for a reproducible build. A day, not an
 * instant: citations give it as their access date, and two builds of one day make the same files.
 */
export function buildDate(env: Readonly<Record<string, string | undefined>> = process.env): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const at = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

/** The site's model of validated data, built on `builtAt`. */
export function composeSiteModel(data: ProjectData, builtAt: Date): SiteModel {
  const figures = toFigures(data.figures, data.source);
  const charts = shapeCharts(figures);
  const comparisons = compareRoutes(figures).flatMap(({ dataset, a, b }) => {
    const result = compareFigures(figures, { dataset, a, b });
    return result.ok ? comparisonCharts(result, figures) : [];
  });
  const checks = reconcileFigures(figures);
  return {
    figures,
    figureById: new Map(figures.map((f) => [f.id, f])),
    charts,
    comparisonCharts: comparisons,
    checks,
    cards: cardPlan({ figures, charts, comparisonCharts: comparisons, checks }),
    source: data.source,
    metadata: data.metadata,
    builtAt,
  };
}

/** Every chart of the site: the topic pages' and the comparisons'. */
export function allCharts(model: Pick<SiteModel, 'charts' | 'comparisonCharts'>): ChartSpec[] {
  return [...model.charts, ...model.comparisonCharts];
}
