// Build step: writes .generated/compare-routes.json, the pairs of periods that have a prerendered page.
// next.config.js reads it to serve /compare?dataset=…&a=…&b=… from those pages under `next start`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareRoutes } from '../lib/compare';
import { getSiteModel } from '../lib/site-model';

const dir = join(process.cwd(), '.generated');
mkdirSync(dir, { recursive: true });
const routes = compareRoutes(getSiteModel().figures).map(({ dataset, a, b, path }) => ({ dataset, a, b, path }));
writeFileSync(join(dir, 'compare-routes.json'), `${JSON.stringify(routes, null, 1)}\n`);
console.log(`wrote ${routes.length} comparison routes to .generated/compare-routes.json`);
