import { describe, expect, it } from 'vitest';
import { barColour, CHART_PALETTE, paletteCss } from './chart-palette';

describe('chart palette', () => {
  it('repeats the light bar colours past the last series', () => {
    expect([0, 1, 2, 3, 4].map(barColour)).toEqual([...CHART_PALETTE.light.bars, CHART_PALETTE.light.bars[0]]);
  });

  it('declares every bar colour and the hatch background for light, and again for dark', () => {
    const css = paletteCss();
    const [light = '', dark = ''] = css.split('@media (prefers-color-scheme:dark)');
    CHART_PALETTE.light.bars.forEach((colour, i) => expect(light).toContain(`--bar-${i}:${colour}`));
    CHART_PALETTE.dark.bars.forEach((colour, i) => expect(dark).toContain(`--bar-${i}:${colour}`));
    expect(light).toContain(`--hatch-bg:${CHART_PALETTE.light.hatchBackground}`);
    expect(dark).toContain(`--hatch-bg:${CHART_PALETTE.dark.hatchBackground}`);
  });
});
