import chartSvgs from '@/.generated/chart-svgs.json';
import { embedHtml } from '@/lib/site/embed';
import { allCharts, getSiteModel } from '@/build/site';
import { cardImage, chartCard } from '@/lib/site/social-card';
import { absoluteUrl } from '@/lib/site/routes';

export const dynamic = 'force-static';
// Only the charts exist: any other name is a 404.
export const dynamicParams = false;

const STATIC_SVGS: Readonly<Record<string, string>> = chartSvgs;

export function generateStaticParams(): Array<{ chart: string }> {
  return allCharts().map((c) => ({ chart: c.id }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ chart: string }> }): Promise<Response> {
  const { chart } = await params;
  const spec = allCharts().find((c) => c.id === chart);
  const svg = STATIC_SVGS[chart];
  if (!spec || svg === undefined)
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const html = embedHtml({ spec, svg, card: cardImage(chartCard(getSiteModel().cards, spec.id), absoluteUrl) });

  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
