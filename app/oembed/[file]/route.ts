import { allCharts } from '@/build/site';
import { embedChart, oembedRecord } from '@/lib/site/embed';

export const dynamic = 'force-static';
// Only the charts' records exist: any other name is a 404.
export const dynamicParams = false;

export function generateStaticParams(): Array<{ file: string }> {
  return allCharts().map((c) => ({ file: `${c.id}.json` }));
}

/** A chart's oEmbed record at its own size, as a file, so that a static host has it too; application/json, as oEmbed 1.0 asks. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const spec = allCharts().find((c) => `${c.id}.json` === file);
  if (!spec) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(`${JSON.stringify(oembedRecord(embedChart(spec)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
