// Build step: draws every chart with recharts in jsdom and writes the SVG markup to
// .generated/chart-svgs.json, which the pages inline so charts show before any script runs.
// jsdom's globals live only in this process, never in Next's build or server workers.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { CHART_FONT_PX as FONT_PX } from '../lib/charts/chart-layout';

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true });
const win = dom.window as unknown as Window & typeof globalThis;
const px = (v?: string | null): number | undefined => (v && /^-?[\d.]+px$/.test(v) ? parseFloat(v) : undefined);
// jsdom has no layout: give recharts' text-measuring span a width estimate and inline sizes elsewhere.
win.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement): DOMRect {
  let width = px(this.style.width) ?? 0;
  let height = px(this.style.height) ?? 0;
  if (this.id === 'recharts_measurement_span') {
    const fs = px(this.style.fontSize) ?? FONT_PX;
    width = Math.ceil(this.textContent.length * fs * 0.58);
    height = Math.ceil(fs * 1.2);
  }
  return { x: 0, y: 0, top: 0, left: 0, right: width, bottom: height, width, height, toJSON: () => ({}) };
};
const fakeComputedStyle = (): CSSStyleDeclaration =>
  ({ fontSize: `${FONT_PX}px`, letterSpacing: 'normal', getPropertyValue: () => '' }) as unknown as CSSStyleDeclaration;
Object.assign(win, { getComputedStyle: fakeComputedStyle });
for (const [k, v] of Object.entries({
  window: win,
  document: win.document,
  navigator: win.navigator,
  HTMLElement: win.HTMLElement,
  getComputedStyle: fakeComputedStyle,
  requestAnimationFrame: win.requestAnimationFrame.bind(win),
  cancelAnimationFrame: win.cancelAnimationFrame.bind(win),
})) {
  Object.defineProperty(globalThis, k, { value: v, configurable: true, writable: true });
}

async function main(): Promise<void> {
  // Loaded only after the globals exist: recharts decides at import time whether it runs on a server.
  const { createRoot } = await import('react-dom/client');
  const { flushSync } = await import('react-dom');
  const { FigureBarChart } = await import('../components/charts/figure-bar-chart');
  const { allCharts } = await import('./site');
  const { compactChartSvg } = await import('./chart-svg');

  const started = performance.now();
  const specs = allCharts();
  const out: Record<string, string> = {};
  let bytesBefore = 0;
  for (const spec of specs) {
    const host = win.document.createElement('div');
    win.document.body.appendChild(host);
    const root = createRoot(host);
    flushSync(() => root.render(<FigureBarChart spec={spec} mode="static" />));
    const svg = host.querySelector('svg.recharts-surface');
    if (!svg) throw new Error(`${spec.id}: recharts drew no SVG`);
    const bars = svg.querySelectorAll('.recharts-bar-rectangle').length;
    const expected = spec.data.reduce((n, d) => n + Object.values(d.values).filter((v) => v !== null).length, 0);
    if (bars !== expected) throw new Error(`${spec.id}: drew ${bars} bars for ${expected} values`);
    const before = svg.outerHTML.length;
    // A copy: React still owns the rendered nodes, and unmounting fails on any that compacting removed.
    const compact = svg.cloneNode(true) as Element;
    compactChartSvg(compact);
    if (compact.querySelectorAll('.recharts-bar-rectangle').length !== bars) throw new Error(`${spec.id}: compacting the SVG lost bars`);
    bytesBefore += before;
    // The clip-path id comes from a process-wide counter: pin it so builds are byte-identical.
    // A static image has nothing to focus: drop recharts' layer tabindex.
    out[spec.id] = compact.outerHTML.replace(/recharts\d+-clip/g, `${spec.id}-clip`).replace(/ tabindex="-1"/g, '');
    root.unmount();
    host.remove();
  }
  const dir = join(process.cwd(), '.generated');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'chart-svgs.json'), `${JSON.stringify(out, null, 1)}\n`);
  const bytesAfter = Object.values(out).reduce((n, svg) => n + svg.length, 0);
  console.log(
    `rendered ${specs.length} charts to .generated/chart-svgs.json in ${Math.round(performance.now() - started)} ms (SVG compacted from ${bytesBefore} to ${bytesAfter} characters)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
