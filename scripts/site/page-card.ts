/*
 * A page's card (what a search engine or a chat app shows for its link) and the built index.html turned into
 * that page. The built index.html is the template, so every page keeps the app's scripts, stylesheet and
 * Content-Security-Policy.
 */
import { decodeHTML } from 'entities';
import { fragment, h, type Markup } from './html';
import { jsonLdScript } from './json-ld';

export const IMAGE_WIDTH = 1200;
export const IMAGE_HEIGHT = 630;

export interface PageCard {
  /** The page's own heading: "Biden approves …" (the <title> adds the site's name). */
  readonly title: string;
  readonly description: string;
  /** Published address of the page: canonical link and og:url. */
  readonly url: string;
  readonly type: 'article' | 'website';
  readonly image: { readonly url: string; readonly alt: string };
  readonly jsonLd: object;
}

export function cardHead(card: PageCard, siteName: string): Markup {
  const property = (name: string, content: string | number) => h('meta', { property: name, content });
  return fragment(
    h('link', { rel: 'canonical', href: card.url }),
    property('og:site_name', siteName),
    property('og:type', card.type),
    property('og:title', card.title),
    property('og:description', card.description),
    property('og:url', card.url),
    property('og:image', card.image.url),
    property('og:image:type', 'image/png'),
    property('og:image:width', IMAGE_WIDTH),
    property('og:image:height', IMAGE_HEIGHT),
    property('og:image:alt', card.image.alt),
    h('meta', { name: 'twitter:card', content: 'summary_large_image' }),
    jsonLdScript(card.jsonLd),
  );
}

const TITLE = /<title>([^<]*)<\/title>/g;
const DESCRIPTION = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/g;
const HEAD_END = /<\/head>/g;
const EMPTY_ROOT = /<div id="root"><\/div>/g;

/** The site's name: the template's own <title> ("Conflict timeline"). */
export function siteNameOf(template: string): string {
  const [match, ...more] = template.matchAll(TITLE);
  if (!match || more.length > 0) throw new Error('the built index.html should have one <title>');
  return decodeHTML(match[1]!.trim());
}

/** Replaces the one match of `pattern`; the template is the build's own, so anything else is a bug. */
function replaceOnce(html: string, pattern: RegExp, what: string, replacement: string): string {
  const count = [...html.matchAll(pattern)].length;
  if (count !== 1) throw new Error(`the built index.html should have one ${what}, not ${count}`);
  // A function, so "$&" and the like in dataset text stay literal.
  return html.replace(pattern, () => replacement);
}

export interface PageParts {
  readonly card: PageCard;
  /** More for the head: a stylesheet. */
  readonly head?: Markup;
  /** What the app's root element shows until the app replaces it. */
  readonly root?: Markup;
}

/** The template as one page: its title, description and card, and the root's markup. */
export function fillTemplate(template: string, { card, head, root }: PageParts): string {
  if (template.includes('rel="canonical"')) {
    throw new Error('the built index.html already has a card: pages are made once, from a fresh build');
  }
  const siteName = siteNameOf(template);
  const title = h('title', {}, `${card.title} — ${siteName}`);
  const description = h('meta', { name: 'description', content: card.description });
  let html = replaceOnce(template, TITLE, '<title>', title.toString());
  html = replaceOnce(html, DESCRIPTION, 'meta description', description.toString());
  html = replaceOnce(html, HEAD_END, '</head>', `${fragment(cardHead(card, siteName), head)}</head>`);
  if (root) html = replaceOnce(html, EMPTY_ROOT, 'empty root element', `<div id="root">${root}</div>`);
  return html;
}
