import { NextResponse, type NextRequest } from 'next/server';
import { DATASETS } from '@/lib/catalog';
import { CHART_DEFINITIONS } from '@/lib/charts';
import { oembedLookup, oembedPath } from '@/lib/embed';
import { siteUrl } from '@/lib/site-url';

const CHART_PAGES: ReadonlyMap<string, string> = new Map(CHART_DEFINITIONS.map((d) => [d.id, DATASETS[d.dataset].page]));

function plain(status: number, message: string): NextResponse {
  return new NextResponse(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams, origin } = request.nextUrl;
  // The oEmbed endpoint: /oembed?url=<a chart's URL> answers with that chart's record, the same file the embed
  // page's discovery link names (which is all a static host has).
  if (pathname === '/oembed') {
    const found = oembedLookup(searchParams, [siteUrl(), origin], CHART_PAGES);
    if (!found.ok) return plain(found.status, found.message);
    return NextResponse.rewrite(new URL(oembedPath(found.chartId), request.url));
  }
  // A path with broken percent-encoding (/data/%ff%fe.csv, /figures/%ff) makes Next's parameter decoding throw,
  // which would be a 500. No such file or figure exists: answer 404 before routing.
  try {
    decodeURIComponent(pathname);
  } catch {
    return plain(404, 'Not found');
  }
  return NextResponse.next();
}

export const config = { matcher: ['/data/:path*', '/figures/:path*', '/oembed'] };
