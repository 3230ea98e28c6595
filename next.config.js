// @ts-check

const staticExport = process.env.STATIC_EXPORT === '1';

// Next inlines the RSC payload as <script> tags whose contents differ per page, and React and
// recharts set style attributes; nonces would force every page to be rendered per request, which
// defeats the static build. So 'unsafe-inline' stays for scripts and styles, with no other origin
// and no 'unsafe-eval'.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  ...(staticExport
    ? // `npm run export`: a fully static site in out/ (Next writes an export to distDir), apart from .next/.
      { output: 'export', distDir: 'out', trailingSlash: false }
    : {
        async headers() {
          return [{ source: '/:path*', headers: securityHeaders }];
        },
      }),
};

module.exports = nextConfig;
