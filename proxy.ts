import { NextResponse, type NextRequest } from 'next/server';

// A path with broken percent-encoding (/data/%ff%fe.csv, /figures/%ff) makes Next's parameter decoding throw,
// which would be a 500. No such file or figure exists: answer 404 before routing.
export function proxy(request: NextRequest): NextResponse {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return NextResponse.next();
}

export const config = { matcher: ['/data/:path*', '/figures/:path*'] };
