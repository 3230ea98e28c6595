// The site's pages: one registry that the navigation, the home page's and the 404 page's lists, each page's
// metadata, the social cards, the sitemap, the bench and the browser tests read, so a page added here is in all of them.

import { DATASETS, type DatasetName } from '../data/catalog';
import { compareOptions, comparisonTitle, type CompareResult } from '../figures/compare';
import type { Figure } from '../figures/figure';
import { comparePagePath, comparePath, figurePath, PATHS, type CompareRouteEntry } from './routes';

/** What a reference manager should save a page as: the report itself, or a dataset taken from it. */
export type ReferenceKind = 'report' | 'dataset';

export interface SitePage {
  path: string;
  /** Its title, before the site's suffix: what <title>, OpenGraph and its card say. */
  title: string;
  /** Its own description, for search engines and link previews: no two pages share one. */
  description: string;
  /** Its link in the header. */
  navLabel: string;
  /** What it holds, in a line, for the lists of pages on the home and 404 pages (empty: not listed). */
  summary: string;
  /** What a reference manager should save it as, if anything. */
  reference?: ReferenceKind;
  /** The title a reference manager should save it under, if not its own (app/page-metadata.ts). */
  referenceTitle?: string;
}

export const PAGE_TITLE_TEMPLATE = '%s · Bluebook 1991: the Soviet Union';

/** A page's full title, as the layout's template makes it. */
export function pageTitle(title: string): string {
  // A function, not a string, as the replacement: a title may contain "$&", which replace() would expand.
  return PAGE_TITLE_TEMPLATE.replace('%s', () => title);
}

/**
 * The site's name, as provider, publisher and chart author. No comma: reference managers' name parsers (Zotero's for
 * RIS and Highwire tags) split a name at its comma into a person's family and given names.
 */
export const SITE_NAME = 'Bluebook 1991: the Soviet Union — economic figures';

/** The whole collection's title: what /data is saved under, and the data package's, figures.json's and the workbook's. */
export const COLLECTION_TITLE = 'Economic figures of the Diplomatic Bluebook 1991, section "The Soviet Union"';

const PAGES = {
  home: {
    path: PATHS.home,
    title: 'Economic figures of the Soviet Union, 1990–91',
    description:
      "Soviet GNP, Japan–Soviet trade, fishery quotas, delayed payments and assistance as stated in Japan's Diplomatic Bluebook 1991, every number linked to the sentence that states it.",
    navLabel: 'Overview',
    summary: '',
  },
  economy: {
    path: PATHS.economy,
    title: 'Soviet economy',
    description:
      'Soviet GNP, mining and manufacturing, consumer goods and money income in 1990 and the first half of 1991, the April 1991 price rise and the unmet-demand estimate, each cited to the Diplomatic Bluebook 1991.',
    navLabel: 'Economy',
    summary: DATASETS.economy.description,
    reference: 'dataset',
  },
  trade: {
    path: PATHS.trade,
    title: 'Japan–Soviet trade',
    description:
      "Japan's exports to and imports from the Soviet Union in 1990 and the first half of 1991, the Soviet surplus and the implied earlier levels, each cited to its sentence of the Diplomatic Bluebook 1991.",
    navLabel: 'Trade',
    summary: DATASETS.trade.description,
    reference: 'dataset',
  },
  fisheries: {
    path: PATHS.fisheries,
    title: 'Fisheries',
    description:
      'The 200-nautical-mile fishing quotas, the salmon and trout catch and the fishery cooperation expenditures of 1990 and 1991, as the Diplomatic Bluebook 1991 states them.',
    navLabel: 'Fisheries',
    summary: DATASETS.fisheries.description,
    reference: 'dataset',
  },
  payments: {
    path: PATHS.payments,
    title: 'Payments, joint ventures and assistance',
    description:
      "Delayed Soviet payments to Japanese trading companies, Japan–Soviet joint ventures, and Japan's and Germany's assistance to the Soviet Union, from the Diplomatic Bluebook 1991.",
    navLabel: 'Payments & aid',
    summary: "Delayed Soviet payments, Japan–Soviet joint ventures, and Japan's and Germany's assistance.",
    reference: 'dataset',
  },
  compare: {
    path: PATHS.compare,
    title: 'Compare periods',
    description:
      'Compare any two periods of a dataset from the Diplomatic Bluebook 1991 on the Soviet Union, side by side with the change, every number cited to its sentence.',
    navLabel: 'Compare',
    summary: 'Any two periods of a dataset side by side, with the change and what the rounding allows.',
  },
  checks: {
    path: PATHS.checks,
    title: 'Consistency checks',
    description:
      "Arithmetic cross-checks between the Diplomatic Bluebook 1991's own numbers on the Soviet Union, with the range each rounded number stands for and how precisely derived figures are shown.",
    navLabel: 'Checks',
    summary: 'Arithmetic cross-checks between the report’s own numbers.',
  },
  source: {
    path: PATHS.source,
    title: 'The annotated source',
    description:
      "The whole text of the Diplomatic Bluebook 1991's section on the Soviet Union, byte for byte, with every sentence that states a figure marked and linked to it.",
    navLabel: 'Source',
    summary: 'The whole section, every cited sentence highlighted.',
    reference: 'report',
  },
  data: {
    path: PATHS.data,
    title: 'Data downloads',
    description:
      "Clean CSV, JSON and Data Package downloads of every economic figure in the Diplomatic Bluebook 1991's section on the Soviet Union, each with the sentence it comes from.",
    navLabel: 'Data',
    summary: 'A CSV per dataset, every figure as CSV, JSON and a workbook, a Data Package, and how to cite them.',
    reference: 'dataset',
    referenceTitle: COLLECTION_TITLE,
  },
  figures: {
    path: PATHS.figures,
    title: 'Every figure',
    description:
      "Every figure of the Diplomatic Bluebook 1991's section on the Soviet Union, a table per dataset: series, period, value and whether the report states it or it is derived, each with a page of its own to cite.",
    navLabel: '',
    summary:
      'Every figure, a table per dataset, each with a page of its own: its sentence or derivation, its precision, and how to cite it.',
    reference: 'dataset',
    referenceTitle: 'Every figure of the Diplomatic Bluebook 1991, section "The Soviet Union"',
  },
} as const satisfies Record<keyof typeof PATHS, SitePage>;

