/*
 * Resolves a W3C Web Annotation TextQuoteSelector (`exact`, optional `prefix`/`suffix`) to one character range
 * of a source text. Matching is exact, character for character: a quote that needs normalising to match
 * (straight for curly apostrophes, collapsed spaces) is not what the source says.
 */

export interface TextQuote {
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

export type AnchorResult =
  | { ok: true; start: number; end: number }
  | {
      ok: false;
      reason: 'empty' | 'not-found' | 'ambiguous' | 'context-mismatch';
      occurrences: number;
      /** Where the quote first fits its context (ambiguous) or first occurs (context-mismatch); else -1. */
      first: number;
    };

function occurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

function fitsContext(text: string, start: number, quote: TextQuote): boolean {
  const end = start + quote.exact.length;
  const prefixFits =
    !quote.prefix || text.slice(Math.max(0, start - quote.prefix.length), start) === quote.prefix;
  const suffixFits = !quote.suffix || text.slice(end, end + quote.suffix.length) === quote.suffix;
  return prefixFits && suffixFits;
}

export function anchorQuote(text: string, quote: TextQuote): AnchorResult {
  if (quote.exact === '') return { ok: false, reason: 'empty', occurrences: 0, first: -1 };
  const all = occurrences(text, quote.exact);
  if (all.length === 0) return { ok: false, reason: 'not-found', occurrences: 0, first: -1 };
  const fitting = all.filter((start) => fitsContext(text, start, quote));
  const [only] = fitting;
  if (fitting.length === 1 && only !== undefined)
    return { ok: true, start: only, end: only + quote.exact.length };
  return {
    ok: false,
    reason: fitting.length === 0 ? 'context-mismatch' : 'ambiguous',
    occurrences: all.length,
    first: fitting[0] ?? all[0] ?? -1,
  };
}

/** The problem with an anchor, in words a dataset author can act on. */
export function describeAnchorFailure(
  result: Extract<AnchorResult, { ok: false }>,
  sourceId: string,
): string {
  switch (result.reason) {
    case 'empty':
      return 'is empty';
    case 'not-found':
      return `not found in source "${sourceId}"`;
    case 'ambiguous':
      return `occurs ${result.occurrences} times in source "${sourceId}"; add a prefix or suffix that picks one`;
    case 'context-mismatch':
      return `occurs in source "${sourceId}", but never with the given prefix/suffix`;
  }
}
