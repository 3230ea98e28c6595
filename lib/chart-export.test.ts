import { describe, expect, it } from 'vitest';
import { EXPORT_FOOTER, EXPORT_HEADER, standaloneChartSvg } from './chart-export';

describe('standaloneChartSvg', () => {
  const chart = '<svg id="c" class="recharts-surface" width="640" height="320" style="width: 100%" viewBox="0 0 640 320"><rect/></svg>';
  const out = standaloneChartSvg(chart, 640, 320, {
    title: 'Trade <1990>',
    unitLabel: 'USD million',
    sourceLine: 'Source: MOFA',
    derivedNote: 'Hatched: derived',
  });

  it('puts title, unit and source inside the image, escaped', () => {
    expect(out).toContain('>Trade &lt;1990&gt;</text>');
    expect(out).toContain('>USD million</text>');
    expect(out).toContain('>Source: MOFA</text>');
  });

  it('sizes the document to hold the chart between header and footer', () => {
    expect(out).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${320 + EXPORT_HEADER + EXPORT_FOOTER}"`));
    expect(out).toContain(
      `<svg x="0" y="${EXPORT_HEADER}" id="c" class="recharts-surface" width="640" height="320" viewBox="0 0 640 320">`,
    );
  });
});
