/*
 * sitemap.xml (sitemaps.org protocol 0.9) and the robots.txt that names it.
 */
import { encodeXML } from 'entities';

export function sitemapXml(addresses: readonly string[]): string {
  const entries = addresses.map((address) => `  <url><loc>${encodeXML(address)}</loc></url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(sitemapAddress: string): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapAddress}`, ''].join('\n');
}
