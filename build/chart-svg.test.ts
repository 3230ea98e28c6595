import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { compactChartSvg, roundCoordinate, roundPathData } from './chart-svg';

function svgOf(markup: string): Element {
  const { document } = new JSDOM(`<!doctype html><body>${markup}</body>`).window;
  const svg = document.querySelector('svg');
  if (!svg) throw new Error('no svg');
  return svg;
}

const RECHARTS_LIKE = [
  '<svg class="recharts-surface" viewBox="0 0 520 300">',
  '<g class="recharts-zIndex-layer_-50"></g>',
  '<g class="recharts-layer"><g class="recharts-layer"></g></g>',
  '<g class="recharts-cartesian-grid"><line x="84" y="12" width="424" height="254" angle="0" offset="0" x1="84" y1="202.5" x2="508" y2="202.5" stroke="#ccc"></line></g>',
  '<g class="recharts-layer recharts-bar-rectangle"><path name="1990" x="98.1333" y="168.19321" width="55" height="97.8068" radius="0" class="bar-0 reported" d="M 98.13333333,168.1932 h 55 v 97.80681234 h -55 Z"></path></g>',
  '<g class="recharts-layer recharts-cartesian-axis-tick-label" offset="5"><text angle="0" offset="5" height="30" orientation="bottom" width="424" x="154.66666666666669" y="274" class="recharts-cartesian-axis-tick-value"><tspan x="154.66666666666669" dy="0.71em">Exports</tspan></text></g>',
  '<g id="keep-me"></g>',
  '</svg>',
].join('');

describe('compactChartSvg', () => {
  it('drops the attributes SVG ignores (and the Nu Html Checker refuses), the generic group class and empty groups, and rounds coordinates', () => {
    const svg = svgOf(RECHARTS_LIKE);
    compactChartSvg(svg);
    expect(svg.outerHTML).toBe(
      [
        '<svg class="recharts-surface" viewBox="0 0 520 300">',
        '<g class="recharts-cartesian-grid"><line x1="84" y1="202.5" x2="508" y2="202.5" stroke="#ccc"></line></g>',
        '<g class="recharts-bar-rectangle"><path class="bar-0 reported" d="M 98.13,168.19 h 55 v 97.81 h -55 Z"></path></g>',
        '<g class="recharts-cartesian-axis-tick-label"><text x="154.67" y="274" class="recharts-cartesian-axis-tick-value"><tspan x="154.67" dy="0.71em">Exports</tspan></text></g>',
        '<g id="keep-me"></g>',
        '</svg>',
      ].join(''),
    );
  });

  it('keeps every drawn element and every class our CSS and tests select', () => {
    const before = svgOf(RECHARTS_LIKE);
    const after = svgOf(RECHARTS_LIKE);
    compactChartSvg(after);
    for (const selector of [
      'line',
      'path',
      'text',
      'tspan',
      '.recharts-bar-rectangle',
      '.recharts-cartesian-grid line',
      '.recharts-cartesian-axis-tick-value',
      '.bar-0.reported',
    ]) {
      expect(after.querySelectorAll(selector).length, selector).toBe(before.querySelectorAll(selector).length);
    }
    expect(after.textContent).toBe(before.textContent);
  });

  it('is stable: compacting twice changes nothing more', () => {
    const svg = svgOf(RECHARTS_LIKE);
    compactChartSvg(svg);
    const once = svg.outerHTML;
    compactChartSvg(svg);
    expect(svg.outerHTML).toBe(once);
  });
});

describe('rounding', () => {
  it('rounds plain numbers to 2 decimals and leaves other values alone', () => {
    expect(roundCoordinate('154.66666666666669')).toBe('154.67');
    expect(roundCoordinate('-3.005')).toBe('-3');
    expect(roundCoordinate('12')).toBe('12');
    expect(roundCoordinate('50%')).toBe('50%');
    expect(roundCoordinate('')).toBe('');
  });

  it('rounds long decimals in path data only', () => {
    expect(roundPathData('M 98.1333333,168.19 L 1e-7,5.1 h -55.123456')).toBe('M 98.13,168.19 L 1e-7,5.1 h -55.12');
  });
});
