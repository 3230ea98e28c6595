// Where the site is served: the one setting absolute URLs (permalinks in citations) are built from. SITE_URL at
// build time, e.g. SITE_URL=https://bluebook1991.example npm run build; locally, the address `npm start` serves.

export const DEFAULT_SITE_URL = 'http://localhost:3000';

class SiteUrlError extends Error {
  override name = 'SiteUrlError';
}

/** The site's origin (and path prefix, if any) without a trailing slash. Refuses anything but an http(s) URL. */
export function siteUrl(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const raw = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteUrlError(`SITE_URL "${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new SiteUrlError(`SITE_URL "${raw}" is not an http(s) URL`);
  if (url.search || url.hash) throw new SiteUrlError(`SITE_URL "${raw}" has a query or fragment`);
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** The absolute URL of a path of the site. */
export function absoluteUrl(path: string, env?: Readonly<Record<string, string | undefined>>): string {
  return `${siteUrl(env)}${path.startsWith('/') ? path : `/${path}`}`;
}
