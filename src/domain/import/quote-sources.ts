import type { RawSource } from '../contract';
import { truncate } from '../plain-text';

/*
 * Formats without article text (ACLED, TimelineJS) still need every event tied to a verbatim quote. The importer
 * writes one line per event, `<key>: <text>` (the key is the event's id in the file), into a generated source,
 * and each event quotes its whole line. Line breaks inside a text become spaces, so a line break occurs only
 * between lines, and the quote is made unique by its context: `prefix` "\n" for every line but the first, and
 * for the first line `suffix` "\n<next key>: ". With unique keys that context occurs once, even where another
 * line's text contains the whole quote.
 */

/**
 * Lines per generated source. Validation anchors each quote by searching its whole source text (and on, to prove
 * the quote unique), so its cost grows with (events x lines per source): with one source for a 100,000-row file
 * validation takes minutes, with parts of 200 lines seconds. A file of up to 200 events gets one source.
 */
export const LINES_PER_SOURCE = 200;
/** Characters per generated source, well under the contract's 5,000,000. */
export const CHARS_PER_SOURCE = 1_000_000;
/** The contract's longest quote; longer lines are shortened (with "…") so that a quote is a whole line. */
const MAX_LINE = 5000;
const MAX_TITLE = 200;

export interface QuoteSourceSpec {
  /** Id of the first source; further parts get `-2`, `-3`, ... */
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly url?: string;
  readonly published: string;
  readonly publishedBasis?: string;
}

export interface QuoteLine {
  /** Unique among the lines: the event's id as the file gives it. */
  readonly key: string;
  readonly text: string;
}

export interface LineQuote {
  readonly source: string;
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

export interface QuoteSources {
  readonly sources: RawSource[];
  /** The quote of `lines[i]`, for each i. */
  readonly quotes: LineQuote[];
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, ' ');
}

interface Line {
  readonly key: string;
  readonly text: string;
}

/** Writes `lines` into sources of at most LINES_PER_SOURCE lines and CHARS_PER_SOURCE characters. */
export function buildQuoteSources(lines: readonly QuoteLine[], spec: QuoteSourceSpec): QuoteSources {
  const groups: Line[][] = [];
  let group: Line[] = [];
  let chars = 0;
  for (const line of lines) {
    const key = oneLine(line.key);
    const text = truncate(`${key}: ${oneLine(line.text)}`, MAX_LINE);
    const full = group.length >= LINES_PER_SOURCE || chars + text.length + 1 > CHARS_PER_SOURCE;
    if (group.length > 0 && full) {
      groups.push(group);
      group = [];
      chars = 0;
    }
    group.push({ key, text });
    chars += text.length + 1;
  }
  if (group.length > 0) groups.push(group);

  const sources: RawSource[] = [];
  const quotes: LineQuote[] = [];
  groups.forEach((groupLines, index) => {
    const id = index === 0 ? spec.id : `${spec.id}-${index + 1}`;
    const part = groups.length === 1 ? '' : ` (part ${index + 1} of ${groups.length})`;
    sources.push({
      id,
      title: `${truncate(spec.title, MAX_TITLE - part.length)}${part}`,
      publisher: spec.publisher,
      ...(spec.url !== undefined && { url: spec.url }),
      published: spec.published,
      ...(spec.publishedBasis !== undefined && { publishedBasis: spec.publishedBasis }),
      text: groupLines.map((line) => line.text).join('\n'),
    });
    groupLines.forEach((line, lineIndex) => {
      const next = groupLines[lineIndex + 1];
      if (lineIndex > 0) quotes.push({ source: id, exact: line.text, prefix: '\n' });
      else if (next) quotes.push({ source: id, exact: line.text, suffix: `\n${next.key}: ` });
      else quotes.push({ source: id, exact: line.text });
    });
  });
  return { sources, quotes };
}
