// A chart as a standalone image: the chart's SVG with its title, unit and source line inside.

export interface ChartExportText {
  title: string;
  unitLabel: string;
  sourceLine: string;
  derivedNote: string;
  /** What each colour is: the page's legend, which an image taken off the page must carry itself. */
  legend: ReadonlyArray<{ label: string; colour: string }>;
}

const HEADER_TOP = 52;
const LEGEND_ROW = 20;
export const EXPORT_FOOTER = 40;

/** The room above the chart: title, unit and one legend row per series. */
export function exportHeaderHeight(text: Pick<ChartExportText, 'legend'>): number {
  return HEADER_TOP + text.legend.length * LEGEND_ROW + 4;
}

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
  const header = exportHeaderHeight(text);
  const total = height + header + EXPORT_FOOTER;
  const inner = placedChartSvg(chartSvg, 0, header, width, height);
  const legend = text.legend.map(({ label, colour }, i) => {
    const y = HEADER_TOP + i * LEGEND_ROW;
    return `<rect x="12" y="${y + 2}" width="12" height="12" fill="${escapeXml(colour)}"/><text x="30" y="${y + 12}" fill="#1b1f24">${escapeXml(label)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="DejaVu Sans, Arial, sans-serif" font-size="13">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    `<text x="12" y="22" font-size="16" font-weight="bold" fill="#1b1f24">${escapeXml(text.title)}</text>`,
    `<text x="12" y="42" fill="#57606a">${escapeXml(text.unitLabel)}</text>`,
    ...legend,
    inner,
    `<text x="12" y="${height + header + 16}" font-size="11" fill="#57606a">${escapeXml(text.derivedNote)}</text>`,
    `<text x="12" y="${height + header + 32}" font-size="11" fill="#57606a">${escapeXml(text.sourceLine)}</text>`,
    '</svg>',
  ].join('\n');
}
