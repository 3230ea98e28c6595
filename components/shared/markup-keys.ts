import type { DatasetName } from '@/lib/datasets';

/** Keys of .generated/static-markup.json (scripts/static-markup.ts). */
export const SOURCE_REPORT_KEY = 'source-report';
export const chartTableKey = (chartId: string): string => `chart-table/${chartId}`;
export const figureTableKey = (dataset: DatasetName): string => `figure-table/${dataset}`;
