import { describe, expect, it } from 'vitest';
import { eventImagePath, eventPagePath, parseSiteUrl, siteAddresses } from './addresses';

describe('siteAddresses', () => {
  it('links root-relative under the base, and publishes absolute addresses under the site URL', () => {
    const addresses = siteAddresses('/timeline/', parseSiteUrl('https://example.org/timeline/'));
    expect(addresses.link(eventPagePath('atacms-authorization'))).toBe(
      '/timeline/events/atacms-authorization/',
    );
    expect(addresses.published(eventImagePath('atacms-authorization'))).toBe(
      'https://example.org/timeline/events/atacms-authorization/preview.png',
    );
    expect(addresses.published('')).toBe('https://example.org/timeline/');
    expect(addresses.absolute).toBe(true);
  });

  it('publishes root-relative addresses without a site URL', () => {
    const addresses = siteAddresses('/');
    expect(addresses.published('sitemap.xml')).toBe('/sitemap.xml');
    expect(addresses.absolute).toBe(false);
  });

  it('adds the closing slash to a base without one and refuses a relative base', () => {
    expect(siteAddresses('/timeline').link('')).toBe('/timeline/');
    expect(() => siteAddresses('./')).toThrow(/absolute base/);
  });
});

describe('parseSiteUrl', () => {
  it('takes an http(s) address and makes its path end in a slash', () => {
    expect(parseSiteUrl('https://example.org/timeline').href).toBe('https://example.org/timeline/');
    expect(parseSiteUrl('http://127.0.0.1:4173').href).toBe('http://127.0.0.1:4173/');
  });

  it('refuses what is not an absolute http(s) address without query or fragment', () => {
    expect(() => parseSiteUrl('example.org')).toThrow(/not an absolute address/);
    expect(() => parseSiteUrl('javascript:alert(1)')).toThrow(/http\(s\)/);
    expect(() => parseSiteUrl('https://example.org/?a=1')).toThrow(/no query/);
  });
});
