// Build step: writes .generated/compare-routes.json, the pairs of periods that have a prerendered page, and
// .generated/chart-pages.json, the page of every chart (topics' and comparisons'). next.config.js and proxy.ts read
// the routes to serve /compare?dataset=…&a=…&b=… from those pages under `next start`; proxy.ts reads the chart pages
// to answer /oembed?url=<a chart's URL> without loading the site model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareRoutes } from '../lib/figures/compare';
import { allCharts, getSiteModel } from './site';

const dir = join(process.cwd(), '.generated');
mkdirSync(dir, { recursive: true });
const routes = compareRoutes(getSiteModel().figures).map(({ dataset, a, b, path }) => ({ dataset, a, b, path }));
writeFileSync(join(dir, 'compare-routes.json'), `${JSON.stringify(routes, null, 1)}\n`);
const chartPages = Object.fromEntries(allCharts().map((c) => [c.id, c.pagePath]));
writeFileSync(join(dir, 'chart-pages.json'), `${JSON.stringify(chartPages, null, 1)}\n`);
console.log(
  `wrote ${routes.length} comparison routes to .generated/compare-routes.json and ${Object.keys(chartPages).length} chart pages to .generated/chart-pages.json`,
);
