import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EMBED_POLICY, pagePolicies, pagePolicy } from '../lib/site/content-security';
import { headersFile, nginxConf, staticPagePaths } from './host-headers';

const sha = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('the static export’s header files', () => {
  const policies = pagePolicies(
    [
      { path: '/', html: '<script>home()</script>' },
      { path: '/trade', html: '<script>trade()</script>' },
      { path: '/404', html: '<script>nf()</script>' },
    ],
    '/404',
  );
  const pages = [
    { file: 'index.html', path: '/' },
    { file: 'trade.html', path: '/trade' },
    { file: '404.html', path: '/404' },
  ];

  it('name each page at both its paths', () => {
    expect(staticPagePaths('index.html')).toEqual(['/', '/index.html']);
    expect(staticPagePaths('figures/x.html')).toEqual(['/figures/x', '/figures/x.html']);
  });

  it('give Netlify and Cloudflare each page its own policy, with no header set by two rules', () => {
    const text = headersFile(policies, pages);
    expect(text).toContain(`/trade\n  Content-Security-Policy: ${pagePolicy([sha('trade()')])}\n`);
    expect(text).toContain(`/trade.html\n  Content-Security-Policy: ${pagePolicy([sha('trade()')])}\n`);
    expect(text).toContain(`/embed/:chart\n  Content-Security-Policy: ${EMBED_POLICY}\n`);
    expect(text).toMatch(/\/\*\n {2}Strict-Transport-Security: max-age=63072000; includeSubDomains\n/);
    // '/*' holds only the headers no other rule sets.
    const star = text.split('\n/*\n')[1]?.split(/\n(?! )/)[0] ?? '';
    expect(star).not.toMatch(/Content-Security-Policy|Cross-Origin-Resource-Policy|X-Frame-Options/);
  });

  it('give nginx a map from each path to its policy, the 404 page’s by default, with values quoted safely', () => {
    const text = nginxConf(policies, pages, '/404');
    expect(text).toContain(`  default "${pagePolicy([sha('nf()')])}";`);
    expect(text).toContain(`  "/trade.html" "${pagePolicy([sha('trade()')])}";`);
    expect(text).toContain('#   add_header Content-Security-Policy $bluebook_csp always;');
    expect(text).not.toMatch(/[^\\]\$(?!bluebook_|uri|\s|\||$)/m);
  });
});
