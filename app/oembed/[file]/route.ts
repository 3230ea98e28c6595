import { embedPath, oembedRecord } from '@/lib/site/embed';
import { allCharts, getSiteModel } from '@/build/site';
import { absoluteUrl, siteUrl } from '@/lib/site/site-url';
import { cardImage, chartCard } from '@/lib/site/social-card';

export const dynamic = 'force-static';
// Only the charts' records exist: any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Array<{ file: string }> {
  return allCharts().map((c) => ({ file: `${c.id}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const spec = allCharts().find((c) => `${c.id}.json` === file);
  if (!spec) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const record = oembedRecord(
    spec,
    absoluteUrl(embedPath(spec.id)),
    siteUrl(),
    cardImage(chartCard(getSiteModel().cards, spec.id), absoluteUrl),
  );
  return new Response(`${JSON.stringify(record, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
