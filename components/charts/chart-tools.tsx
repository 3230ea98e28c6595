'use client';

import { useState } from 'react';
import { standaloneChartSvg, type ChartExportText } from '@/lib/charts/chart-export';
import type { Citations } from '@/lib/site/citation';
import { NEEDS_REACT_ATTRIBUTE } from '@/lib/site/page-scripts';
import { saveBlob } from '../shared/save-blob';

/** Download the chart as SVG or PNG (made in the browser, labelled) and copy a citation. */
export function ChartTools({
  chartId,
  width,
  height,
  text,
  citations,
}: {
  chartId: string;
  width: number;
  height: number;
  text: ChartExportText;
  citations: Pick<Citations, 'short' | 'long' | 'bibtex'>;
}): React.ReactNode {
  const [status, setStatus] = useState('');

  const svgDocument = (): string | undefined => {
    const svg = document.querySelector(`[data-chart-id="${chartId}"] svg.recharts-surface`);
    return svg ? standaloneChartSvg(new XMLSerializer().serializeToString(svg), width, height, text) : undefined;
  };

  const downloadSvg = (): void => {
    const doc = svgDocument();
    if (doc) saveBlob(new Blob([doc], { type: 'image/svg+xml' }), `${chartId}.svg`);
  };

  const downloadPng = (): void => {
    const doc = svgDocument();
    if (!doc) return;
    const image = new Image();
    image.onload = () => {
      const scale = 2;
      const canvas = document.createElement('canvas');
      canvas.width = image.width * scale;
      canvas.height = image.height * scale;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.scale(scale, scale);
      ctx.drawImage(image, 0, 0);
      canvas.toBlob((blob) => {
        if (blob) saveBlob(blob, `${chartId}.png`);
      }, 'image/png');
    };
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(doc)}`;
  };

  const copy = async (what: 'short' | 'long' | 'bibtex', label: string): Promise<void> => {
    try {
      await navigator.clipboard.writeText(citations[what]);
      setStatus(`${label} copied.`);
    } catch {
      setStatus('Copying is blocked here; select the text on the Data page instead.');
    }
  };

  return (
    <div className="chart-tools" role="group" aria-label={`Export and cite: ${text.title}`} {...{ [NEEDS_REACT_ATTRIBUTE]: '' }}>
      <button type="button" className="secondary" onClick={downloadSvg}>
        Download SVG
      </button>
      <button type="button" className="secondary" onClick={downloadPng}>
        Download PNG
      </button>
      <button type="button" className="secondary" onClick={() => void copy('short', 'Short citation')}>
        Copy citation
      </button>
      <button type="button" className="secondary" onClick={() => void copy('long', 'Full citation')}>
        Copy full citation
      </button>
      <button type="button" className="secondary" onClick={() => void copy('bibtex', 'BibTeX')}>
        Copy BibTeX
      </button>
      <span className="chart-tools-status" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
