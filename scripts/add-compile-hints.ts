// `tsx scripts/add-compile-hints.ts [.next|out]`: runs after `next build` (and after the static export into out/).
import { addCompileHints, BUILD_LAYOUTS, CompileHintError } from './compile-hints';

function main(target: string): number {
  const layout = target === '.next' || target === 'out' ? BUILD_LAYOUTS[target] : undefined;
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
