import { readFileSync } from 'node:fs';
import { parse, type DefaultTreeAdapterTypes as Tree } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { describePrecision, formatEdtf } from '../../src/domain/date-format';
import { textFragmentUrl } from '../../src/domain/text-fragment';
import type { Dataset } from '../../src/domain/types';
import { sortEvents, validateDataset } from '../../src/domain/validate-dataset';
import { curatedDataset } from '../../src/testing/curated-dataset';
import { parseSiteUrl, siteAddresses } from './addresses';
import { buildSite, type SiteFile } from './build-site';
import { eventJsonLd } from './json-ld';
import { pngSize } from './png-size';

const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
const STYLESHEET = '/timeline/assets/static-page-abc.css';

/** Builds the site; `drawImages: false` stands a blank for each image where a test does not look at them. */
function build(
  dataset: Dataset,
  { siteUrl, drawImages = true }: { siteUrl?: string; drawImages?: boolean } = {},
) {
  return buildSite({
    template,
    dataset,
    addresses: siteAddresses('/timeline/', siteUrl ? parseSiteUrl(siteUrl) : undefined),
    stylesheetHref: STYLESHEET,
    ...(!drawImages && { drawImage: async () => new Uint8Array() }),
  });
}

/** The files by name, and each HTML page parsed as a browser would. */
class Site {
  readonly files: ReadonlyMap<string, SiteFile['source']>;
  constructor(files: SiteFile[]) {
    this.files = new Map(files.map((file) => [file.fileName, file.source]));
  }
  text(fileName: string): string {
    const source = this.files.get(fileName);
    if (typeof source !== 'string') throw new Error(`no text file ${fileName}`);
    return source;
  }
  page(fileName: string): Tree.Document {
    return parse(this.text(fileName));
  }
}

function elements(node: Tree.Node): Tree.Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return children.flatMap((child) => ('tagName' in child ? [child, ...elements(child)] : []));
}

