import { DAY_MS } from '../../domain/calendar';
import type { CategoryInfo } from '../../domain/categories';
import { countInRange, forEachInRange, type EventIndex } from '../../domain/event-index';
import type { TimelineEvent } from '../../domain/types';
import type { CacheEntry } from '../../state/store-cache';
import { aggregateInRange, chooseBucketUnit, type BucketUnit } from '../../domain/time-buckets';
import { toAggregateItem, toEventItem, type TimelineItem } from './vis-items';

/*
 * What the widget is handed for a window: the shown events themselves while few enough are in and around the
 * window, otherwise one bar per calendar bucket counting its events by category, a histogram that opens into
 * events as the reader zooms in. vis-timeline builds an object and DOM for every item it holds, so it must
 * never hold 100,000: at most MAX_EVENT_ITEMS events, or three screens' worth of bars.
 */

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
/** The narrowest and widest windows the timeline shows. */
// Wide enough for a century of events with the margins of "Fit all" around them.
export const ZOOM_LIMITS = { minSpan: DAY_MS * 3, maxSpan: DAY_MS * 366 * 200 } as const;

/** Bars across the window on a wide screen; a narrower timeline gets fewer (see `bucketsAcross`). */
export const MAX_BUCKETS_ACROSS = 40;
/** Narrower bars would not hold their count ("12,345"). */
const MIN_BAR_PX = 36;

/** How many bars fit across a timeline this many pixels wide. */
export function bucketsAcross(widthPx: number): number {
  return Math.min(MAX_BUCKETS_ACROSS, Math.max(6, Math.floor(widthPx / MIN_BAR_PX)));
}

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

export interface DetailOptions {
  /** Counts only, whatever the window: an index without event records (a preview) has nothing else. */
  readonly aggregatesOnly?: boolean;
  /** Bars across the window (see `bucketsAcross`). */
  readonly across?: number;
}

export function chooseDetail(
  index: EventIndex,
  mask: Uint8Array,
  shownCount: number,
  window: TimeRange | null,
  { aggregatesOnly = false, across = MAX_BUCKETS_ACROSS }: DetailOptions = {},
): Detail {
  const aggregates = (): Detail => ({
    level: 'aggregates',
    unit: window ? chooseBucketUnit(3 * (window.end - window.start), 3 * across) : 'decade',
  });
  if (aggregatesOnly) return aggregates();
  if (shownCount <= MAX_EVENT_ITEMS) return { level: 'events' };
  if (!window) return aggregates();
  const range = bufferedRange(window);
  const inRange = countInRange(index, mask, range.start, range.end, MAX_EVENT_ITEMS + 1);
  const onScreen = countInRange(index, mask, window.start, window.end, MAX_EVENTS_ON_SCREEN + 1);
  if (inRange <= MAX_EVENT_ITEMS && onScreen <= MAX_EVENTS_ON_SCREEN) return { level: 'events' };
  return aggregates();
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

/** Items made for events, one per event for the event's lifetime (see `EVENT_ITEMS`). */
export type EventItems = WeakMap<TimelineEvent, TimelineItem>;

/**
 * The items of a store's events, kept in the store's cache: the same event gives the same item, so the widget
 * is only handed items that really changed.
 */
export const EVENT_ITEMS: CacheEntry<EventItems> = { create: () => new WeakMap() };

function itemOfEvent(eventItems: EventItems, event: TimelineEvent, slot: number): TimelineItem {
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
  {
    across = MAX_BUCKETS_ACROSS,
    eventItems = new WeakMap(),
  }: { across?: number; eventItems?: EventItems } = {},
): TimelineItem[] {
  const categoryOf = slotOf(categories);
  const detail = chooseDetail(index, mask, shownCount, window, {
    aggregatesOnly: index.events.length === 0 && shownCount > 0,
    across,
  });
  const range =
    window && shownCount > MAX_EVENT_ITEMS ? bufferedRange(window) : { start: -Infinity, end: Infinity };
  if (detail.level === 'events') {
    const items: TimelineItem[] = [];
    forEachInRange(index, mask, range.start, range.end, (position) => {
      const event = index.events[position]!;
      items.push(itemOfEvent(eventItems, event, categoryOf(event.category).slot));
    });
    return items;
  }
  const buckets = aggregateInRange(index, mask, range.start, range.end, detail.unit);
  // Bars are scaled to the tallest on screen, so a quiet stretch next to a burst still reads; one beyond
  // the window that is taller still is drawn full height until the window reaches it.
  const onScreen = window
    ? buckets.filter((bucket) => bucket.end > window.start && bucket.start < window.end)
    : buckets;
  const tallest = onScreen.reduce((most, bucket) => Math.max(most, bucket.total), 0);
  const categoryOfCode = index.categories.map(categoryOf);
  const legendOrder = categoryOfCode
    .map((category, code) => ({ code, order: categories.indexOf(category) }))
    .sort((a, b) => a.order - b.order)
    .map(({ code }) => code);
  return buckets.map((bucket) =>
    toAggregateItem(
      {
        start: bucket.start,
        end: bucket.end,
        total: bucket.total,
        parts: legendOrder.flatMap((code) =>
          bucket.counts[code] ? [{ category: categoryOfCode[code]!, count: bucket.counts[code]! }] : [],
        ),
      },
      detail.unit,
      tallest,
      index.events.length > 0 && opensOnlyInList(index, mask, shownCount, bucket),
    ),
  );
}
