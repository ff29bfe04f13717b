/*
 * Plain-text helpers for importers: slugs for ids, HTML to plain text, whitespace and length limits. All of them
 * run in one pass over their input (no backtracking regular expressions, no recursion), so a hostile file
 * cannot make them slow or overflow the stack.
 */

import { cutSlug, MAX_ID_LENGTH, slugify } from '../slug';

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Shortens `text` to at most `max` characters, ending with "…" when something was cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${cutAt(text, max - 1).trimEnd()}…`;
}

/** Collapses every run of whitespace (including line breaks and no-break spaces) to one space, and trims. */
export function collapseWhitespace(text: string): string {
  // Most fields of a large import are clean already: test (no allocation) before rebuilding the string.
  return /[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

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

/** `base`, or `base-2`, `base-3`, ... whichever is not in `used` yet; the result is added to `used`. */
export function claimUniqueSlug(base: string, used: Set<string>): string {
  let candidate = base;
  for (let counter = 2; used.has(candidate); counter += 1) {
    const suffix = `-${counter}`;
    candidate = `${cutSlug(base, MAX_ID_LENGTH - suffix.length)}${suffix}`;
  }
  used.add(candidate);
  return candidate;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  times: '×',
  shy: '',
};

function codePointText(codePoint: number): string {
  const valid =
    Number.isInteger(codePoint) &&
    codePoint > 0 &&
    codePoint <= 0x10ffff &&
    !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return valid ? String.fromCodePoint(codePoint) : '\ufffd';
}

/**
 * Decodes character references in one pass: the named ones above (`&amp;` `&lt;` `&gt;` `&quot;` `&apos;`
 * `&nbsp;` and common typography), and every numeric one (`&#39;`, `&#x2019;`). Unknown names stay as written.
 * One pass means `&amp;lt;` becomes `&lt;`, as in a browser, not `<`.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z]{2,8}));/g,
    (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (decimal !== undefined) return codePointText(Number.parseInt(decimal, 10));
      if (hex !== undefined) return codePointText(Number.parseInt(hex, 16));
      const named = name === undefined ? undefined : NAMED_ENTITIES[name];
      return named ?? whole;
    },
  );
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

/** What `stripTags` drops with its content, and what it puts where a block tag was. */
interface StripOptions {
  readonly skipped: ReadonlySet<string>;
  readonly blockBreak: string;
}

/** The text of HTML with its tags, comments and `skipped` elements removed; character references stay. */
function stripTags(html: string, { skipped, blockBreak }: StripOptions): string {
  const parts: string[] = [];
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
    const nameStart = next === 47 /* / */ ? open + 2 : open + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      parts.push('<');
      index = open + 1;
      continue;
    }
    let nameEnd = nameStart;
    while (nameEnd < html.length && isTagNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    index = endOfTag(html, nameEnd);
    if (nameStart === open + 1 && skipped.has(name)) index = endOfElement(html, name, index);
    // Block tags separate words ("<p>one</p><p>two</p>"); inline ones do not ("<b>Kyiv</b>’s").
    if (!INLINE_ELEMENTS.has(name)) parts.push(blockBreak);
  }
  return parts.join('');
}

/**
 * Plain text from an HTML fragment (TimelineJS headlines and texts are HTML): tags are removed, `script`,
 * `style` and similar elements with their content, comments too; then character references are decoded and
 * whitespace is collapsed. A `<` that does not start a tag ("5 < 6") is kept as text. The result is text to be
 * shown as text: no markup survives, and an escaped `&lt;b&gt;` becomes the literal characters `<b>`, which is
 * what its author wrote.
 */
export function htmlToText(html: string): string {
  return cleanText(decodeEntities(stripTags(html, { skipped: NON_TEXT_ELEMENTS, blockBreak: ' ' })));
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
  const text = decodeEntities(
    stripTags(html, { skipped: NON_ARTICLE_ELEMENTS, blockBreak: PARAGRAPH_BREAK }),
  );
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
