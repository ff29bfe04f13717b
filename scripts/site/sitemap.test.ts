import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapXml } from './sitemap';

describe('sitemapXml', () => {
  it('lists every address once, escaped for XML', () => {
    const xml = sitemapXml(['https://example.org/', 'https://example.org/?a=1&b=<2>']);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect([...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://example.org/',
      'https://example.org/?a=1&amp;b=&lt;2&gt;',
    ]);
  });
});

describe('robotsTxt', () => {
  it('allows every crawler and names the sitemap', () => {
    expect(robotsTxt('https://example.org/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n',
    );
  });
});
