'use client';

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChartSpec } from '@/lib/charts/charts';
import type { FigureBarChart as FigureBarChartType } from './figure-bar-chart';

/** The build-time SVG (children), swapped for the live chart only when the reader reaches for it: recharts loads only then. */
export function LiveChartSwap({ spec, children }: { spec: ChartSpec; children: React.ReactNode }): React.ReactNode {
  const [Chart, setChart] = useState<typeof FigureBarChartType | null>(null);
  const requested = useRef(false);
  const focusAfterLoad = useRef(false);
  const box = useRef<HTMLDivElement>(null);

  const activate = (viaKeyboard: boolean): void => {
    focusAfterLoad.current ||= viaKeyboard;
    if (requested.current) return;
    requested.current = true;
    void import('./figure-bar-chart').then((m) => setChart(() => m.FigureBarChart));
  };

  useEffect(() => {
    // Once, at hydration: React starts at the reader's first input (build/paint-first.ts), which may be pointing at
    // or focusing the chart itself, and those events have passed.
    const el = box.current;
    if (el?.matches(':hover')) activate(false);
    else if (el && el === document.activeElement) activate(true);
  }, []);

  useLayoutEffect(() => {
    // The live chart is drawn at the static one's size and scaled as a whole, as the static SVG is, so that both
    // are one drawing at every width (lib/charts/chart-layout.ts); recharts maps the pointer through the transform.
    const el = box.current;
    if (!Chart || !el) return;
    const fit = (): void => el.style.setProperty('--chart-scale', String(el.clientWidth / spec.layout.width));
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, [Chart, spec.layout.width]);

  useEffect(() => {
    if (!Chart || !focusAfterLoad.current) return;
    // recharts draws its SVG a frame or two after mounting: wait for it, then hand it the focus.
    let frames = 0;
    let handle = 0;
    const tryFocus = (): void => {
      const svg = box.current?.querySelector<SVGElement>('svg[tabindex="0"]');
      if (svg) svg.focus();
      else if (frames++ < 60) handle = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(handle);
  }, [Chart]);

  return (
    <div
      ref={box}
      className="chart-box"
      data-chart-id={spec.id}
      data-live={Chart ? 'true' : 'false'}
      style={{ aspectRatio: `${spec.layout.width} / ${spec.layout.height}` }}
      role="group"
      aria-label={`${spec.title}. ${Chart ? 'Use the arrow keys to read each value.' : 'Press Tab or Enter here for an interactive chart.'}`}
      tabIndex={Chart ? -1 : 0}
      onPointerEnter={() => activate(false)}
      onTouchStart={() => activate(false)}
      onFocus={(e) => {
        if (e.target === e.currentTarget) activate(true);
      }}
      onKeyDown={(e) => {
        // Enter on the chart, after the arrow keys have picked a category, opens that category's first value.
        if (e.key !== 'Enter' || !Chart) return;
        const index = Number(box.current?.querySelector('[data-active-index]')?.getAttribute('data-active-index') ?? NaN);
        const cells = spec.data[index]?.cells;
        const first = cells ? spec.bars.map((b) => cells[b.key]).find((c) => c) : undefined;
        if (first) window.location.assign(first.href);
      }}
    >
      {Chart ? <Chart spec={spec} mode="live" /> : children}
    </div>
  );
}
