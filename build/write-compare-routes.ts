// Build step: the pairs of periods that have a prerendered page, for next.config.js and proxy.ts to serve
// /compare?dataset=…&a=…&b=… from, and what each chart's embed is made of, for proxy.ts to answer /oembed?url=…
// without loading the site model.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allCharts, getSiteModel } from './site';
import { embedChart } from '../lib/site/embed';
import { compareRoutes } from '../lib/site/pages';

const dir = join(process.cwd(), '.generated');
mkdirSync(dir, { recursive: true });
const routes = compareRoutes(getSiteModel().figures).map(({ dataset, a, b, path }) => ({ dataset, a, b, path }));
writeFileSync(join(dir, 'compare-routes.json'), `${JSON.stringify(routes, null, 1)}\n`);
const embeds = Object.fromEntries(allCharts().map((c) => [c.id, embedChart(c)]));
writeFileSync(join(dir, 'embeds.json'), `${JSON.stringify(embeds, null, 1)}\n`);
console.log(
  `wrote ${routes.length} comparison routes to .generated/compare-routes.json and ${Object.keys(embeds).length} chart embeds to .generated/embeds.json`,
);
