// Shrinks recharts' SVG before it is inlined in every chart page (and again in the page's RSC payload):
// recharts writes layout props as attributes that SVG ignores on these elements, a generic wrapper class on
// every group, and empty layer groups. None of it changes what is drawn or what CSS and tests select.

/** Attributes recharts copies from props that SVG does not define on the element. */
// (The W3C Nu Html Checker, run over every page in e2e, refuses `angle` and `offset` where recharts leaves them.)
const IGNORED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  line: ['x', 'y', 'width', 'height', 'orientation', 'name', 'angle', 'offset'],
  text: ['width', 'height', 'orientation', 'name', 'angle', 'offset'],
  path: ['x', 'y', 'width', 'height', 'radius', 'name'],
  g: ['offset'],
};

/** Coordinates written to 2 decimals: a hundredth of a user unit is far below a device pixel. */
const COORDINATES = ['x', 'y', 'x1', 'y1', 'x2', 'y2'] as const;

function round2(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "154.66666666666669" → "154.67"; anything that is not a plain number is left alone. */
export function roundCoordinate(value: string): string {
  return /^-?\d+(\.\d+)?$/.test(value) ? round2(Number(value)) : value;
}

/** Every number in path data to 2 decimals. */
export function roundPathData(d: string): string {
  return d.replace(/-?\d+\.\d{3,}(e-?\d+)?/g, (n) => round2(Number(n)));
}

/** recharts' marker for every group; nothing of ours selects it. */
const GENERIC_CLASS = 'recharts-layer';

/** Compacts a chart's SVG in place. */
export function compactChartSvg(svg: Element): void {
  for (const [tag, names] of Object.entries(IGNORED_ATTRIBUTES)) {
    for (const el of Array.from(svg.getElementsByTagName(tag))) for (const name of names) el.removeAttribute(name);
  }
  for (const el of Array.from(svg.querySelectorAll('*'))) {
    for (const name of COORDINATES) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundCoordinate(value));
    }
    const d = el.tagName === 'path' ? el.getAttribute('d') : null;
    if (d !== null) el.setAttribute('d', roundPathData(d));
  }
  const groups = Array.from(svg.getElementsByTagName('g'));
  for (const g of groups) {
    if (!g.classList.contains(GENERIC_CLASS)) continue;
    g.classList.remove(GENERIC_CLASS);
    if (g.classList.length === 0) g.removeAttribute('class');
  }
  // Deepest first, so a group left empty by removing its children goes too.
  for (const g of groups.reverse()) if (g.childNodes.length === 0 && !g.hasAttribute('id')) g.remove();
}
