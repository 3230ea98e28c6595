// `tsx scripts/add-compile-hints.ts [.next|out]`: runs after `next build` (and after the static export into out/).
import { join } from 'node:path';
import { addCompileHints, CompileHintError, type BuildLayout } from './compile-hints';

const LAYOUTS: Record<string, BuildLayout> = {
  '.next': { htmlDir: join('.next', 'server', 'app'), staticDir: join('.next', 'static') },
  out: { htmlDir: 'out', staticDir: join('out', '_next', 'static') },
};

function main(target: string): number {
  const layout = LAYOUTS[target];
  if (!layout) {
    console.error(`unknown build directory "${target}"; expected .next or out`);
    return 1;
  }
  try {
    const { pages, scripts } = addCompileHints(layout);
    console.log(`compile hints: ${scripts.length} start-up scripts of ${pages} pages marked for eager compilation`);
    return 0;
  } catch (error) {
    if (!(error instanceof CompileHintError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main(process.argv[2] ?? '.next');
