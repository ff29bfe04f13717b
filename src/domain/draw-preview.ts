import { parseEdtf } from './edtf';
import { drawnRange, orderByStart, type EventIndex } from './event-index';

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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Where each distinct date is drawn, null for a date that does not parse; large files repeat their dates. */
function drawnRangeCache() {
  const cache = new Map<string, { start: number; end: number } | null>();
  return (text: string) => {
    let range = cache.get(text);
    if (range === undefined) {
      const date = parseEdtf(text);
      range = date.ok ? drawnRange(date.value) : null;
      cache.set(text, range);
    }
    return range;
  };
}

/** The drawable part of raw events; records without a readable date or category are left out. */
export function previewOf(rawEvents: readonly unknown[]): DrawPreview {
  const rangeOf = drawnRangeCache();
  const starts = new Float64Array(rawEvents.length);
  const ends = new Float64Array(rawEvents.length);
  const codes = new Uint16Array(rawEvents.length);
  const codeOf = new Map<string, number>();
  let count = 0;
  let maxSpan = 0;
  for (const raw of rawEvents) {
    if (!isRecord(raw) || typeof raw.date !== 'string' || typeof raw.category !== 'string') continue;
    const range = rangeOf(raw.date);
    if (!range) continue;
    if (!codeOf.has(raw.category)) codeOf.set(raw.category, codeOf.size);
    starts[count] = range.start;
    ends[count] = range.end;
    codes[count] = codeOf.get(raw.category)!;
    maxSpan = Math.max(maxSpan, range.end - range.start);
    count += 1;
  }
  const drawnStarts = starts.slice(0, count);
  return {
    starts: drawnStarts,
    ends: ends.slice(0, count),
    categoryCodes: codes.slice(0, count),
    categories: [...codeOf.keys()],
    byStart: orderByStart(drawnStarts),
    maxSpan,
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
