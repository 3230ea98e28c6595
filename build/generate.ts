// `npm run generate`: everything the app imports from .generated/, made from data/ and the components that
// render it (docs/architecture.md). Runs on install, before every build and dev server, and in `npm test`.
// Each generator runs in a process of its own: the chart renderer installs jsdom's globals, which the others must not see.
import { spawnSync } from 'node:child_process';
import { siteUrlWarning } from '../lib/site/routes';

export const GENERATORS = [
  { name: 'validate', script: 'build/validate.ts' },
  { name: 'charts', script: 'build/render-charts.tsx' },
  { name: 'cards', script: 'build/render-cards.ts' },
  { name: 'static-markup', script: 'build/render-static-markup.ts' },
  { name: 'compare-routes', script: 'build/write-compare-routes.ts' },
] as const;

/** Runs every generator in order; the name of the first that failed, or undefined. */
export function generate(): string | undefined {
  for (const { name, script } of GENERATORS) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
    if (run.status !== 0) return name;
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const warning = siteUrlWarning();
  if (warning) console.warn(`warning: ${warning}`);
  const failed = generate();
  if (failed) {
    console.error(`generate: ${failed} failed (above); fix it and run \`npm run generate\` again`);
    process.exitCode = 1;
  }
}
