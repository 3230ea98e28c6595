// `node e2e/observatory-scan.mjs <host> <https port> <http port>`: Mozilla's HTTP Observatory (1.4.8, installed by
// scripts/ensure-test-tools.mjs) against a server on ports of the test's choosing; prints the scan as JSON. Run with
// NODE_EXTRA_CA_CERTS naming the test's CA, read only at start. The package's scan(host) always asks ports 80 and 443,
// and its command line replaces NODE_EXTRA_CA_CERTS; so this retrieves with the ports and grades as its scan() does.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [host = 'localhost', httpsPort = '443', httpPort = '80'] = process.argv.slice(2);
const root = resolve('node_modules', '.cache', 'observatory', 'node_modules', '@mdn', 'mdn-http-observatory');
const load = (path) => import(pathToFileURL(join(root, path)).href);
const { retrieve } = await load('src/retriever/retriever.js');
const { ALL_TESTS, NUM_TESTS } = await load('src/constants.js');
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load('src/grader/charts.js');
const { getGradeForScore, getScoreModifier } = await load('src/grader/grader.js');

const site = await retrieve(host, { httpPort: Number(httpPort), httpsPort: Number(httpsPort) });
if (!site.responses.auto) throw new Error(`no answer from ${host}:${httpsPort}`);
const tests = ALL_TESTS.map((test) => test(site));
let extra = 100;
let uncurved = 100;
for (const test of tests) {
  test.scoreModifier = getScoreModifier(test.result);
  extra += test.scoreModifier;
  if (test.scoreModifier < 0) uncurved += test.scoreModifier;
}
const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? extra : uncurved);
const passed = tests.filter((t) => t.pass).length;
console.log(
  JSON.stringify({
    url: site.session?.url?.href,
    grade,
    score,
    passed,
    total: NUM_TESTS,
    tests: tests.map((t) => ({ name: t.constructor.name, pass: t.pass, result: t.result, scoreModifier: t.scoreModifier })),
  }),
);
// The library leaves timers and sockets that would keep Node up for seconds.
process.exit(0);
