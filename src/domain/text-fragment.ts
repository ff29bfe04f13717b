/*
 * Links that open the original article scrolled to a quote, using a URL Text Fragment
 * (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`, WICG Scroll To Text Fragment). The spec reserves
 * `-`, `,` and `&` inside a directive, so each part is percent-encoded with those escaped as well.
 */

import type { TextQuote } from './quote-anchor';

/** Passages longer than this are linked by their first and last words (`textStart,textEnd`). */
export const LONG_PASSAGE = 150;
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function encodeFragmentPart(text: string): string {
  // encodeURIComponent throws on a lone surrogate, which imported JSON can carry; U+FFFD stands in for it.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** The whole words of a context string nearest the quote; a cut word at the far end is dropped. */
function contextWords(context: string | undefined, side: 'before' | 'after'): string {
  if (!context) return '';
  const all = words(context);
  const cutAtFarEnd = side === 'before' ? !/^\s/.test(context) : !/\s$/.test(context);
  const whole = cutAtFarEnd && all.length > 1 ? (side === 'before' ? all.slice(1) : all.slice(0, -1)) : all;
  return (side === 'before' ? whole.slice(-CONTEXT_WORDS) : whole.slice(0, CONTEXT_WORDS)).join(' ');
}

export function textDirective(quote: TextQuote): string {
  const exact = quote.exact.trim();
  const exactWords = words(exact);
  const parts =
    exact.length > LONG_PASSAGE && exactWords.length > EDGE_WORDS * 2
      ? [exactWords.slice(0, EDGE_WORDS).join(' '), exactWords.slice(-EDGE_WORDS).join(' ')]
      : [exact];
  const prefix = contextWords(quote.prefix, 'before');
  const suffix = contextWords(quote.suffix, 'after');
  return [
    ...(prefix ? [`${encodeFragmentPart(prefix)}-`] : []),
    ...parts.map(encodeFragmentPart),
    ...(suffix ? [`-${encodeFragmentPart(suffix)}`] : []),
  ].join(',');
}

/** The page address with a text fragment for the quote, replacing any fragment the address had. */
export function textFragmentUrl(pageUrl: string, quote: TextQuote): string {
  const [withoutHash = pageUrl] = pageUrl.split('#');
  return `${withoutHash}#:~:text=${textDirective(quote)}`;
}
