// The notebook snippets, run as a reader would run them, against the served site: pandas with Debian's Python,
// d3-dsv with Node. Each must load every figure of the file with its value, and its period as the text it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { getSiteModel } from '../build/site';
import { siteUrl } from '../lib/site/routes';

const PYTHON = '/usr/bin/python3';
const { figures } = getSiteModel();

interface Loaded {
  periodType: string;
  rows: Array<{ id: string; period: string; value: number }>;
}

/** The snippet as the page shows it, pointed at the test server instead of the site's public address. */
async function snippet(page: import('@playwright/test').Page, baseURL: string, path: string, key: string): Promise<string> {
  await page.goto(path);
  const code = (await page.locator(`pre[data-snippet="${key}"]`).first().textContent()) ?? '';
  expect(code).toContain(`"${siteUrl()}/data/`);
  return code.replaceAll(siteUrl(), baseURL);
}

function expectAllFigures(loaded: Loaded, dataset: string): void {
  const expected = figures.filter((f) => f.dataset === dataset);
  expect(loaded.rows.map((r) => r.id)).toEqual(expected.map((f) => f.id));
  for (const f of expected)
    expect(
      loaded.rows.find((r) => r.id === f.id),
      f.id,
    ).toEqual({ id: f.id, period: f.period, value: f.value });
}

test.describe('notebook snippets', { tag: '@desktop' }, () => {
  test('the pandas snippet on /trade loads trade.csv with periods as text', async ({ page, baseURL }) => {
    const code = await snippet(page, baseURL ?? '', '/trade', 'pandas');
    const script = `${code}
import json
print(json.dumps({"periodType": str(trade["period"].dtype), "rows": [
  {"id": r["id"], "period": r["period"], "value": float(r["value"])} for r in trade.to_dict("records")]}))`;
    const loaded = JSON.parse(execFileSync(PYTHON, ['-'], { input: script, encoding: 'utf8' })) as Loaded;
    expect(loaded.periodType).toBe('string');
    expectAllFigures(loaded, 'trade');
  });

  test('the pandas snippet keeps a dataset of years only as text too', async ({ page, baseURL }) => {
    const code = await snippet(page, baseURL ?? '', '/fisheries', 'pandas');
    const script = `${code}\nimport json\nprint(json.dumps([str(fisheries["period"].dtype), *fisheries["period"].unique()]))`;
    const [dtype, ...periods] = JSON.parse(execFileSync(PYTHON, ['-'], { input: script, encoding: 'utf8' })) as string[];
    expect(dtype).toBe('string');
    expect(periods).toEqual([...new Set(figures.filter((f) => f.dataset === 'fisheries').map((f) => f.period))]);
  });

  test('the d3-dsv snippet on /payments loads payments.csv with periods as text, not dates', async ({ page, baseURL }) => {
    const code = await snippet(page, baseURL ?? '', '/payments', 'js');
    // Beside the project, so that its import of d3-dsv resolves to ours.
    mkdirSync(join(process.cwd(), 'test-results'), { recursive: true });
    const dir = mkdtempSync(join(process.cwd(), 'test-results', 'notebook-'));
    const file = join(dir, 'snippet.mjs');
    writeFileSync(
      file,
      `${code}\nconsole.log(JSON.stringify({ periodType: typeof payments[0].period, rows: payments.map(({ id, period, value }) => ({ id, period, value })) }));\n`,
    );
    const loaded = JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as Loaded;
    expect(loaded.periodType).toBe('string');
    expectAllFigures(loaded, 'payments');
  });
});
