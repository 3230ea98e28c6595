// Build step: writes the report text of /source as markup to .generated/source-html.json (see report-html.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDashboard } from '../lib/dashboard';
import { reportHtml } from './report-html';

const started = performance.now();
const html = reportHtml(getDashboard());
const dir = join(process.cwd(), '.generated');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source-html.json'), `${JSON.stringify({ html })}\n`);
console.log(`rendered the report text to .generated/source-html.json in ${Math.round(performance.now() - started)} ms (${html.length} characters)`);
