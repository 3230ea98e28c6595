// Every request but Next's static files passes here: the one place that answers the oEmbed endpoint and sends the
// security headers, each page's Content-Security-Policy naming its inline scripts by hash (build/write-page-policies.ts).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NextResponse, type NextRequest } from 'next/server';
import embeds from '@/.generated/embeds.json';
import compareRoutes from '@/.generated/compare-routes.json';
import { DEVELOPMENT_POLICY, newNonce, pagePolicy, responseHeaders, type PagePolicies } from '@/lib/site/content-security';
import { oembedAnswer, type EmbedChart } from '@/lib/site/embed';
import { compareTarget, OEMBED_ENDPOINT, PATHS, siteUrl, type CompareRouteEntry } from '@/lib/site/routes';

const EMBEDS: ReadonlyMap<string, EmbedChart> = new Map(Object.entries(embeds as Record<string, EmbedChart>));
const COMPARE_ROUTES: readonly CompareRouteEntry[] = compareRoutes;
const DEVELOPMENT = process.env.NODE_ENV === 'development';

let policies: PagePolicies | undefined;

/** The build's page policies; a production server without them fails every request rather than serve no policy. */
function pagePolicies(): PagePolicies {
  policies ??= JSON.parse(readFileSync(join(process.cwd(), '.next', 'page-policies.json'), 'utf8')) as PagePolicies;
  return policies;
}

function withHeaders(response: NextResponse, path: string, policy: string): NextResponse {
  for (const { key, value } of responseHeaders(path, policy)) response.headers.set(key, value);
  return response;
}

/** An answer of the proxy's own, which runs no script. */
function respond(path: string, status: number, body: string, type = 'text/plain; charset=utf-8'): NextResponse {
  return withHeaders(new NextResponse(`${body}\n`, { status, headers: { 'Content-Type': type } }), path, pagePolicy([]));
}

/**
 * The origins this request may have been addressed to: Next's idea of it, and the Host header the client sent (with
 * the scheme a TLS-terminating proxy in front reports), which is what a reader's browser shows.
 */
function requestOrigins(request: NextRequest): string[] {
  const scheme = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? request.nextUrl.protocol.replace(/:$/, '');
  const hosts = [request.headers.get('x-forwarded-host')?.split(',')[0]?.trim(), request.headers.get('host')];
  return [request.nextUrl.origin, ...hosts.flatMap((host) => (host ? [`${scheme}://${host}`] : []))];
}

export function proxy(request: NextRequest): NextResponse {
  const { pathname, searchParams } = request.nextUrl;
  // The oEmbed endpoint: /oembed?url=<a chart's URL>&maxwidth=…&maxheight=… answers with that chart's record, sized
  // within the limits; the URL may be at SITE_URL or at the address this request came to.
  if (pathname === OEMBED_ENDPOINT) {
    const answer = oembedAnswer(searchParams, [siteUrl(), ...requestOrigins(request)], EMBEDS);
    if (!answer.ok) return respond(pathname, answer.status, answer.message);
    return respond(pathname, 200, JSON.stringify(answer.record, null, 2), 'application/json; charset=utf-8');
  }
  // A path with broken percent-encoding (/data/%ff%fe.csv, /figures/%ff) makes Next's parameter decoding throw,
  // which would be a 500. No such file or figure exists: answer 404 before routing.
  try {
    decodeURIComponent(pathname);
  } catch {
    return respond(pathname, 404, 'Not found');
  }
  if (DEVELOPMENT) return withHeaders(NextResponse.next(), pathname, DEVELOPMENT_POLICY);

  // The page that will answer: next.config.js rewrites /compare?dataset=…&a=…&b=… naming a prerendered pair to
  // that page, and /compare with none of the three to the page with nothing chosen; any other query renders here.
  const target = pathname === PATHS.compare ? compareTarget(searchParams, COMPARE_ROUTES) : pathname;
  const { pages, perRequest } = pagePolicies();
  const hashes = target === undefined ? undefined : pages[target];
  if (hashes) return withHeaders(NextResponse.next(), pathname, pagePolicy(hashes));
  // Rendered per request, or not a page at all (a file, a route, a 404): Next reads the nonce from the request's
  // policy and puts it on the scripts it renders; the layout's own inline scripts, and a 404 page's, go by hash.
  const nonce = newNonce(randomBytes);
  const policy = pagePolicy([`nonce-${nonce}`, ...perRequest]);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), pathname, policy);
}

export const config = { matcher: ['/((?!_next/static|_next/image).*)'] };
