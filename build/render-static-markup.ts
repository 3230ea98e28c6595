// Build step: writes the pages' static parts as markup to .generated/static-markup.json (see static-markup.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSiteModel } from './site';
import { staticMarkup } from './static-markup';

const started = performance.now();
const markup = staticMarkup(getSiteModel());
const dir = join(process.cwd(), '.generated');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'static-markup.json'), `${JSON.stringify(markup, null, 1)}\n`);
const size = Object.values(markup).reduce((n, html) => n + html.length, 0);
console.log(
  `rendered ${Object.keys(markup).length} static parts to .generated/static-markup.json in ${Math.round(performance.now() - started)} ms (${size} characters)`,
);
