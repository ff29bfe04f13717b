/*
 * Plain-text helpers for importers: slugs for ids, HTML to plain text and its links. All of them
 * run in one pass over their input (no backtracking regular expressions, no recursion), so a hostile file
 * cannot make them slow or overflow the stack.
 */

import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { MAX_URL_LENGTH, isHttpUrl } from '../http-url';
import { collapseWhitespace } from '../plain-text';
import { slugify } from '../slug';
import type { EventLink } from '../types';

/** FNV-1a, 32 bits, as 8 hex digits: a stable short id for text that gives no slug. */
export function stableHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** `slugify(text)`, or `${fallbackPrefix}-<hash of text>` when the text has no letters or digits to slug. */
export function slugOrHash(text: string, fallbackPrefix: string): string {
  return slugify(text) || `${fallbackPrefix}-${stableHash(text)}`;
}

/**
 * Decodes character references as a browser does in text: every named one of HTML (`&rsquo;`, `&eacute;`, and
 * the few it also reads without a semicolon, `&amp`), every numeric one (`&#8217;`, `&#x2019;`). One pass:
 * `&amp;lt;` becomes `&lt;`, not `<`.
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** Elements whose content is code or hidden, not text: dropped with their content. */
const NON_TEXT_ELEMENTS = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'noscript',
  'object',
  'svg',
  'math',
]);

/** Elements inside running text: removing their tags must not split words. */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isTagNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** Index just past the `>` that ends the tag whose name ends at `from`; attribute values may hold `>`. */
function endOfTag(html: string, from: number): number {
  let quote = 0;
  let lastNonSpace = 0;
  for (let index = from; index < html.length; index += 1) {
    const code = html.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if ((code === 34 || code === 39) && lastNonSpace === 61 /* = */) {
      quote = code;
    } else if (code === 62 /* > */) {
      return index + 1;
    }
    if (!isSpace(code)) lastNonSpace = code;
  }
  return html.length;
}

/** Index just past `</name ...>`, searching from `from`; the end of the text where it never closes. */
function endOfElement(html: string, name: string, from: number): number {
  const closing = new RegExp(`</${name}(?=[\\s/>]|$)`, 'gi');
  closing.lastIndex = from;
  const match = closing.exec(html);
  return match ? endOfTag(html, match.index + match[0].length) : html.length;
}

/** The `href` of an `<a>` tag (its text from `<` to `>`), decoded, where it is an absolute http(s) address. */
function linkAddress(tag: string): string | undefined {
  const match = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(tag);
  const raw = match?.[1] ?? match?.[2] ?? match?.[3];
  if (raw === undefined) return undefined;
  const address = decodeHTMLAttribute(raw).trim();
  return address.length <= MAX_URL_LENGTH && isHttpUrl(address) ? address : undefined;
}

/** What `stripTags` drops with its content, and what it puts where a block tag was. */
interface StripOptions {
  readonly skipped: ReadonlySet<string>;
  readonly blockBreak: string;
}

interface StrippedHtml {
  /** The text with its tags, comments and skipped elements removed; character references stay. */
  readonly raw: string;
  /** The http(s) links, with the words they were on, in order. */
  readonly links: EventLink[];
}

/** HTML read as text in one pass: its text without markup, and the addresses of its http(s) links. */
function stripTags(html: string, { skipped, blockBreak }: StripOptions): StrippedHtml {
  const parts: string[] = [];
  const links: EventLink[] = [];
  let openLink: { url: string | undefined; from: number } | undefined;
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf('<', index);
    if (open === -1) {
      parts.push(html.slice(index));
      break;
    }
    parts.push(html.slice(index, open));
    const next = html.charCodeAt(open + 1);
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      index = close === -1 ? html.length : close + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      index = endOfTag(html, open + 2);
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? open + 2 : open + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      parts.push('<');
      index = open + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    index = endOfTag(html, nameEnd);
    if (name === 'a' && !closing)
      openLink = { url: linkAddress(html.slice(nameEnd, index)), from: parts.length };
    if (name === 'a' && closing && openLink) {
      const text = cleanText(decodeEntities(parts.slice(openLink.from).join('')));
      if (openLink.url) links.push({ url: openLink.url, ...(text !== '' && { text }) });
      openLink = undefined;
    }
    if (!closing && skipped.has(name)) index = endOfElement(html, name, index);
    // Block tags separate words ("<p>one</p><p>two</p>"); inline ones do not ("<b>Kyiv</b>’s").
    if (!INLINE_ELEMENTS.has(name)) parts.push(blockBreak);
  }
  if (openLink?.url) links.push({ url: openLink.url });
  return { raw: parts.join(''), links };
}

export interface TextWithLinks {
  readonly text: string;
  /** The http(s) links of the fragment, with the words they were on, in order. */
  readonly links: EventLink[];
}

/**
 * Plain text from an HTML fragment (TimelineJS headlines and texts are HTML), and the addresses of its links:
 * tags are removed, `script`, `style` and similar elements with their content, comments too; then character
 * references are decoded and whitespace is collapsed. A `<` that does not start a tag ("5 < 6") is kept as
 * text. The result is text to be shown as text: no markup survives, and an escaped `&lt;b&gt;` becomes the
 * literal characters `<b>`, which is what its author wrote. Links are kept only where they are http(s).
 */
export function htmlToTextWithLinks(html: string): TextWithLinks {
  const { raw, links } = stripTags(html, { skipped: NON_TEXT_ELEMENTS, blockBreak: ' ' });
  return { text: cleanText(decodeEntities(raw)), links };
}

/** Plain text from an HTML fragment, without its links (see htmlToTextWithLinks). */
export function htmlToText(html: string): string {
  return htmlToTextWithLinks(html).text;
}

/** Elements of a page that hold no text of its article: the head, and the page's furniture. */
const NON_ARTICLE_ELEMENTS = new Set([
  ...NON_TEXT_ELEMENTS,
  'head',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'select',
  'textarea',
]);

const PARAGRAPH_BREAK = '\u2029';

/**
 * The paragraphs of an HTML page, as `htmlToText` would give each: every block element (`p`, `h1`, `li`,
 * `br`...) ends one, and the head, navigation, forms and footers are left out. Like `htmlToText` it reads the
 * markup as text and builds no document, so nothing in the page can run or load.
 */
export function htmlToParagraphs(html: string): string[] {
  const { raw } = stripTags(html, { skipped: NON_ARTICLE_ELEMENTS, blockBreak: PARAGRAPH_BREAK });
  const text = decodeEntities(raw);
  return text
    .split(PARAGRAPH_BREAK)
    .map(cleanText)
    .filter((paragraph) => paragraph !== '');
}

/** Removes control characters other than whitespace, then collapses whitespace. */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return collapseWhitespace(text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g, ''));
}
