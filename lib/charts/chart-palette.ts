// The chart colours, defined once for light and dark (Okabe–Ito, colour-blind safe). The static SVGs carry the
// light colours as attributes, which is what an exported SVG or PNG shows; on the site, the stylesheet's classes
// paint the bars with the custom properties that `paletteCss` declares for both schemes.

export interface ChartColours {
  /** One colour per bar series, in the order of a chart's bars. */
  bars: readonly [string, string, string, string];
  /** Behind the hatching of a derived bar: the page background. */
  hatchBackground: string;
  /** Printed values and labels, and derived values (as the pages' --text and --derived). */
  text: string;
  derived: string;
}

export const CHART_PALETTE: Readonly<Record<'light' | 'dark', ChartColours>> = {
  light: { bars: ['#0072b2', '#e69f00', '#009e73', '#cc79a7'], hatchBackground: '#ffffff', text: '#1b1f24', derived: '#8a4b00' },
  dark: { bars: ['#56b4e9', '#e69f00', '#3fc49a', '#e39bc6'], hatchBackground: '#111418', text: '#e6e9ed', derived: '#ffc46b' },
};

/** The colour of the bar series at `index` in the light scheme, repeating past the last. */
export function barColour(index: number): string {
  const { bars } = CHART_PALETTE.light;
  return bars[index % bars.length] ?? bars[0];
}

function declarations({ bars, hatchBackground }: ChartColours): string {
  return [...bars.map((colour, i) => `--bar-${i}:${colour}`), `--hatch-bg:${hatchBackground}`].join(';');
}

/** Custom properties for both schemes, as the stylesheet's `.bar-N` and `.hatch-bg` rules read them. */
export function paletteCss(): string {
  return `:root{${declarations(CHART_PALETTE.light)}}@media (prefers-color-scheme:dark){:root{${declarations(CHART_PALETTE.dark)}}}`;
}
