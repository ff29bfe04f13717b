import { DAY_MS, isDateInstant } from './calendar';
import { dateBounds, isOpenEnd } from './edtf';
import { categoryIdsOf } from './categories';
import { eventMatcher } from './filter-events';
import type { Dataset, EdtfDate, TimelineEvent } from './types';

/*
 * A columnar index of a dataset's events for drawing at any zoom: where each event is drawn (typed arrays, in
 * the dataset's time order) and its category, so that "what is in this window?" and "how many per week and
 * category?" never walk objects. Built once per dataset.
 */

/** Length of the faded lead-in or tail drawn for an open or unknown end. */
export const OPEN_END_SPAN = 30 * DAY_MS;

export interface EventIndex {
  readonly events: readonly TimelineEvent[];
  /** Drawn start and end of each event, ms since the epoch (an open end drawn OPEN_END_SPAN long). */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Position of each event's category in `categories`. */
  readonly categoryCodes: Uint16Array;
  readonly categories: readonly string[];
  /** The actors of event i are actorCodes[actorOffsets[i] .. actorOffsets[i + 1]), positions in `actors`. */
  readonly actorOffsets: Uint32Array;
  readonly actorCodes: Uint32Array;
  readonly actors: readonly string[];
  /** Longest drawn span, which bounds how far before a window an overlapping event can start. */
  readonly maxSpan: number;
  /** Events ordered by drawn start (positions into `events`), for binary search. */
  readonly byStart: Uint32Array;
}

/**
 * Where an event is drawn: its whole range, with an open end drawn as a fixed-length lead-in or tail. A date
 * beyond the browser's dates (a year like `Y-170000000`) cannot be drawn: its range is -Infinity to -Infinity,
 * which every window query passes over, and the event is only listed.
 */
export function drawnRange(date: EdtfDate): {
  start: number;
  end: number;
  openStart: boolean;
  openEnd: boolean;
} {
  const { earliest, latest } = dateBounds(date);
  const openStart = date.kind === 'interval' && isOpenEnd(date.start);
  const openEnd = date.kind === 'interval' && isOpenEnd(date.end);
  const start = Number.isFinite(earliest) ? earliest : latest - OPEN_END_SPAN;
  const end = Number.isFinite(latest) ? latest : earliest + OPEN_END_SPAN;
  if (!isDateInstant(start) || !isDateInstant(end))
    return { start: -Infinity, end: -Infinity, openStart, openEnd };
  return { start, end, openStart, openEnd };
}

/** True where the timeline can draw the date (see `drawnRange`). */
export function isDrawable(date: EdtfDate): boolean {
  return Number.isFinite(drawnRange(date).start);
}

const indexCache = new WeakMap<Dataset, EventIndex>();

export function buildEventIndex(
  events: readonly TimelineEvent[],
  categories: readonly string[],
  actors: readonly string[],
): EventIndex {
  const count = events.length;
  const starts = new Float64Array(count);
  const ends = new Float64Array(count);
  const categoryCodes = new Uint16Array(count);
  const actorOffsets = new Uint32Array(count + 1);
  const codeOf = new Map(categories.map((category, code) => [category, code]));
  const actorCodeOf = new Map(actors.map((actor, code) => [actor, code]));
  const actorCodeList: number[] = [];
  let maxSpan = 0;
  events.forEach((event, position) => {
    const { start, end } = drawnRange(event.date);
    starts[position] = start;
    ends[position] = end;
    categoryCodes[position] = codeOf.get(event.category) ?? 0;
    for (const { actorId } of event.actors) actorCodeList.push(actorCodeOf.get(actorId) ?? 0);
    actorOffsets[position + 1] = actorCodeList.length;
    if (Number.isFinite(start)) maxSpan = Math.max(maxSpan, end - start);
  });
  const byStart = orderByStart(starts);
  const actorCodes = Uint32Array.from(actorCodeList);
  return {
    events,
    starts,
    ends,
    categoryCodes,
    categories,
    actorOffsets,
    actorCodes,
    actors,
    maxSpan,
    byStart,
  };
}

/** Positions ordered by start, for binary search; most files list their events in time order already. */
export function orderByStart(starts: Float64Array): Uint32Array {
  const order = Uint32Array.from({ length: starts.length }, (_, position) => position);
  for (let position = 1; position < starts.length; position += 1) {
    // `|| 0`: two undrawable starts (-Infinity) differ by NaN, and are equal.
    if (starts[position]! < starts[position - 1]!) return order.sort((a, b) => starts[a]! - starts[b]! || 0);
  }
  return order;
}

