import type { DatasetName } from '@/lib/data/catalog';

/** The attribute naming a host's key in the DOM (MarkupHost); the e2e tests read it too. */
export const MARKUP_KEY_ATTRIBUTE = 'data-markup';

/** Keys of .generated/static-markup.json (build/static-markup.ts), and chartSvgKey of chart-svgs.json's SVGs. */
export const SOURCE_REPORT_KEY = 'source-report';
export const CHART_TABLE_PREFIX = 'chart-table/';
export const chartTableKey = (chartId: string): string => `${CHART_TABLE_PREFIX}${chartId}`;
export const figureTableKey = (dataset: DatasetName): string => `figure-table/${dataset}`;
export const chartSvgKey = (chartId: string): string => `chart-svg/${chartId}`;
