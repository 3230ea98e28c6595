// `npm run dev`: generates what the app imports from .generated/, starts `next dev`, and generates again on edits, which Next's dev
// server then picks up itself; the comparison routes are read by next.config.js at start, so a change to them asks for a restart.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../build/generate';

const WATCHED = ['data', 'lib', 'components', 'build'];
const ROUTES = join('.generated', 'compare-routes.json');

const routes = (): string => (existsSync(ROUTES) ? readFileSync(ROUTES, 'utf8') : '');

/** The folder and every folder below it: each is watched itself, since Node 20's recursive watch on Linux loses a
 * file that an editor replaces (as `sed -i` and many editors do) and then misses its next change. */
function foldersIn(dir: string): string[] {
  const below = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== '__fixtures__')
    .flatMap((entry) => foldersIn(join(dir, entry.name)));
  return [dir, ...below];
}

function main(): void {
  if (generate()) {
    console.error('dev: generation failed (above); fix it and run `npm run dev` again');
    process.exitCode = 1;
    return;
  }
  const next: ChildProcess = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  next.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => next.kill(signal));

  let timer: NodeJS.Timeout | undefined;
  // generate() blocks the event loop, so edits made while it runs are seen after it and debounced into one more run.
  const regenerate = (): void => {
    const before = routes();
    const started = performance.now();
    const failed = generate();
    if (failed) console.error(`dev: ${failed} failed (above); the page shows the last good output until it passes`);
    else console.log(`dev: generated again in ${Math.round(performance.now() - started)} ms`);
    if (!failed && routes() !== before) console.log('dev: the comparison routes changed: restart `npm run dev` to serve them');
  };
  for (const dir of WATCHED.flatMap(foldersIn)) {
    watch(dir, (_event, file) => {
      if (file && /\.test\.ts$/.test(file)) return;
      clearTimeout(timer);
      timer = setTimeout(regenerate, 300);
    });
  }
}

main();
