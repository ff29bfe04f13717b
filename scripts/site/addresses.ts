/*
 * Two kinds of address. Links a reader follows from one page of the site to another are root-relative under
 * Vite's `base` ("/timeline/events/x/"), so the build works wherever it is served. Addresses given to others
 * (canonical link, Open Graph, JSON-LD, sitemap) must be absolute for crawlers and chat apps, so they come
 * from the site URL set at build time (SITE_URL); without one they fall back to root-relative.
 */
import { eventPagePath } from '../../src/url/page-address';

export interface SiteAddresses {
  /** Root-relative address of a path of the built site ("" is its root): for links between pages. */
  link(path: string): string;
  /** The address to publish: absolute under the site URL, or root-relative without one. */
  published(path: string): string;
  /** True when `published` gives absolute addresses. */
  readonly absolute: boolean;
}

/** The page of an event is the app's path form of an event (src/url/page-address.ts); its image sits beside it. */
export { eventPagePath };
export const eventImagePath = (eventId: string) => `${eventPagePath(eventId)}preview.png`;
export const DATASET_IMAGE_PATH = 'preview.png';
export const SITEMAP_PATH = 'sitemap.xml';

function checkBase(base: string): string {
  // A relative base ("./") would make the asset addresses of the built index.html wrong one folder down.
  if (!base.startsWith('/')) {
    throw new Error(
      `Event pages need an absolute base (e.g. "/" or "/timeline/"), not ${JSON.stringify(base)}`,
    );
  }
  return base.endsWith('/') ? base : `${base}/`;
}

/** SITE_URL as a URL ending in "/"; throws on anything but an absolute http(s) address. */
export function parseSiteUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL is not an absolute address: ${JSON.stringify(text)}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must be an http(s) address: ${JSON.stringify(text)}`);
  }
  if (url.search || url.hash)
    throw new Error(`SITE_URL must have no query or fragment: ${JSON.stringify(text)}`);
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

export function siteAddresses(base: string, siteUrl?: URL): SiteAddresses {
  const root = checkBase(base);
  const link = (path: string) => `${root}${path}`;
  return {
    link,
    published: siteUrl ? (path) => new URL(path, siteUrl).href : link,
    absolute: siteUrl !== undefined,
  };
}
