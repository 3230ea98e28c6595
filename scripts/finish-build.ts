// `tsx scripts/finish-build.ts [.next|out]`: runs after `next build` (and after the static export into out/).
// The pages' inline payloads lose the markup that hydration does not read, their start-up scripts move after the
// first paint, and then those scripts get the compile hint.
import { addCompileHints, BUILD_LAYOUTS, CompileHintError, htmlFilesIn } from './compile-hints';
import { LeanPayloadError, runLeanPayload } from './lean-payload';
import { PaintFirstError, runScriptsAfterFirstPaint } from './paint-first';

function main(target: string): number {
  const layout = target === '.next' || target === 'out' ? BUILD_LAYOUTS[target] : undefined;
  if (!layout) {
    console.error(`unknown build directory "${target}"; expected .next or out`);
    return 1;
  }
  try {
    const lean = runLeanPayload(htmlFilesIn(layout.htmlDir));
    console.log(`lean payload: ${lean} prerendered pages no longer carry their static markup twice`);
    const deferred = runScriptsAfterFirstPaint(htmlFilesIn(layout.htmlDir));
    console.log(`paint first: ${deferred} prerendered pages run their start-up scripts after the first paint`);
    const { pages, scripts } = addCompileHints(layout);
    console.log(`compile hints: ${scripts.length} start-up scripts of ${pages} pages marked for eager compilation`);
    return 0;
  } catch (error) {
    if (!(error instanceof CompileHintError || error instanceof PaintFirstError || error instanceof LeanPayloadError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main(process.argv[2] ?? '.next');
