import type { TextQuote } from '../quote-anchor';

/*
 * The other direction of quote-anchor.ts: from a passage the author selected (a character range of the source
 * text) to the TextQuoteSelector that `anchorQuote` resolves back to exactly that range. Where the passage
 * occurs more than once, the selector carries the shortest prefix and suffix (fewest characters in all) that
 * no other occurrence shares, so a stored quote stays as close as possible to what the author chose.
 */

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** `[start, end)` without the white space at either end; empty (start === end) when nothing else is left. */
export function trimRange(text: string, { start, end }: TextRange): TextRange {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text.charAt(from))) from += 1;
  while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}

/** Every start of `exact` in `text`, overlapping ones included (as `anchorQuote` counts them). */
function occurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

/** How many characters right before `a` and right before `b` agree, reading backwards. */
function sharedBefore(text: string, a: number, b: number): number {
  let length = 0;
  while (length < a && length < b && text[a - 1 - length] === text[b - 1 - length]) length += 1;
  return length;
}

/** How many characters from `a` and from `b` agree, reading forwards. */
function sharedAfter(text: string, a: number, b: number): number {
  let length = 0;
  while (a + length < text.length && b + length < text.length && text[a + length] === text[b + length])
    length += 1;
  return length;
}

/** A rival occurrence and the context lengths that would still not tell it apart from ours. */
interface Rival {
  readonly before: number;
  readonly after: number;
}

/**
 * The prefix and suffix lengths, fewest characters in all, that rule out every rival. A prefix of length p rules
 * out the rivals that share fewer than p characters before them; the rest must be ruled out by the suffix. A
 * rival later in the text can always be ruled out by a suffix, an earlier one by a prefix, so one always exists.
 */
function shortestContext(rivals: Rival[], room: { before: number; after: number }) {
  const byBefore = [...rivals].sort((a, b) => a.before - b.before);
  // suffixNeeded[i]: the suffix length that rules out rivals i.. (Infinity where one cannot be).
  const suffixNeeded = new Array<number>(byBefore.length + 1).fill(0);
  for (let index = byBefore.length - 1; index >= 0; index -= 1) {
    const after = byBefore[index]!.after;
    const needed = after < room.after ? after + 1 : Infinity;
    suffixNeeded[index] = Math.max(needed, suffixNeeded[index + 1]!);
  }
  let best = { prefix: 0, suffix: suffixNeeded[0]! };
  byBefore.forEach((rival, index) => {
    const prefix = rival.before + 1;
    if (prefix > room.before) return;
    const suffix = suffixNeeded[index + 1]!;
    if (prefix + suffix < best.prefix + best.suffix) best = { prefix, suffix };
  });
  return best;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Widens a context cut so it never splits a surrogate pair (a longer context still rules out the same rivals). */
function wholeCharacters(text: string, from: number, to: number): TextRange {
  const start = from > 0 && isHighSurrogate(text.charCodeAt(from - 1)) ? from - 1 : from;
  const end = to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) ? to + 1 : to;
  return { start, end };
}

/**
 * The TextQuoteSelector of `[start, end)` in `text`: `anchorQuote(text, selector)` gives this range back.
 * The range must be non-empty.
 */
export function quoteSelector(text: string, { start, end }: TextRange): TextQuote {
  if (!(start >= 0 && start < end && end <= text.length))
    throw new RangeError(`no passage at ${start}-${end}`);
  const exact = text.slice(start, end);
  const rivals = occurrences(text, exact)
    .filter((at) => at !== start)
    .map((at) => ({
      before: sharedBefore(text, start, at),
      after: sharedAfter(text, end, at + exact.length),
    }));
  if (rivals.length === 0) return { exact };
  const lengths = shortestContext(rivals, { before: start, after: text.length - end });
  const prefix = wholeCharacters(text, start - lengths.prefix, start);
  const suffix = wholeCharacters(text, end, end + lengths.suffix);
  return {
    exact,
    ...(lengths.prefix > 0 && { prefix: text.slice(prefix.start, start) }),
    ...(lengths.suffix > 0 && { suffix: text.slice(end, suffix.end) }),
  };
}
