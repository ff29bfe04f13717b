/*
 * Links that open the original article scrolled to a quote, using a URL Text Fragment
 * (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`, WICG Scroll To Text Fragment). The spec reserves
 * `-`, `,` and `&` inside a directive, so each part is percent-encoded with those escaped as well.
 *
 * A browser matches each term inside one block of the page, and finds `textEnd` as the first match after
 * `textStart`. So a passage that runs over a line break (a paragraph break in the original) is always
 * linked by its first and last words, context never reaches across a line break, and the first and last
 * words are lengthened until they pick this passage and not an earlier one.
 */

import type { TextQuote } from './quote-anchor';

/** Passages longer than this are linked by their first and last words (`textStart,textEnd`). */
export const LONG_PASSAGE = 150;
const EDGE_WORDS = 5;
const CONTEXT_WORDS = 3;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const LINE_BREAK = /\r\n|\n|\r/;

/** Where the quote sits in its source: lets the link check that its first words do not occur earlier. */
export interface QuotePlace {
  readonly text: string;
  readonly start: number;
}

export function encodeFragmentPart(text: string): string {
  // encodeURIComponent throws on a lone surrogate, which imported JSON can carry; U+FFFD stands in for it.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(/-/g, '%2D');
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

/** The whole words of a context string nearest the quote, within its line; a cut word at the far end is dropped. */
function contextWords(context: string | undefined, side: 'before' | 'after'): string {
  if (!context) return '';
  const lines = context.split(LINE_BREAK);
  const near = (side === 'before' ? lines.at(-1) : lines[0]) ?? '';
  const reachesLineBreak = lines.length > 1;
  const all = words(near);
  const cutAtFarEnd = !reachesLineBreak && (side === 'before' ? !/^\s/.test(near) : !/\s$/.test(near));
  const whole = cutAtFarEnd && all.length > 1 ? (side === 'before' ? all.slice(1) : all.slice(0, -1)) : all;
  return (side === 'before' ? whole.slice(-CONTEXT_WORDS) : whole.slice(0, CONTEXT_WORDS)).join(' ');
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Matches the words in sequence, separated by any whitespace, as whole words where they start or end with
 * a letter or digit: a browser does not match "war" inside "warship".
 */
function phrasePattern(phraseWords: readonly string[]): RegExp {
  const joined = phraseWords.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const first = phraseWords[0]?.[0] ?? '';
  const last = phraseWords.at(-1)?.at(-1) ?? '';
  const before = WORD_CHARACTER.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORD_CHARACTER.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  return new RegExp(`${before}${joined}${after}`, 'gu');
}

function firstMatch(text: string, phraseWords: readonly string[], from: number) {
  const pattern = phrasePattern(phraseWords);
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match && { start: match.index, end: match.index + match[0].length };
}

/** The first `count` or more words of `line`, as few as make the first match in `text` start at `at`. */
function startWords(line: readonly string[], place: QuotePlace | undefined, at: number): string[] {
  for (let count = Math.min(EDGE_WORDS, line.length); count < line.length; count += 1) {
    const phrase = line.slice(0, count);
    if (!place || firstMatch(place.text, phrase, 0)?.start === at) return phrase;
  }
  return [...line];
}

/** The last words of `line`, as few as make their first match in `exact` after `from` end the passage. */
function endWords(line: readonly string[], exact: string, from: number): string[] {
  for (let count = Math.min(EDGE_WORDS, line.length); count < line.length; count += 1) {
    const phrase = line.slice(-count);
    if (firstMatch(exact, phrase, from)?.end === exact.length) return phrase;
  }
  return [...line];
}

/** The directive's match part: the whole passage, or its first and last words. */
function matchParts(quote: TextQuote, place: QuotePlace | undefined): string[] {
  const exact = quote.exact.trim();
  const lines = exact
    .split(LINE_BREAK)
    .map(words)
    .filter((line) => line.length > 0);
  const [first = [], last = []] = [lines[0], lines.at(-1)];
  if (lines.length <= 1 && (exact.length <= LONG_PASSAGE || first.length <= EDGE_WORDS * 2)) return [exact];
  // Where the trimmed passage starts in the source, for checking its first words are not found earlier.
  const at = place && place.start + (quote.exact.length - quote.exact.trimStart().length);
  const start = quote.prefix ? first.slice(0, EDGE_WORDS) : startWords(first, place, at ?? 0);
  const startEnd = firstMatch(exact, start, 0)?.end ?? 0;
  const end = endWords(last, exact, startEnd);
  // On one line, first and last words that meet or overlap would only repeat the passage.
  if (lines.length === 1 && start.length + end.length >= first.length) return [exact];
  return [start.join(' '), end.join(' ')];
}

export function textDirective(quote: TextQuote, place?: QuotePlace): string {
  const prefix = contextWords(quote.prefix, 'before');
  const suffix = contextWords(quote.suffix, 'after');
  return [
    ...(prefix ? [`${encodeFragmentPart(prefix)}-`] : []),
    ...matchParts(quote, place).map(encodeFragmentPart),
    ...(suffix ? [`-${encodeFragmentPart(suffix)}`] : []),
  ].join(',');
}

/** The page address with a text fragment for the quote, replacing any fragment the address had. */
export function textFragmentUrl(pageUrl: string, quote: TextQuote, place?: QuotePlace): string {
  const [withoutHash = pageUrl] = pageUrl.split('#');
  return `${withoutHash}#:~:text=${textDirective(quote, place)}`;
}
