// A chart as a standalone image: the chart's SVG with its title, unit and source line inside.

export interface ChartExportText {
  title: string;
  unitLabel: string;
  sourceLine: string;
  derivedNote: string;
}

export const EXPORT_HEADER = 52;
export const EXPORT_FOOTER = 40;

/** Text made safe inside SVG or HTML: as an element's content or in a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A chart's `<svg>` markup placed at (x, y) in a larger SVG, sized to width × height (its aspect ratio kept), its page-only style dropped. */
export function placedChartSvg(chartSvg: string, x: number, y: number, width: number, height: number): string {
  return chartSvg
    .replace(/^<svg\b/, `<svg x="${x}" y="${y}"`)
    .replace(/\sstyle="[^"]*"/, '')
    .replace(/\swidth="[^"]*"/, ` width="${width}"`)
    .replace(/\sheight="[^"]*"/, ` height="${height}"`);
}

/** Wraps a chart's `<svg>` markup (width × height) in a labelled SVG document of width × (height + header + footer). */
export function standaloneChartSvg(chartSvg: string, width: number, height: number, text: ChartExportText): string {
  const total = height + EXPORT_HEADER + EXPORT_FOOTER;
  const inner = placedChartSvg(chartSvg, 0, EXPORT_HEADER, width, height);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="DejaVu Sans, Arial, sans-serif" font-size="13">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="16" font-weight="bold" fill="#1b1f24">${escapeXml(text.title)}</text>`,
    `<text x="12" y="42" fill="#57606a">${escapeXml(text.unitLabel)}</text>`,
    inner,
    `<text x="12" y="${height + EXPORT_HEADER + 16}" font-size="11" fill="#57606a">${escapeXml(text.derivedNote)}</text>`,
    `<text x="12" y="${height + EXPORT_HEADER + 32}" font-size="11" fill="#57606a">${escapeXml(text.sourceLine)}</text>`,
    '</svg>',
  ].join('\n');
}
