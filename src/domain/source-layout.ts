/*
 * Lays out a source text as the article it came from, and cuts it into the pieces the reader highlights.
 * Offsets always point into the stored `source.text`, so every piece of text shown is a slice of it: the
 * reader never retypes, normalises or reflows a word of the source.
 */

/** One anchored excerpt of one event, as the reader highlights it: `[start, end)` of the source text. */
export interface Highlight {
  readonly eventId: string;
  /** Index of the excerpt among its event's excerpts, so two excerpts of one event stay apart. */
  readonly excerptIndex: number;
  readonly start: number;
  readonly end: number;
}

/** A run of text inside one block: plain (no highlights) or covered by one or more highlights. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Every highlight covering the whole segment, most specific (shortest) first. */
  readonly highlights: readonly Highlight[];
}

/**
 * `title`: the first line, where it repeats the source's title. `byline`: the line right after the title,
 * where it names the publisher. `subheading`: a line wrapped in `**…**`, shown without the asterisks.
 */
export type BlockKind = 'title' | 'byline' | 'subheading' | 'paragraph';

export interface SourceBlock {
  readonly kind: BlockKind;
  /** The shown text's range: a subheading's range leaves out its asterisks. */
  readonly start: number;
  readonly end: number;
  readonly segments: readonly Segment[];
}

export interface LayoutSource {
  readonly title: string;
  readonly publisher: string;
  readonly text: string;
}

interface Line {
  readonly start: number;
  readonly end: number;
}

/** The lines of a text, without their line breaks (`\n`, `\r\n` or `\r`); blank lines are left out. */
function contentLines(text: string): Line[] {
  const lines: Line[] = [];
  const breaks = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = breaks.exec(text); ; match = breaks.exec(text)) {
    const end = match ? match.index : text.length;
    if (text.slice(start, end).trim() !== '') lines.push({ start, end });
    if (!match) return lines;
    start = match.index + match[0].length;
  }
}

const SUBHEADING = /^(\s*\*\*)(.*\S.*?)\*\*\s*$/s;

function blockOf(text: string, line: Line, index: number, source: LayoutSource, previous?: BlockKind) {
  const content = text.slice(line.start, line.end);
  const subheading = SUBHEADING.exec(content);
  const [, opening = '', inner = ''] = subheading ?? [];
  // "**A** and **B**" is a line with two bold phrases, not a subheading.
  if (subheading && !inner.includes('**')) {
    const start = line.start + opening.length;
    return { kind: 'subheading' as const, start, end: start + inner.length };
  }
  const kind: BlockKind =
    index === 0 && content.trim() === source.title.trim()
      ? 'title'
      : index === 1 && previous === 'title' && content.trim() === source.publisher.trim()
        ? 'byline'
        : 'paragraph';
  return { kind, start: line.start, end: line.end };
}

/** Orders highlights so the first is the most specific: shortest, then earliest, then as given. */
function bySpecificity(order: ReadonlyMap<Highlight, number>) {
  return (a: Highlight, b: Highlight) =>
    a.end - a.start - (b.end - b.start) || a.start - b.start || order.get(a)! - order.get(b)!;
}

/**
 * Cuts `[start, end)` at every highlight boundary inside it. Overlapping and touching highlights give
 * several segments, each knowing every highlight that covers it; text between highlights is plain.
 */
export function segmentRange(
  text: string,
  start: number,
  end: number,
  highlights: readonly Highlight[],
): Segment[] {
  const inside = highlights.filter((h) => h.start < end && h.end > start && h.start < h.end);
  const order = new Map(highlights.map((highlight, index) => [highlight, index]));
  const cuts = new Set([start, end]);
  for (const highlight of inside) {
    cuts.add(Math.max(start, highlight.start));
    cuts.add(Math.min(end, highlight.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const from = points[index]!;
    const to = points[index + 1]!;
    const covering = inside
      .filter((highlight) => highlight.start <= from && highlight.end >= to)
      .sort(bySpecificity(order));
    segments.push({ start: from, end: to, text: text.slice(from, to), highlights: covering });
  }
  return segments;
}

/**
 * The article as blocks of highlighted segments. A highlight that runs over a line break is split at it,
 * so no `<mark>` ever crosses from one paragraph into the next.
 */
export function layoutSource(source: LayoutSource, highlights: readonly Highlight[]): SourceBlock[] {
  const { text } = source;
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const blocks: SourceBlock[] = [];
  // A sweep: `active` holds the highlights that started before this block and may still reach into it.
  let active: Highlight[] = [];
  let next = 0;
  contentLines(text).forEach((line, index) => {
    const block = blockOf(text, line, index, source, blocks.at(-1)?.kind);
    while (next < sorted.length && sorted[next]!.start < block.end) active.push(sorted[next++]!);
    active = active.filter((highlight) => highlight.end > block.start);
    blocks.push({ ...block, segments: segmentRange(text, block.start, block.end, active) });
  });
  return blocks;
}