/** The index of a dataset, built on first use and kept for the dataset's lifetime. */
export function eventIndexOf(dataset: Dataset): EventIndex {
  let index = indexCache.get(dataset);
  if (!index) {
    const actors = dataset.actors.map((actor) => actor.id);
    index = buildEventIndex(dataset.events, categoryIdsOf(dataset), actors);
    indexCache.set(dataset, index);
  }
  return index;
}

/** Events with at least one of the actors (1), or null when the filter keeps every event. */
export function actorMask(index: EventIndex, actorIds: readonly string[] | undefined): Uint8Array | null {
  if (!actorIds) return null;
  const wanted = new Uint8Array(index.actors.length);
  const wantedIds = new Set(actorIds);
  index.actors.forEach((actor, code) => {
    wanted[code] = wantedIds.has(actor) ? 1 : 0;
  });
  const mask = new Uint8Array(index.events.length);
  for (let position = 0; position < mask.length; position += 1) {
    for (let at = index.actorOffsets[position]!; at < index.actorOffsets[position + 1]!; at += 1) {
      if (wanted[index.actorCodes[at]!]) {
        mask[position] = 1;
        break;
      }
    }
  }
  return mask;
}

/** Events in one of the categories (1), or null when the filter keeps every event. */
export function categoryMask(
  index: EventIndex,
  categoryIds: readonly string[] | undefined,
): Uint8Array | null {
  if (!categoryIds) return null;
  const wantedIds = new Set(categoryIds);
  const wanted = Uint8Array.from(index.categories, (category) => (wantedIds.has(category) ? 1 : 0));
  return Uint8Array.from(index.categoryCodes, (code) => wanted[code]!);
}

/** Events matching a search (1), or null when there is no search. */
export function queryMask(index: EventIndex, query: string | undefined): Uint8Array | null {
  if (!query) return null;
  const matches = eventMatcher({ query });
  return Uint8Array.from(index.events, (event) => (matches(event) ? 1 : 0));
}

/** Events passing every mask; a null mask keeps everything. */
export function combineMasks(length: number, masks: readonly (Uint8Array | null)[]): Uint8Array {
  const combined = new Uint8Array(length).fill(1);
  for (const mask of masks) {
    if (mask) for (let position = 0; position < length; position += 1) combined[position]! &= mask[position]!;
  }
  return combined;
}

// Plain loops over the masks below: they run over every event on each filter change.

export function eventsInMask(index: EventIndex, mask: Uint8Array): TimelineEvent[] {
  const shown: TimelineEvent[] = [];
  for (let position = 0; position < mask.length; position += 1) {
    if (mask[position]) shown.push(index.events[position]!);
  }
  return shown;
}

/** Per actor, how many events pass `mask`, each event counted once however often it names the actor. */
export function countActors(index: EventIndex, mask: Uint8Array): Map<string, number> {
  const counts = new Uint32Array(index.actors.length);
  const lastCounted = new Int32Array(index.actors.length).fill(-1);
  for (let position = 0; position < mask.length; position += 1) {
    if (!mask[position]) continue;
    for (let at = index.actorOffsets[position]!; at < index.actorOffsets[position + 1]!; at += 1) {
      const code = index.actorCodes[at]!;
      if (lastCounted[code] === position) continue;
      lastCounted[code] = position;
      counts[code]! += 1;
    }
  }
  return new Map(index.actors.map((actor, code) => [actor, counts[code]!]));
}

/** Per category, how many events pass `mask` (categories without any are left out). */
export function countCategories(index: EventIndex, mask: Uint8Array): Map<string, number> {
  const counts = new Uint32Array(index.categories.length);
  for (let position = 0; position < mask.length; position += 1) {
    if (mask[position]) counts[index.categoryCodes[position]!]! += 1;
  }
  return new Map(
    index.categories.flatMap((category, code) => (counts[code] ? [[category, counts[code]!]] : [])),
  );
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
export function countInRange(
  index: EventIndex,
  mask: Uint8Array,
  from: number,
  to: number,
  limit: number,
): number {
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
  for (let position = 0; position < mask.length; position += 1) {
    // An event the timeline cannot draw (its start is -Infinity) has no place in the drawn extent.
    if (!mask[position] || !Number.isFinite(index.starts[position]!)) continue;
    if (index.starts[position]! < start) start = index.starts[position]!;
    if (index.ends[position]! > end) end = index.ends[position]!;
  }
  return start <= end ? { start, end } : null;
}