export type PageName = keyof typeof PAGES;

/** A page of the registry by name. */
export function sitePage(name: PageName): SitePage {
  return PAGES[name];
}

/** Every page with a fixed address, in the navigation's order. */
export const SITE_PAGES: readonly SitePage[] = Object.values(PAGES);

/** The header's links. */
export function navigation(): Array<{ href: string; label: string }> {
  return SITE_PAGES.filter((p) => p.navLabel !== '').map((p) => ({ href: p.path, label: p.navLabel }));
}

/** The pages the home and 404 pages list, each with what it holds; a topic page links to its dataset's section. */
export function pageList(): Array<{ href: string; title: string; summary: string }> {
  return SITE_PAGES.filter((p) => p.summary !== '').map((p) => ({ href: p.path, title: p.title, summary: p.summary }));
}

/** The topic pages: the pages that chart a dataset. */
export function topicPages(): SitePage[] {
  return [PAGES.economy, PAGES.trade, PAGES.fisheries, PAGES.payments];
}

/** A figure page's title: its series and period, its base for a change, and "restated" for a figure stated again. */
export function figurePageTitle(figure: Figure): string {
  const base = figure.baseLabel ? ` (${figure.baseLabel})` : '';
  return `${figure.seriesLabel}, ${figure.periodLabel}${base}${figure.restates ? ', restated' : ''}`;
}

/** A figure page's description: its value, how the report gives it, and, for a restatement, which figure it restates. */
export function figurePageDescription(figure: Figure): string {
  const how = figure.kind === 'reported' ? `stated as "${figure.value_text}"` : 'derived from figures stated';
  const restated = figure.restates ? `; the report states this figure again here, as it did earlier (${figure.restates})` : '';
  return `${figurePageTitle(figure)}: ${figure.display}, ${how} in Japan's Diplomatic Bluebook 1991, section "The Soviet Union"${restated}.`;
}

/** A comparison's page title: the comparison when there is one. */
export function comparePageTitle(result: CompareResult): string {
  return result.ok ? `${comparisonTitle(result)} — ${PAGES.compare.title}` : PAGES.compare.title;
}

/** A comparison's description for search engines and link previews: one per comparison. */
export function compareDescription(result: CompareResult): string {
  if (!result.ok) return PAGES.compare.description;
  return `${comparisonTitle(result)}: the figures side by side with the change and, where it means something, the % change, every number cited to the Diplomatic Bluebook 1991.`;
}

/** A prerendered comparison, e.g. /compare/assistance/1990-08_1991-07/1990-12 (comparePagePath). */
export type CompareRoute = CompareRouteEntry & { dataset: DatasetName };

/**
 * Every pair of periods of every dataset, the same period twice included (it renders the message asking for two):
 * under `next start` a /compare query naming one of these is served by its prerendered page, and anything else is
 * rendered per request.
 */
export function compareRoutes(figures: readonly Figure[]): CompareRoute[] {
  return compareOptions(figures).flatMap(({ name, periods }) =>
    periods.flatMap(({ code: a }) =>
      periods.map(({ code: b }): CompareRoute => ({ dataset: name, a, b, path: comparePagePath(name, a, b) })),
    ),
  );
}

/** Every page: those above, every figure's page and every prerendered comparison of two periods, each once, at its canonical path. */
export function sitePagePaths(figures: readonly Figure[]): string[] {
  return [
    ...new Set([
      ...SITE_PAGES.map((p) => p.path),
      ...figures.map((f) => figurePath(f.id)),
      ...compareRoutes(figures)
        .filter((r) => r.a !== r.b)
        .map((r) => comparePath(r.dataset, r.a, r.b)),
    ]),
  ];
}

/**
 * One page of each kind, for the bench and the browser tests that cannot visit every page: every page above, the
 * first comparison of two periods, a derived figure's page and a stated one's (the first of each in the data).
 */
export function pagesOfEachKind(figures: readonly Figure[]): string[] {
  const comparison = compareRoutes(figures).find((r) => r.a !== r.b);
  const derived = figures.find((f) => f.kind === 'derived');
  const reported = figures.find((f) => f.kind === 'reported');
  return [
    ...SITE_PAGES.map((p) => p.path),
    ...(comparison ? [comparePath(comparison.dataset, comparison.a, comparison.b)] : []),
    ...[derived, reported].flatMap((f) => (f ? [figurePath(f.id)] : [])),
  ];
}
