// Static parts of the pages as markup, rendered once before the build. A server component's output is sent twice:
// as HTML, and again in the RSC payload that React hydrates element by element. For content with nothing that
// script makes interactive (the report text of /source; the tables, whose citation popovers are CSS) that was
// most of a page's start-up script time. Inlined as one string, it is hydrated as one element. The pages read it with
// components/shared/static-markup.tsx.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ChartTable } from '../components/charts/chart-table';
import { FigureTable } from '../components/figures/figure-table';
import { chartTableKey, figureTableKey, SOURCE_REPORT_KEY } from '../components/shared/markup-keys';
import { ReportText } from '../components/source/report-text';
import type { SiteModel } from '../lib/site/site-model';
import { DATASET_NAMES, DATASETS } from '../lib/data/catalog';
import { datasetFigures, figuresBySentence } from '../lib/figures/figure';

export function staticMarkup({
  source,
  figures,
  figureById,
  charts,
}: Pick<SiteModel, 'source' | 'figures' | 'figureById' | 'charts'>): Record<string, string> {
  const out: Record<string, string> = {
    [SOURCE_REPORT_KEY]: renderToStaticMarkup(createElement(ReportText, { source, bySentence: figuresBySentence(figures) })),
  };
  for (const spec of charts) out[chartTableKey(spec.id)] = renderToStaticMarkup(createElement(ChartTable, { spec, figureById }));
  for (const dataset of DATASET_NAMES) {
    const title = `${DATASETS[dataset].title}: every figure, with its provenance`;
    out[figureTableKey(dataset)] = renderToStaticMarkup(
      createElement(FigureTable, { title, figures: datasetFigures(figures, dataset), figureById, context: `all-${dataset}` }),
    );
  }
  return out;
}
