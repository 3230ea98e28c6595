// Each chart's build-time SVG (topics and comparisons) against its checked-in snapshot, one file per chart, so that
// any change to how a chart is drawn is a diff in review. Update them on purpose with `npx vitest run -u`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCharts } from '@/build/site';

const SNAPSHOTS = join(__dirname, '__snapshots__');
const svgs = JSON.parse(readFileSync(join(__dirname, '../../.generated/chart-svgs.json'), 'utf8')) as Record<string, string>;

/** One element per line, so that a diff names the bar, label or tick that changed. */
function readable(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('the charts’ static SVGs', () => {
  const ids = allCharts().map((c) => c.id);

  it('are drawn for every chart, and snapshotted for no other', () => {
    expect(Object.keys(svgs).sort()).toEqual([...ids].sort());
    const files = readdirSync(SNAPSHOTS).filter((f) => f.endsWith('.svg'));
    expect(files.sort()).toEqual(ids.map((id) => `${id}.svg`).sort());
  });

  for (const id of ids) {
    it(`${id} matches its snapshot`, async () => {
      await expect(readable(svgs[id] ?? '')).toMatchFileSnapshot(join(SNAPSHOTS, `${id}.svg`));
    });
  }
});
