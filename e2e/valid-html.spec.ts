import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { sitemapUrls } from './helpers';
import { getSiteModel } from '../build/site';
import { embedPath } from '../lib/site/routes';

// The W3C Nu Html Checker (npm vnu-jar; Java from Debian's default-jre-headless, which .ci/run installs).
const VNU_JAR = join('node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

test('every page, embed and error page is valid HTML to the W3C Nu Html Checker @desktop', async ({ request }) => {
  test.setTimeout(180_000);
  const paths = [
    ...(await sitemapUrls(request)).map((u) => u.path),
    ...getSiteModel().charts.map((c) => embedPath(c.id)),
    '/compare?dataset=trade&a=1989&b=nonsense',
    '/no-such-page',
  ];
  const dir = mkdtempSync(join(tmpdir(), 'vnu-'));
  const names = new Map<string, string>();
  for (const [i, path] of paths.entries()) {
    const response = await request.get(path);
    expect(response.headers()['content-type'], path).toContain('text/html');
    const name = `page-${String(i)}.html`;
    writeFileSync(join(dir, name), await response.body());
    names.set(name, path);
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', dir], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(run.error?.message, 'java must be installed (Debian: default-jre-headless)').toBeUndefined();
  const report = JSON.parse(run.stderr || '{"messages":[]}') as {
    messages: Array<{ url: string; type: string; message: string; extract?: string }>;
  };
  const errors = report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => `${names.get(m.url.split('/').pop() ?? '') ?? m.url}: ${m.message}`);
  expect(errors).toEqual([]);
  expect(run.status).toBe(0);
});
