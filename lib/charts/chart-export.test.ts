import { describe, expect, it } from 'vitest';
import { textWidth } from './chart-layout';
import { exportPlan, standaloneChartSvg, type ChartExportText } from './chart-export';

const text: ChartExportText = {
  title: 'Trade <1990>',
  unitLabel: 'USD million',
  sourceLine: 'Source: MOFA',
  derivedNote: 'Hatched: derived',
  legend: [
    { label: '1989 (derived)', colour: '#0072b2' },
    { label: '1990 & after', colour: '#e69f00' },
  ],
};

describe('standaloneChartSvg', () => {
  const chart = '<svg id="c" class="recharts-surface" width="640" height="320" style="width: 100%" viewBox="0 0 640 320"><rect/></svg>';
  const out = standaloneChartSvg(chart, 640, 320, text);
  const plan = exportPlan(text, 640);

  it('carries its legend: each colour with its label', () => {
    expect(out).toMatch(/fill="#0072b2"\/>\n<text x="30" y="\d+" fill="#1b1f24">1989 \(derived\)<\/text>/);
    expect(out).toMatch(/fill="#e69f00"\/>\n<text x="30" y="\d+" fill="#1b1f24">1990 &amp; after<\/text>/);
  });

  it('puts title, unit and source inside the image, escaped', () => {
    expect(out).toContain('>Trade &lt;1990&gt;</text>');
    expect(out).toContain('>USD million</text>');
    expect(out).toContain('>Source: MOFA</text>');
  });

  it('sizes the document to hold the chart between header and footer', () => {
    expect(out).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="640" height="${320 + plan.header + plan.footer}"`));
    expect(out).toContain(`<svg x="0" y="${plan.header}" id="c" class="recharts-surface" width="640" height="320" viewBox="0 0 640 320">`);
  });

  it('wraps a title, legend or note too long for the image rather than cut it off', () => {
    const long: ChartExportText = {
      ...text,
      title: 'Japan–Soviet trade: first half of 1990 and first half of 1991, in USD million',
      derivedNote: 'Hatched bars with dashed outlines, and values in italics, are derived from the report, not stated in it.',
      sourceLine: 'Source: Ministry of Foreign Affairs of Japan, Diplomatic Bluebook 1991, "The Soviet Union".',
    };
    const narrow = exportPlan(long, 440);
    expect(narrow.title.length).toBeGreaterThan(1);
    expect(narrow.notes.length).toBeGreaterThan(2);
    for (const line of narrow.title) expect(textWidth(line, 16)).toBeLessThanOrEqual(440 - 24);
    for (const line of narrow.notes) expect(textWidth(line, 11)).toBeLessThanOrEqual(440 - 24);
    expect(narrow.title.join(' ')).toBe(long.title);
    expect(narrow.header).toBeGreaterThan(exportPlan(text, 440).header);
    expect(narrow.notes.join(' ')).toBe(`${long.derivedNote} ${long.sourceLine}`);
    expect(standaloneChartSvg(chart, 440, 320, long)).toContain('&quot;The Soviet Union&quot;.</text>');
  });
});
