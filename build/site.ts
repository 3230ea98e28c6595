// The site's model, composed once per process from data/ as build/data-files.ts reads it: what pages, routes and
// generators render.

import { getProjectData } from './data-files';
import type { ChartSpec } from '../lib/charts/charts';
import type { Figure } from '../lib/figures/figure';
import { allCharts as chartsOf, buildDate, composeSiteModel, type SiteModel } from '../lib/site/site-model';

let cache: SiteModel | undefined;

export function getSiteModel(): SiteModel {
  cache ??= composeSiteModel(getProjectData(), buildDate());
  return cache;
}

/** Every chart of the site: the topic pages' and the comparisons'. */
export function allCharts(): ChartSpec[] {
  return chartsOf(getSiteModel());
}

export function getChart(id: string): ChartSpec {
  const chart = allCharts().find((c) => c.id === id);
  if (!chart) throw new Error(`no chart "${id}"`);
  return chart;
}

export function getFigure(id: string): Figure {
  const figure = getSiteModel().figureById.get(id);
  if (!figure) throw new Error(`no figure "${id}"`);
  return figure;
}
