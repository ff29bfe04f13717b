import { collapseWhitespace } from '../plain-text';
import { htmlToParagraphs, htmlToText } from '../import/text';

/*
 * Turning an opened file into a source's text: paragraphs separated by a blank line, which the source reader
 * lays out one block per line (source-layout.ts). What the author sees in the "Article text" box is exactly
 * what is stored and quoted, so this runs before the text reaches the box, never after.
 */

/** Paragraphs (e.g. the block elements of an HTML page) as one text: each on one line, a blank line between. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs
    .map(collapseWhitespace)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/**
 * A plain-text file's paragraphs. Where the text separates paragraphs by blank lines, the lines within one are
 * joined (a hard-wrapped file becomes running text); otherwise every line is a paragraph.
 */
export function paragraphsOfPlainText(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const hasBlankLines = lines.some((line) => line.trim() === '');
  if (!hasBlankLines) return joinParagraphs(lines);
  const paragraphs: string[] = [''];
  for (const line of lines) {
    if (line.trim() === '') paragraphs.push('');
    else paragraphs[paragraphs.length - 1] += ` ${line}`;
  }
  return joinParagraphs(paragraphs);
}

/** The `<title>` of a page as plain text, or empty. */
function htmlTitle(html: string): string {
  const open = /<title(?=[\s>])[^>]*>/i.exec(html);
  if (!open) return '';
  const start = open.index + open[0].length;
  const end = html.toLowerCase().indexOf('</title', start);
  return htmlToText(html.slice(start, end === -1 ? undefined : end));
}

/**
 * An HTML page as article text: its paragraphs (only those inside `<article>` where the page has one) and
 * its title. The page is read as text, never built into a document, so nothing in it runs or loads.
 */
export function articleOfHtml(html: string): { title: string; text: string } {
  const start = html.search(/<article[\s>]/i);
  const end = html.toLowerCase().lastIndexOf('</article');
  const body = start !== -1 && end > start ? html.slice(start, end) : html;
  return { title: htmlTitle(html), text: joinParagraphs(htmlToParagraphs(body)) };
}

export type ArticleFile =
  | { readonly ok: true; readonly format: 'text' | 'html'; readonly text: string }
  | { readonly ok: false; readonly message: string };

/** Larger files are not articles (a source's text may have at most 5,000,000 characters). */
export const MAX_ARTICLE_FILE_BYTES = 20 * 1024 * 1024;

const HTML_NAME = /\.x?html?$/i;
const HTML_START = /^\s*(?:<!doctype html|<html[\s>])/i;

/** Control characters other than tab, line feed, form feed and carriage return: a text file has next to none. */
function controlCharacters(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) count += 1;
  }
  return count;
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: an older file in the Western European encoding, or not text at all (checked next).
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * An opened file as text; `format` says whether it is HTML (see `articleOfHtml`). Anything that is not text
 * is refused with a message naming the file.
 */
export function readArticleFile(name: string, mimeType: string, bytes: Uint8Array): ArticleFile {
  const notText = `“${name}” is not a text file. Open a .txt or .html file, or paste the article’s text.`;
  if (bytes.length > MAX_ARTICLE_FILE_BYTES) {
    return { ok: false, message: `“${name}” is larger than 20 MB, too large for one article.` };
  }
  if (bytes.includes(0)) return { ok: false, message: notText };
  const text = decode(bytes);
  if (controlCharacters(text) > text.length / 100) return { ok: false, message: notText };
  const isHtml = HTML_NAME.test(name) || mimeType === 'text/html' || HTML_START.test(text);
  return { ok: true, format: isHtml ? 'html' : 'text', text };
}
