// Social cards: the 1200×630 picture a link preview shows, one per page and one per chart, drawn at build time
// (build/render-cards.ts) from a chart's static SVG or a page's headline figures. This module decides what each
// card says; lib/site/card-layout.ts sets it.

import { DATASET_NAMES } from '../data/catalog';
import type { ChartSpec } from '../charts/charts';
import { compareFigures, comparisonTitle } from '../figures/compare';
import type { Figure } from '../figures/figure';
import type { CheckResult } from '../figures/reconcile';
import { type CompareRoute, compareRoutes, type PageName, sitePage, topicPages } from './pages';
import { chartCardPath, comparePath, figurePath, pageCardPath, PATHS, topicPath } from './routes';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardFigure {
  value: string;
  label: string;
  derived: boolean;
}

type CardBody =
  | { kind: 'chart'; chartId: string }
  | { kind: 'figures'; items: CardFigure[] }
  | { kind: 'figure'; figure: CardFigure; detail: string }
  | { kind: 'lines'; lines: string[] };

export interface CardSpec {
  /** Where the PNG is served, e.g. "/cards/trade.png". */
  file: string;
  /** The page whose card this is (its canonical path), or null for a chart's own card. */
  pagePath: string | null;
  title: string;
  /** What the picture shows, for og:image:alt. */
  alt: string;
  body: CardBody;
}

interface CardInputs {
  figures: readonly Figure[];
  charts: readonly ChartSpec[];
  /** The comparisons' charts: a comparison's card shows its first. */
  comparisonCharts: readonly ChartSpec[];
  checks: readonly CheckResult[];
}

function cardFigure(f: Figure): CardFigure {
  return { value: f.display, label: `${f.seriesLabel}, ${f.periodLabel}`, derived: f.kind === 'derived' };
}

function figuresAlt(items: readonly CardFigure[]): string {
  return items.map((i) => `${i.label}: ${i.value}${i.derived ? ' (derived)' : ''}`).join('; ');
}

function chartAlt(chart: ChartSpec): string {
  return `Bar chart: ${chart.summary}`;
}

/** A page's card, at the file named after its page. */
function pageCardSpec(pagePath: string, title: string, alt: string, body: CardBody): CardSpec {
  return { file: pageCardPath(pagePath), pagePath, title, alt, body };
}

/** The card of a prerendered comparison: its first chart, or its changes as computed (derived) values. */
function compareCard(route: CompareRoute, figures: readonly Figure[], charts: readonly ChartSpec[]): CardSpec | undefined {
  const result = compareFigures(figures, { dataset: route.dataset, a: route.a, b: route.b });
  if (!result.ok) return undefined;
  const pagePath = comparePath(route.dataset, route.a, route.b);
  const title = comparisonTitle(result);
  const chart = charts.find((c) => c.pagePath === pagePath);
  if (chart) return pageCardSpec(pagePath, title, chartAlt(chart), { kind: 'chart', chartId: chart.id });
  const items = result.rows
    .filter((r) => r.change)
    .slice(0, 3)
    .map((r): CardFigure => ({ value: r.change?.display ?? '', label: `${r.seriesLabel}: change`, derived: true }));
  return pageCardSpec(
    pagePath,
    title,
    `${title}. ${figuresAlt(items)}.`,
    items.length ? { kind: 'figures', items } : { kind: 'lines', lines: ['The two periods side by side'] },
  );
}

function linesCard(name: PageName, lines: string[]): CardSpec {
  const { path, title } = sitePage(name);
  return pageCardSpec(path, title, `${title}. ${lines.join(' ')}`, { kind: 'lines', lines });
}

