import { dateBounds, isOpenEnd } from './edtf';
import type { Dataset, EdtfDate, TimelineEvent } from './types';

/*
 * A columnar index of a dataset's events for drawing at any zoom: where each event is drawn (typed arrays, in
 * the dataset's time order) and its category, so that "what is in this window?" and "how many per week and
 * category?" never walk objects. Built once per dataset.
 */

const DAY = 86_400_000;
/** Length of the faded lead-in or tail drawn for an open or unknown end. */
export const OPEN_END_SPAN = 30 * DAY;

export interface EventIndex {
  readonly events: readonly TimelineEvent[];
  /** Drawn start and end of each event, ms since the epoch (an open end drawn OPEN_END_SPAN long). */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Position of each event's category in `categories`. */
  readonly categoryCodes: Uint16Array;
  readonly categories: readonly string[];
  /** Longest drawn span, which bounds how far before a window an overlapping event can start. */
  readonly maxSpan: number;
  /** Events ordered by drawn start (positions into `events`), for binary search. */
  readonly byStart: Uint32Array;
}

/** Where an event is drawn: its whole range, with an open end drawn as a fixed-length lead-in or tail. */
export function drawnRange(date: EdtfDate): { start: number; end: number; openStart: boolean; openEnd: boolean } {
  const { earliest, latest } = dateBounds(date);
  const openStart = date.kind === 'interval' && isOpenEnd(date.start);
  const openEnd = date.kind === 'interval' && isOpenEnd(date.end);
  const start = Number.isFinite(earliest) ? earliest : latest - OPEN_END_SPAN;
  const end = Number.isFinite(latest) ? latest : earliest + OPEN_END_SPAN;
  return { start, end, openStart, openEnd };
}

const indexCache = new WeakMap<Dataset, EventIndex>();

export function buildEventIndex(events: readonly TimelineEvent[], categories: readonly string[]): EventIndex {
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const categoryCodes = new Uint16Array(count);
  const codeOf = new Map(categories.map((category, code) => [category, code]));
  let maxSpan = 0;
  events.forEach((event, position) => {
    const { start, end } = drawnRange(event.date);
    starts[position] = start;
    ends[position] = end;
    categoryCodes[position] = codeOf.get(event.category) ?? 0;
    maxSpan = Math.max(maxSpan, end - start);
  });
  const byStart = Uint32Array.from({ length: count }, (_, position) => position).sort((a, b) => starts[a]! - starts[b]!);
  return { events, starts, ends, categoryCodes, categories, maxSpan, byStart };
}

/** The index of a dataset, built on first use and kept for the dataset's lifetime. */
export function eventIndexOf(dataset: Dataset, categories: readonly string[]): EventIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    index = buildEventIndex(dataset.events, categories);
    indexCache.set(dataset, index);
  }
  return index;
}

/**
 * Which events are shown (1) or filtered out (0), from the filtered list. Both lists are in the index's
 * order, so one merge walk suffices.
 */
export function maskFromVisible(index: EventIndex, visible: readonly TimelineEvent[]): Uint8Array {
  const mask = new Uint8Array(index.events.length);
  let next = 0;
  index.events.forEach((event, position) => {
    if (visible[next] === event) {
      mask[position] = 1;
      next += 1;
    }
  });
  return mask;
}

/** First position in `byStart` whose start is at or after `time`. */
function firstStartingAt(index: EventIndex, time: number): number {
  let low = 0;
  let high = index.byStart.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (index.starts[index.byStart[middle]!]! < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Calls `visit` with the position of every shown event drawn within [from, to); stops early when it returns false. */
export function forEachInRange(
  index: EventIndex,
  mask: Uint8Array,
  from: number,
  to: number,
  visit: (position: number) => boolean | void,
): void {
  const first = firstStartingAt(index, from - index.maxSpan);
  for (let cursor = first; cursor < index.byStart.length; cursor += 1) {
    const position = index.byStart[cursor]!;
    if (index.starts[position]! >= to) return;
    if (mask[position] && index.ends[position]! > from && visit(position) === false) return;
  }
}

/** How many shown events are drawn within [from, to), counting no further than `limit`. */
export function countInRange(index: EventIndex, mask: Uint8Array, from: number, to: number, limit: number): number {
  let count = 0;
  forEachInRange(index, mask, from, to, () => {
    count += 1;
    return count < limit;
  });
  return count;
}

/** The span covering every shown event, or null when none is shown. */
export function shownExtent(index: EventIndex, mask: Uint8Array): { start: number; end: number } | null {
  let start = Infinity;
  let end = -Infinity;
  mask.forEach((shown, position) => {
    if (!shown) return;
    start = Math.min(start, index.starts[position]!);
    end = Math.max(end, index.ends[position]!);
  });
  return start <= end ? { start, end } : null;
}