const byTag = (node: Tree.Node, tag: string) => elements(node).filter((element) => element.tagName === tag);
const attr = (element: Tree.Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

function textOf(node: Tree.Node): string {
  if (node.nodeName === '#text') return (node as Tree.TextNode).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

function meta(page: Tree.Document, key: string): string | undefined {
  const tag = byTag(page, 'meta').find(
    (element) => attr(element, 'property') === key || attr(element, 'name') === key,
  );
  return tag && attr(tag, 'content');
}

function jsonLd(page: Tree.Document): unknown[] {
  return byTag(page, 'script')
    .filter((script) => attr(script, 'type') === 'application/ld+json')
    .map((script) => JSON.parse(textOf(script)) as unknown);
}

describe('buildSite on the built-in dataset', () => {
  const dataset = curatedDataset();
  const event = dataset.eventById.get('atacms-authorization')!;
  const pagePath = 'events/atacms-authorization/index.html';
  let site: Site;
  beforeAll(async () => {
    site = new Site(await build(dataset, { siteUrl: 'https://example.org/timeline/' }));
  });

  it('writes a page and a 1200x630 preview image for every event, and one image for the dataset', () => {
    for (const { id } of dataset.events) {
      expect(site.text(`events/${id}/index.html`)).toContain('<!doctype html>');
      expect(pngSize(site.files.get(`events/${id}/preview.png`) as Uint8Array)).toEqual({
        width: 1200,
        height: 630,
      });
    }
    expect(pngSize(site.files.get('preview.png') as Uint8Array)).toEqual({ width: 1200, height: 630 });
  });

  it("reads as an article inside the app's root element: title, date and how it was derived, who, summary", () => {
    const root = byTag(site.page(pagePath), 'div').find((div) => attr(div, 'id') === 'root')!;
    const article = byTag(root, 'article')[0]!;
    expect(textOf(byTag(article, 'h1')[0]!)).toBe(event.title);
    expect(textOf(byTag(article, 'time')[0]!)).toBe(formatEdtf(event.date));
    const details = byTag(article, 'dd').map(textOf);
    expect(details).toEqual(
      expect.arrayContaining([describePrecision(event.date), event.dateBasis, event.attribution]),
    );
    expect(byTag(article, 'li').map(textOf)).toContain('Joe Biden — authorizes');
    expect(textOf(article)).toContain(event.summary);
  });

  it('quotes every passage in a blockquote with its source and the Text Fragment link to the original', () => {
    const article = byTag(site.page(pagePath), 'article')[0]!;
    const figures = byTag(article, 'figure');
    const source = dataset.sourceById.get('icaro-atacms')!;
    expect(figures.map((figure) => textOf(byTag(figure, 'blockquote')[0]!))).toEqual(
      event.excerpts.map((excerpt) => excerpt.exact),
    );
    figures.forEach((figure, index) => {
      const excerpt = event.excerpts[index]!;
      expect(textOf(byTag(figure, 'cite')[0]!)).toBe(source.title);
      const link = byTag(figure, 'a')[0]!;
      expect(textOf(link)).toBe('Open this passage in the original');
      expect(attr(link, 'href')).toBe(
        textFragmentUrl(source.url ?? '', excerpt, { text: source.text, start: excerpt.start }),
      );
    });
  });

  it("links related events to their own pages and the whole timeline under the site's base", () => {
    const links = byTag(byTag(site.page(pagePath), 'main')[0]!, 'a').map((link) => [
      attr(link, 'href'),
      textOf(link),
    ]);
    expect(links).toContainEqual([
      '/timeline/events/ukraine-requests-atacms/',
      'Ukraine requests ATACMS from the U.S.',
    ]);
    expect(links).toContainEqual(['/timeline/', `All 8 events on the timeline: ${dataset.title}`]);
  });

  it("keeps the app's script and adds the page's stylesheet", () => {
    const page = site.page(pagePath);
    expect(byTag(page, 'script').map((script) => attr(script, 'src'))).toContain('/src/main.tsx');
    expect(byTag(page, 'link').map((link) => attr(link, 'href'))).toContain(STYLESHEET);
  });

  it('has the Open Graph and Twitter card with absolute addresses under the site URL', () => {
    const page = site.page(pagePath);
    const url = 'https://example.org/timeline/events/atacms-authorization/';
    expect(textOf(byTag(page, 'title')[0]!)).toBe(`${event.title} — Conflict timeline`);
    expect(meta(page, 'description')).toBe(event.summary);
    expect(
      attr(
        byTag(page, 'link').find((link) => attr(link, 'rel') === 'canonical')!,
        'href',
      ),
    ).toBe(url);
    expect(meta(page, 'og:title')).toBe(event.title);
    expect(meta(page, 'og:description')).toBe(event.summary);
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'og:url')).toBe(url);
    expect(meta(page, 'og:image')).toBe(`${url}preview.png`);
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:height')).toBe('630');
    expect(meta(page, 'og:image:alt')).toMatch(
      /^Policy, Sunday 17 November 2024: Biden approves .* “In a significant/,
    );
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
  });

  it("carries the event's JSON-LD", () => {
    const url = 'https://example.org/timeline/events/atacms-authorization/';
    expect(jsonLd(site.page(pagePath))).toEqual([
      eventJsonLd(event, dataset, { url, image: `${url}preview.png` }),
    ]);
  });

  it("gives the root page the dataset's card and JSON-LD, and its events as the first paint", () => {
    const page = site.page('index.html');
    expect(meta(page, 'og:title')).toBe(dataset.title);
    expect(meta(page, 'og:type')).toBe('website');
    expect(meta(page, 'og:url')).toBe('https://example.org/timeline/');
    expect(meta(page, 'og:image')).toBe('https://example.org/timeline/preview.png');
    expect(jsonLd(page)).toEqual([expect.objectContaining({ '@type': 'Dataset', name: dataset.title })]);
    const root = byTag(page, 'div').find((div) => attr(div, 'id') === 'root')!;
    expect(textOf(byTag(root, 'h1')[0]!)).toBe(dataset.title);
    const links = byTag(byTag(root, 'section')[0]!, 'a');
    expect(links.map((link) => attr(link, 'href'))).toEqual(
      sortEvents([...dataset.events]).map((e) => `/timeline/events/${e.id}/`),
    );
    expect(links.map((link) => attr(link, 'aria-current'))).not.toContain('page');
  });

  it("paints the events before the article on an event's page, its own marked as the current page", () => {
    const section = byTag(site.page(pagePath), 'section')[0]!;
    const current = byTag(section, 'a').filter((link) => attr(link, 'aria-current') === 'page');
    expect(current.map((link) => attr(link, 'href'))).toEqual(['/timeline/events/atacms-authorization/']);
  });

  it('lists the root and every event page in sitemap.xml, which robots.txt names', () => {
    const locations = [...site.text('sitemap.xml').matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toEqual([
      'https://example.org/timeline/',
      ...dataset.events.map((e) => `https://example.org/timeline/events/${e.id}/`),
    ]);
    expect(site.text('robots.txt')).toContain('Sitemap: https://example.org/timeline/sitemap.xml');
  });
});

describe('buildSite without a site URL', () => {
  it('publishes root-relative addresses under the base', async () => {
    const files = await build(curatedDataset(), { drawImages: false });
    const page = new Site(files).page('events/atacms-authorization/index.html');
    expect(meta(page, 'og:url')).toBe('/timeline/events/atacms-authorization/');
    expect(meta(page, 'og:image')).toBe('/timeline/events/atacms-authorization/preview.png');
  });
});

/*
 * A dataset with a script-injection payload in every string field (the browser journeys' fixture): every
 * page must come out as the same elements the build writes itself, with no event handler, no script but the
 * app's own and the JSON-LD, no address but http(s) and the site's own, and JSON-LD that parses back.
 */
describe('buildSite on a hostile dataset', () => {
  const raw: unknown = JSON.parse(
    readFileSync(new URL('../../e2e/fixtures/hostile.json', import.meta.url), 'utf8'),
  );
  const result = validateDataset(raw);
  if (!result.ok) throw new Error('hostile.json should load, with its bad records dropped');
  const dataset = result.dataset;
  const BUILD_ELEMENTS = new Set(
    [
      'html',
      'head',
      'body',
      'meta',
      'link',
      'title',
      'script',
      'div',
      'main',
      'article',
      'p',
      'span',
      'h1',
      'h2',
      'header',
      'section',
      'ol',
      'details',
      'summary',
    ].concat(['dl', 'dt', 'dd', 'ul', 'li', 'a', 'time', 'figure', 'blockquote', 'figcaption', 'cite']),
  );
  let site: Site;
  beforeAll(async () => {
    site = new Site(await build(dataset, { siteUrl: 'https://example.org/timeline/', drawImages: false }));
  });
  const pages = () => [...site.files.keys()].filter((name) => name.endsWith('.html'));

  it('builds a page for every event it kept', () => {
    expect(dataset.events.length).toBeGreaterThan(0);
    expect(pages()).toHaveLength(dataset.events.length + 1);
  });

  it('writes no element, attribute or event handler of its own from dataset text', () => {
    for (const name of pages()) {
      for (const element of elements(site.page(name))) {
        expect(BUILD_ELEMENTS, `${name}: <${element.tagName}>`).toContain(element.tagName);
        for (const { name: attribute } of element.attrs) expect(attribute, name).not.toMatch(/^on/i);
      }
    }
  });

  it("runs no script but the app's own; its JSON-LD parses back to the dataset's strings", () => {
    for (const name of pages()) {
      const page = site.page(name);
      for (const script of byTag(page, 'script')) {
        const type = attr(script, 'type');
        if (type === 'module') expect(attr(script, 'src')).toBe('/src/main.tsx');
        else expect(type).toBe('application/ld+json');
      }
      expect(jsonLd(page)).toHaveLength(1);
    }
    for (const event of dataset.events) {
      const page = site.page(`events/${event.id}/index.html`);
      expect(jsonLd(page)[0]).toMatchObject({ name: event.title, description: event.summary });
      expect(textOf(byTag(byTag(page, 'article')[0]!, 'h1')[0]!)).toBe(event.title);
    }
  });

  it('links nowhere but to http(s) addresses and its own pages', () => {
    for (const name of pages()) {
      for (const element of elements(site.page(name))) {
        for (const key of ['href', 'src', 'cite']) {
          const value = attr(element, key);
          if (value !== undefined) expect(value, `${name}: ${key}`).toMatch(/^(\/|https?:\/\/)/);
        }
      }
    }
  });

  it('keeps payloads as the literal text of the description and image alt', () => {
    const page = site.page('index.html');
    expect(meta(page, 'description')).toBe(dataset.description);
    const event = dataset.events[0]!;
    expect(meta(site.page(`events/${event.id}/index.html`), 'og:image:alt')).toContain(event.title);
  });
});
