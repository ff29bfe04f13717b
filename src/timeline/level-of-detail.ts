import type { CategoryInfo } from '../domain/categories';
import { countInRange, forEachInRange, type EventIndex } from '../domain/event-index';
import type { TimelineEvent } from '../domain/types';
import { aggregateInRange, BUCKET_UNITS, chooseBucketUnit, type BucketUnit } from '../domain/time-buckets';
import { toAggregateItem, toEventItem, type TimelineItem } from './vis-items';

/*
 * What the widget is handed for a window: the shown events themselves while they number at most
 * MAX_EVENT_ITEMS in and around the window, otherwise counts per calendar bucket and category that open
 * into events as the reader zooms in. vis-timeline builds an object and DOM for every item it holds, so it
 * must never hold 100,000.
 */

/** The most items, events or counts, the widget is ever handed. */
export const MAX_TIMELINE_ITEMS = 1500;
/**
 * Events are drawn one by one while at most this many are in and around the window (about a third of them
 * on screen); more would be an unreadable stack of labels, and vis-timeline restacks every one of them on
 * each frame of a zoom.
 */
export const MAX_EVENT_ITEMS = 400;
/**
 * ... and at most this many overlap the window itself. Long bars (a month, an interval, an open start) all
 * cover a narrow window: a few hundred of them stack far taller than the timeline, and vis-timeline moves
 * every one on each frame of a pan.
 */
export const MAX_EVENTS_ON_SCREEN = 150;
const DAY = 86_400_000;
/** The narrowest and widest windows the timeline shows. */
// Wide enough for a century of events with the margins of "Fit all" around them.
export const ZOOM_LIMITS = { minSpan: DAY * 3, maxSpan: DAY * 366 * 200 } as const;

/** Buckets across the buffered range (three windows wide): about 40 across the screen. */
const MAX_BUCKETS = 120;

export interface TimeRange {
  readonly start: number;
  readonly end: number;
}

export type Detail =
  { readonly level: 'events' } | { readonly level: 'aggregates'; readonly unit: BucketUnit };

/** The window with one more window's width on each side, so short pans need no new items. */
export function bufferedRange(window: TimeRange): TimeRange {
  const span = window.end - window.start;
  return { start: window.start - span, end: window.end + span };
}

/** The window that zooming into a bucket gives: the bucket, widened about its middle to the narrowest window. */
export function bucketWindow(bucket: TimeRange): TimeRange {
  const widen = Math.max(0, ZOOM_LIMITS.minSpan - (bucket.end - bucket.start)) / 2;
  return { start: bucket.start - widen, end: bucket.end + widen };
}

/**
 * Whether zooming into a bucket still shows counts at the narrowest window, as on the busiest days of a large
 * dataset (hundreds of events a day): the timeline cannot open such a bucket, the list can.
 */
function opensOnlyInList(index: EventIndex, mask: Uint8Array, shownCount: number, bucket: TimeRange) {
  const window = bucketWindow(bucket);
  return (
    window.end - window.start <= ZOOM_LIMITS.minSpan &&
    chooseDetail(index, mask, shownCount, window).level === 'aggregates'
  );
}

export function chooseDetail(
  index: EventIndex,
  mask: Uint8Array,
  shownCount: number,
  window: TimeRange | null,
  aggregatesOnly = false,
): Detail {
  if (aggregatesOnly) {
    const unit = window ? chooseBucketUnit(3 * (window.end - window.start), MAX_BUCKETS) : 'decade';
    return { level: 'aggregates', unit };
  }
  if (shownCount <= MAX_EVENT_ITEMS || !window) {
    return shownCount <= MAX_EVENT_ITEMS ? { level: 'events' } : { level: 'aggregates', unit: 'decade' };
  }
  const range = bufferedRange(window);
  const inRange = countInRange(index, mask, range.start, range.end, MAX_EVENT_ITEMS + 1);
  const onScreen = countInRange(index, mask, window.start, window.end, MAX_EVENTS_ON_SCREEN + 1);
  if (inRange <= MAX_EVENT_ITEMS && onScreen <= MAX_EVENTS_ON_SCREEN) return { level: 'events' };
  return { level: 'aggregates', unit: chooseBucketUnit(range.end - range.start, MAX_BUCKETS) };
}

/** The shown event that starts first within a range (or, failing that, the first that runs into it). */
export function firstEventIn(
  index: EventIndex,
  mask: Uint8Array,
  range: TimeRange,
): TimelineEvent | undefined {
  let first: number | undefined;
  forEachInRange(index, mask, range.start, range.end, (position) => {
    first ??= position;
    if (index.starts[position]! < range.start) return true;
    first = position;
    return false;
  });
  return first === undefined ? undefined : index.events[first];
}

/** One item per event for the event's lifetime, so the widget is only handed items that really changed. */
const eventItems = new WeakMap<TimelineEvent, TimelineItem>();

function itemOfEvent(event: TimelineEvent, slot: number): TimelineItem {
  let item = eventItems.get(event);
  if (!item) {
    item = toEventItem(event, slot);
    eventItems.set(event, item);
  }
  return item;
}

function slotOf(categories: readonly CategoryInfo[]) {
  const byId = new Map(categories.map((category) => [category.id, category]));
  return (id: string) => byId.get(id) ?? { id, label: id, slot: 0 };
}

/**
 * The items for a window. With few shown events the window does not matter and every one is returned; with
 * many, only those in the buffered range, or their counts. An index without event records (a preview) can
 * only be drawn as counts.
 */
export function itemsForWindow(
  index: EventIndex,
  mask: Uint8Array,
  shownCount: number,
  window: TimeRange | null,
  categories: readonly CategoryInfo[],
): TimelineItem[] {
  const categoryOf = slotOf(categories);
  const detail = chooseDetail(index, mask, shownCount, window, index.events.length === 0 && shownCount > 0);
  const range =
    window && shownCount > MAX_EVENT_ITEMS ? bufferedRange(window) : { start: -Infinity, end: Infinity };
  if (detail.level === 'events') {
    const items: TimelineItem[] = [];
    forEachInRange(index, mask, range.start, range.end, (position) => {
      const event = index.events[position]!;
      items.push(itemOfEvent(event, categoryOf(event.category).slot));
    });
    return items;
  }
  // Coarsen until the buckets fit too: many categories multiply the bars per bucket.
  for (const unit of BUCKET_UNITS.slice(BUCKET_UNITS.indexOf(detail.unit))) {
    const buckets = aggregateInRange(index, mask, range.start, range.end, unit);
    if (buckets.length <= MAX_TIMELINE_ITEMS || unit === 'decade') {
      const inListOnly = new Map<number, boolean>();
      const opensInList = (bucket: TimeRange) => {
        if (index.events.length === 0) return false;
        if (!inListOnly.has(bucket.start))
          inListOnly.set(bucket.start, opensOnlyInList(index, mask, shownCount, bucket));
        return inListOnly.get(bucket.start)!;
      };
      return buckets
        .slice(0, MAX_TIMELINE_ITEMS)
        .map((bucket) =>
          toAggregateItem(
            bucket,
            categoryOf(index.categories[bucket.categoryCode]!),
            unit,
            opensInList(bucket),
          ),
        );
    }
  }
  return [];
}
