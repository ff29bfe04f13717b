import { parseEdtf } from './edtf';
import { drawnRange, orderByStart, type EventIndex } from './event-index';
import { isPlainObject } from './plain-object';

/*
 * A first look at a large dataset while it is still being checked: where its events fall and in which
 * category, read from the raw records with nothing but their dates. It is drawn as counts only, and replaced
 * by the checked dataset (which may have dropped a few records) as soon as that is ready.
 */

export interface DrawPreview {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  readonly categoryCodes: Uint16Array;
  readonly categories: readonly string[];
  /** Positions ordered by start, and the longest drawn span: sorted where the preview is made, off the page. */
  readonly byStart: Uint32Array;
  readonly maxSpan: number;
}

/** Where each distinct date is drawn, null for a date that does not parse; large files repeat their dates. */
function drawnRangeCache() {
  const cache = new Map<string, { start: number; end: number } | null>();
  return (text: string) => {
    let range = cache.get(text);
    if (range === undefined) {
      const date = parseEdtf(text);
      range = date.ok ? drawnRange(date.value) : null;
      // A date the timeline cannot draw is left out of the preview, as it is of the drawn dataset.
      if (range && !Number.isFinite(range.start)) range = null;
      cache.set(text, range);
    }
    return range;
  };
}

/** Collects events by date and category; dates that do not parse are left out. */
function previewBuilder() {
  const rangeOf = drawnRangeCache();
  const starts: number[] = [];
  const ends: number[] = [];
  const codes: number[] = [];
  const codeOf = new Map<string, number>();
  let maxSpan = 0;
  return {
    add(date: string, category: string) {
      const range = rangeOf(date);
      if (!range) return;
      if (!codeOf.has(category)) codeOf.set(category, codeOf.size);
      starts.push(range.start);
      ends.push(range.end);
      codes.push(codeOf.get(category)!);
      maxSpan = Math.max(maxSpan, range.end - range.start);
    },
    build(): DrawPreview {
      const drawnStarts = Float64Array.from(starts);
      return {
        starts: drawnStarts,
        ends: Float64Array.from(ends),
        categoryCodes: Uint16Array.from(codes),
        categories: [...codeOf.keys()],
        byStart: orderByStart(drawnStarts),
        maxSpan,
      };
    },
  };
}

/** The drawable part of raw events; records without a readable date or category are left out. */
export function previewOf(rawEvents: readonly unknown[]): DrawPreview {
  const builder = previewBuilder();
  for (const raw of rawEvents) {
    if (isPlainObject(raw) && typeof raw.date === 'string' && typeof raw.category === 'string')
      builder.add(raw.date, raw.category);
  }
  return builder.build();
}

/*
 * A first look at a dataset's text as it arrives, before it is parsed: the values of its "date" and
 * "category" members, wherever they are. In a dataset of this app's format only events have them, one of
 * each, so the n-th date and the n-th category are those of the n-th event. A value cannot hide a member in
 * its text (its quotation marks would be escaped), and a date holds no escapes. Other formats find nothing
 * here and are previewed once converted.
 */
const MEMBER = /"(date|category)"\s*:\s*"([^"\\]{0,80})"/g;
/** Longer than any member MEMBER matches, so one cut by a chunk boundary is whole in the kept tail. */
const LONGEST_MEMBER = 128;

export function previewScanner() {
  const dates: string[] = [];
  const categories: string[] = [];
  let tail = '';
  return {
    /** Reads the next piece of the text. */
    push(chunk: string) {
      const text = tail + chunk;
      let scanned = 0;
      for (const match of text.matchAll(MEMBER)) {
        (match[1] === 'date' ? dates : categories).push(match[2]!);
        scanned = match.index + match[0].length;
      }
      tail = text.slice(Math.max(scanned, text.length - LONGEST_MEMBER));
    },
    /** The events read so far, paired in order; none when dates and categories do not pair up. */
    preview(): DrawPreview {
      const builder = previewBuilder();
      if (dates.length === categories.length) dates.forEach((date, at) => builder.add(date, categories[at]!));
      return builder.build();
    },
  };
}

/** An index over a preview: positions and categories only, no event records and no actors. */
export function previewIndex(preview: DrawPreview): EventIndex {
  return {
    events: [],
    starts: preview.starts,
    ends: preview.ends,
    categoryCodes: preview.categoryCodes,
    categories: preview.categories,
    actorOffsets: new Uint32Array(preview.starts.length + 1),
    actorCodes: new Uint32Array(0),
    actors: [],
    maxSpan: preview.maxSpan,
    byStart: preview.byStart,
  };
}
