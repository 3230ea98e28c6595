// Build step: draws every social card (lib/site/social-card.ts) and the favicon with resvg, in the DejaVu Sans files of
// the dejavu-fonts-ttf package rather than whatever fonts the machine has, so that every build draws the same pictures.
// Needs .generated/chart-svgs.json (build/render-charts.tsx) for the chart cards.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeXml } from '../lib/charts/chart-export';
import { barColour } from '../lib/charts/chart-palette';
import { cardSvg, type MeasureText } from '../lib/site/card-layout';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/site/social-card';
import { icoFile } from './ico';
import { getChart, getSiteModel } from './site';

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const options: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'].map((f) =>
      join(fontDir, f),
    ),
    defaultFontFamily: 'DejaVu Sans',
  },
  fitTo: { mode: 'original' },
  shapeRendering: 2,
  textRendering: 1,
};

const widths = new Map<string, number>();
/** The inked width of a line, as resvg sets it in the card's font. */
const measure: MeasureText = (text, size, bold) => {
  const key = `${String(size)}|${bold ? 'b' : ''}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${String(size * 2)}" font-family="DejaVu Sans"><text x="0" y="${String(size * 1.5)}" font-size="${String(size)}"${bold ? ' font-weight="bold"' : ''}>${escapeXml(text)}</text></svg>`;
    width = new Resvg(svg, options).getBBox()?.width ?? 0;
    widths.set(key, width);
  }
  return width;
};

function main(): void {
  const started = performance.now();
  const model = getSiteModel();
  const chartSvgs = JSON.parse(readFileSync(join(process.cwd(), '.generated', 'chart-svgs.json'), 'utf8')) as Record<string, string>;
  const { cards } = model;
  const root = join(process.cwd(), 'public');
  rmSync(join(root, 'cards'), { recursive: true, force: true });
  let bytes = 0;
  for (const card of cards) {
    const chart = card.body.kind === 'chart' ? getChart(card.body.chartId) : undefined;
    const chartLegend = chart?.bars.map((b, i) => ({ label: b.label, colour: barColour(i) }));
    const { svg } = cardSvg(card, measure, chart ? chartSvgs[chart.id] : undefined, chartLegend);
    const image = new Resvg(svg, options).render();
    if (image.width !== CARD_WIDTH || image.height !== CARD_HEIGHT) {
      throw new Error(
        `${card.file}: drawn ${String(image.width)}×${String(image.height)}, not ${String(CARD_WIDTH)}×${String(CARD_HEIGHT)}`,
      );
    }
    const png = image.asPng();
    const file = join(root, card.file);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    bytes += png.length;
  }
  console.log(
    `drew ${String(cards.length)} social cards to public/cards/ in ${String(Math.round(performance.now() - started))} ms (${String(Math.round(bytes / 1024))} KB)`,
  );
}

/** public/favicon.ico: the icon at 16, 32 and 48 px. */
function drawFavicon(): void {
  const svg = readFileSync(join(process.cwd(), 'app', 'icon.svg'), 'utf8');
  const images = [16, 32, 48].map((size) => ({
    size,
    png: new Resvg(svg, { ...options, fitTo: { mode: 'width', value: size } }).render().asPng(),
  }));
  writeFileSync(join(process.cwd(), 'public', 'favicon.ico'), icoFile(images));
}

try {
  main();
  drawFavicon();
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
