/*
 * Length and whitespace rules for text from a file, shared by the validator (which shortens a field that is
 * too long rather than drop its record) and the importers. Both run in one pass over their input.
 */

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
