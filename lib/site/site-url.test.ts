import { describe, expect, it } from 'vitest';
import { absoluteUrl, DEFAULT_SITE_URL, siteUrl } from './site-url';

describe('siteUrl', () => {
  it('defaults to the local server, and takes SITE_URL without its trailing slash', () => {
    expect(siteUrl({})).toBe(DEFAULT_SITE_URL);
    expect(siteUrl({ SITE_URL: 'https://example.org/' })).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://example.org/bluebook/' })).toBe('https://example.org/bluebook');
    expect(absoluteUrl('/figures/x', { SITE_URL: 'https://example.org' })).toBe('https://example.org/figures/x');
  });

  it('refuses what is not an http(s) origin', () => {
    expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow('SITE_URL "example.org" is not a URL');
    expect(() => siteUrl({ SITE_URL: 'javascript:alert(1)' })).toThrow('is not an http(s) URL');
    expect(() => siteUrl({ SITE_URL: 'https://example.org/?a=1' })).toThrow('has a query or fragment');
  });
});
