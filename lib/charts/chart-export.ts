// A chart as a standalone image: the chart's SVG with its title, unit, legend and source line inside, each line
// wrapped to the image's width.
import { wrapText } from './chart-layout';

export interface ChartExportText {
  title: string;
  unitLabel: string;
  sourceLine: string;
  derivedNote: string;
  /** What each colour is: the page's legend, which an image taken off the page must carry itself. */
  legend: ReadonlyArray<{ label: string; colour: string }>;
}

const PAD = 12;
const TITLE_PX = 16;
const TITLE_LINE = 20;
const TEXT_PX = 13;
const TEXT_LINE = 18;
const NOTE_PX = 11;
const NOTE_LINE = 16;
const LEGEND_ROW = 20;

/** Where each line of the header and footer goes: every line wrapped to the image's width, none cut off. */
export interface ExportPlan {
  title: string[];
  unit: string[];
  legend: Array<{ lines: string[]; colour: string }>;
  notes: string[];
  header: number;
  footer: number;
}

export function exportPlan(text: ChartExportText, width: number): ExportPlan {
  const room = width - 2 * PAD;
  const title = wrapText(text.title, room, TITLE_PX);
  const unit = wrapText(text.unitLabel, room, TEXT_PX);
  const legend = text.legend.map(({ label, colour }) => ({ lines: wrapText(label, room - 18, TEXT_PX), colour }));
  const notes = [...wrapText(text.derivedNote, room, NOTE_PX), ...wrapText(text.sourceLine, room, NOTE_PX)];
  const legendRows = legend.reduce((n, l) => n + Math.max(1, l.lines.length), 0);
  const header = 8 + title.length * TITLE_LINE + unit.length * TEXT_LINE + legendRows * LEGEND_ROW + 8;
  const footer = 4 + notes.length * NOTE_LINE + 8;
  return { title, unit, legend, notes, header, footer };
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

/** Wraps a chart's `<svg>` markup (width × height) in a labelled SVG document: header, chart, then footer. */
export function standaloneChartSvg(chartSvg: string, width: number, height: number, text: ChartExportText): string {
  const plan = exportPlan(text, width);
  const total = plan.header + height + plan.footer;
  const inner = placedChartSvg(chartSvg, 0, plan.header, width, height);
  const lines: string[] = [];
  let y = 8;
  for (const line of plan.title) {
    y += TITLE_LINE;
    lines.push(`<text x="${PAD}" y="${y - 4}" font-size="${TITLE_PX}" font-weight="bold" fill="#1b1f24">${escapeXml(line)}</text>`);
  }
  for (const line of plan.unit) {
    y += TEXT_LINE;
    lines.push(`<text x="${PAD}" y="${y - 4}" fill="#57606a">${escapeXml(line)}</text>`);
  }
  for (const { lines: label, colour } of plan.legend) {
    lines.push(`<rect x="${PAD}" y="${y + 4}" width="12" height="12" fill="${escapeXml(colour)}"/>`);
    for (const line of label.length ? label : ['']) {
      y += LEGEND_ROW;
      lines.push(`<text x="${PAD + 18}" y="${y - 6}" fill="#1b1f24">${escapeXml(line)}</text>`);
    }
  }
  let footerY = plan.header + height + 4;
  const notes = plan.notes.map((line) => {
    footerY += NOTE_LINE;
    return `<text x="${PAD}" y="${footerY - 4}" font-size="${NOTE_PX}" fill="#57606a">${escapeXml(line)}</text>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="DejaVu Sans, Arial, sans-serif" font-size="${TEXT_PX}">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    ...lines,
    inner,
    ...notes,
    '</svg>',
  ].join('\n');
}