/** Every card the site has: one per page (including each figure's and each comparison's) and one per chart. */
export function cardPlan({ figures, charts, comparisonCharts, checks }: CardInputs): CardSpec[] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const headline = ['economy-gnp-change-1991-s1', 'trade-exports-change-1990', 'payments-delayed-1991-06-30']
    .map((id) => byId.get(id))
    .filter((f): f is Figure => f !== undefined)
    .map(cardFigure);
  const reported = figures.filter((f) => f.kind === 'reported').length;
  const agreeing = checks.filter((c) => c.status !== 'contradicts').length;
  const cards: CardSpec[] = [
    pageCardSpec(PATHS.home, 'The Soviet Union in Japan’s Diplomatic Bluebook 1991', `Headline figures: ${figuresAlt(headline)}.`, {
      kind: 'figures',
      items: headline,
    }),
  ];
  for (const page of topicPages()) {
    const datasets = DATASET_NAMES.filter((d) => topicPath(d) === page.path);
    const chart = charts.find((c) => datasets.includes(c.dataset));
    if (chart) {
      cards.push(pageCardSpec(page.path, page.title, chartAlt(chart), { kind: 'chart', chartId: chart.id }));
    } else {
      const items = figures
        .filter((f) => datasets.includes(f.dataset))
        .slice(0, 3)
        .map(cardFigure);
      cards.push(pageCardSpec(page.path, page.title, figuresAlt(items), { kind: 'figures', items }));
    }
  }
  cards.push(
    linesCard('source', [
      `${reported} figures stated in the text, each marked in its sentence`,
      `${figures.length - reported} derived from them, with formula and interval`,
    ]),
    linesCard('checks', [
      `${checks.length} arithmetic cross-checks between the report’s own numbers`,
      `${agreeing} hold exactly or within what the rounding allows`,
    ]),
    linesCard('data', ['A CSV per dataset, figures.csv, JSON and a workbook', 'A Data Package, and every citation as JSON-LD']),
    linesCard('figures', [
      `All ${figures.length} figures, each with a page of its own:`,
      'its sentence or derivation, its precision, how to cite it',
    ]),
    linesCard('compare', ['Any two periods of a dataset side by side,', 'with the change and what the rounding allows']),
  );
  for (const f of figures) {
    const figure = cardFigure(f);
    const detail = f.kind === 'derived' ? `Derived: ${f.formulaText}` : `“${f.sentenceText}”`;
    cards.push(
      pageCardSpec(
        figurePath(f.id),
        figure.label,
        `${figure.label}: ${figure.value}${figure.derived ? `, derived: ${f.formulaText}` : `, as the report states it`}.`,
        { kind: 'figure', figure, detail },
      ),
    );
  }
  for (const route of compareRoutes(figures)) {
    if (route.a === route.b) continue;
    const card = compareCard(route, figures, comparisonCharts);
    if (card) cards.push(card);
  }
  for (const chart of [...charts, ...comparisonCharts]) {
    cards.push({
      file: chartCardPath(chart.id),
      pagePath: null,
      title: chart.title,
      alt: chartAlt(chart),
      body: { kind: 'chart', chartId: chart.id },
    });
  }
  return cards;
}

/** The card of a page, by its canonical path; an error naming the page if it has none, so no page ships without one. */
export function pageCard(cards: readonly CardSpec[], path: string): CardSpec {
  const card = cards.find((c) => c.pagePath === path);
  if (!card) throw new Error(`no social card for the page ${path}: add one in lib/site/social-card.ts`);
  return card;
}

export function chartCard(cards: readonly CardSpec[], chartId: string): CardSpec {
  const card = cards.find((c) => c.pagePath === null && c.body.kind === 'chart' && c.body.chartId === chartId);
  if (!card) throw new Error(`no social card for the chart ${chartId}`);
  return card;
}

export interface CardImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/** A card as metadata names it: its absolute URL, size and alt text. */
export function cardImage(card: CardSpec, absoluteUrl: (path: string) => string): CardImage {
  return { url: absoluteUrl(card.file), width: CARD_WIDTH, height: CARD_HEIGHT, alt: card.alt };
}
