// `tsx build/finish-build.ts [.next|out] [project root]`: the post-build steps, run after `next build` (and after
// the static export into out/). docs/performance.md says what each does, why, and what it measurably earns.
// POST_BUILD=off leaves the pages as Next wrote them; POST_BUILD_SKIP=script-free,paint-first leaves out the
// steps it names (the bench's --ablate compares builds made so).
import { readFileSync } from 'node:fs';
import { buildLayout, htmlFilesIn } from './build-layout';
import { addCompileHints } from './compile-hints';
import { PAINT_FIRST } from './paint-first';
import { checkNotFoundPage, SCRIPT_FREE } from './script-free-pages';
import { PostBuildError, rewritePages } from './rewrite-pages';
import { writePagePolicies } from './write-page-policies';

export const POST_BUILD_STEPS = ['script-free', 'paint-first', 'compile-hints'] as const;
type StepName = (typeof POST_BUILD_STEPS)[number];

/** The steps to leave out, from the environment; unknown names are refused so that a typo cannot measure the wrong build. */
function skippedSteps(env: NodeJS.ProcessEnv): Set<StepName> | string {
  if (env.POST_BUILD === 'off') return new Set(POST_BUILD_STEPS);
  if (env.POST_BUILD !== undefined && env.POST_BUILD !== 'on') return `POST_BUILD must be "on" or "off", not "${env.POST_BUILD}"`;
  const names = (env.POST_BUILD_SKIP ?? '').split(',').filter((name) => name !== '');
  const unknown = names.filter((name) => !(POST_BUILD_STEPS as readonly string[]).includes(name));
  if (unknown.length > 0) return `POST_BUILD_SKIP names no such step: ${unknown.join(', ')} (steps: ${POST_BUILD_STEPS.join(', ')})`;
  return new Set(names as StepName[]);
}

function main(target: string, root: string): number {
  if (target !== '.next' && target !== 'out') {
    console.error(`unknown build directory "${target}"; expected .next or out`);
    return 1;
  }
  const layout = buildLayout(target, root);
  const skipped = skippedSteps(process.env);
  if (typeof skipped === 'string') {
    console.error(skipped);
    return 1;
  }
  if (skipped.size > 0) console.log(`post-build: leaving out ${[...skipped].join(', ')} (POST_BUILD / POST_BUILD_SKIP)`);
  const pages = htmlFilesIn(layout.htmlDir);
  const steps: Record<StepName, () => string> = {
    'script-free': () => {
      const r = rewritePages(SCRIPT_FREE, pages);
      checkNotFoundPage(pages, (file) => readFileSync(file, 'utf8'));
      return `Next's scripts taken off ${r.changed} of ${r.pages} pages, whose client components are all passive`;
    },
    'paint-first': () => {
      const r = rewritePages(PAINT_FIRST, pages);
      return `${r.found} ${PAINT_FIRST.counts} on ${r.pages} pages, ${r.changed} pages rewritten`;
    },
    'compile-hints': () => {
      const h = addCompileHints(layout);
      return `${h.scripts.length} start-up scripts of ${h.pages} pages marked for eager compilation`;
    },
  };
  try {
    for (const step of POST_BUILD_STEPS) if (!skipped.has(step)) console.log(`post-build ${step}: ${steps[step]()}`);
    // Not a step to leave out: the pages' script policy depends on it, and must hash the scripts as they end up.
    const p = writePagePolicies(target, layout, root);
    console.log(`post-build page-policies: ${p.hashes} inline scripts of ${p.pages} pages hashed into ${p.files.join(', ')}`);
    return 0;
  } catch (error) {
    if (!(error instanceof PostBuildError)) throw error;
    console.error(error.message);
    return 1;
  }
}

process.exitCode = main(process.argv[2] ?? '.next', process.argv[3] ?? '.');
