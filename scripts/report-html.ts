// The report text of /source as static markup. A server component's output is sent twice, as HTML and again in
// the RSC payload that React hydrates element by element; for 550 elements that nothing on the page makes
// interactive, that was most of /source's start-up script time. As one string the page inlines, it is hydrated
// as one element and travels in the payload as plain text.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { ReportText } from '../components/source/report-text';
import type { Dashboard } from '../lib/dashboard';
import { figuresBySentence } from '../lib/figures';

export function reportHtml({ source, figures, charts }: Pick<Dashboard, 'source' | 'figures' | 'charts'>): string {
  return renderToStaticMarkup(createElement(ReportText, { source, bySentence: figuresBySentence(figures), charts }));
}
