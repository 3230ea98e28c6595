import { describe, expect, it } from 'vitest';
import { EXPORT_FOOTER, exportHeaderHeight, standaloneChartSvg } from './chart-export';

describe('standaloneChartSvg', () => {
  const chart = '<svg id="c" class="recharts-surface" width="640" height="320" style="width: 100%" viewBox="0 0 640 320"><rect/></svg>';
  const out = standaloneChartSvg(chart, 640, 320, {
    title: 'Trade <1990>',
    unitLabel: 'USD million',
    sourceLine: 'Source: MOFA',
    derivedNote: 'Hatched: derived',
    legend: [
      { label: '1989 (derived)', colour: '#0072b2' },
      { label: '1990 & after', colour: '#e69f00' },
    ],
  });
  const header = exportHeaderHeight({
    legend: [
      { label: '', colour: '' },
      { label: '', colour: '' },
    ],
  });

  it('carries its legend: each colour with its label', () => {
    expect(out).toContain('fill="#0072b2"/><text x="30" y="64" fill="#1b1f24">1989 (derived)</text>');
    expect(out).toContain('fill="#e69f00"/><text x="30" y="84" fill="#1b1f24">1990 &amp; after</text>');
  });

  it('puts title, unit and source inside the image, escaped', () => {
    expect(out).toContain('>Trade &lt;1990&gt;</text>');
    expect(out).toContain('>USD million</text>');
    expect(out).toContain('>Source: MOFA</text>');
  });

  it('sizes the document to hold the chart between header and footer', () => {
    expect(out).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${320 + header + EXPORT_FOOTER}"`));
    expect(out).toContain(`<svg x="0" y="${header}" id="c" class="recharts-surface" width="640" height="320" viewBox="0 0 640 320">`);
  });
});
