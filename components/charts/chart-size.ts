// One size for the build-time SVG, the live chart and the exports. Narrower than a desktop column so
// that text stays readable when the SVG is scaled down to a 360 px phone.
export const CHART_WIDTH = 520;
export const CHART_HEIGHT = 300;
/** Must equal --chart-font in globals.css: the build-time render cannot measure text. */
export const CHART_FONT_PX = 14;
