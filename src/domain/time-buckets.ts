import { CALENDAR_UNITS, DAY_MS, startOfNextUnit, startOfUnit, WEEK_MS, type CalendarUnit } from './calendar';
import { forEachInRange, type EventIndex } from './event-index';

/*
 * Calendar buckets (UTC) for drawing many events as counts: days, weeks (from Monday), months, quarters,
 * years and decades. A window gets the finest unit that keeps the number of buckets readable.
 */

/** A bucket is one calendar unit: its start and end are the calendar's (`startOfUnit`, `startOfNextUnit`). */
export const BUCKET_UNITS = CALENDAR_UNITS;
export type BucketUnit = CalendarUnit;

const APPROXIMATE_LENGTH: Record<BucketUnit, number> = {
  day: DAY_MS,
  week: WEEK_MS,
  month: 30.44 * DAY_MS,
  quarter: 91.3 * DAY_MS,
  year: 365.25 * DAY_MS,
  decade: 3652.5 * DAY_MS,
};

/** The finest unit with at most `maxBuckets` buckets across `span` ms. */
export function chooseBucketUnit(span: number, maxBuckets: number): BucketUnit {
  return BUCKET_UNITS.find((unit) => span / APPROXIMATE_LENGTH[unit] <= maxBuckets) ?? 'decade';
}

export interface Bucket {
  readonly start: number;
  readonly end: number;
  /** Shown events in the bucket, per category code (positions in the index's `categories`). */
  readonly counts: readonly number[];
  readonly total: number;
}

/**
 * Shown events within [from, to), counted per bucket (by where each is drawn to start, or `from` for one that
 * started before) and per category. Empty buckets are left out.
 */
export function aggregateInRange(
  index: EventIndex,
  mask: Uint8Array,
  from: number,
  to: number,
  unit: BucketUnit,
): Bucket[] {
  const buckets: Bucket[] = [];
  const perCategory = new Uint32Array(index.categories.length);
  let start = -Infinity;
  let end = -Infinity;
  let total = 0;
  const closeBucket = () => {
    if (total > 0) buckets.push({ start, end, counts: Array.from(perCategory), total });
    perCategory.fill(0);
    total = 0;
  };
  // Events come in order of their start, so each bucket is counted whole before the next begins, and the
  // calendar arithmetic runs once per bucket, not once per event (100,000 of them on every filter).
  forEachInRange(index, mask, from, to, (position) => {
    const drawnStart = Math.max(index.starts[position]!, from);
    if (drawnStart >= end) {
      closeBucket();
      start = startOfUnit(drawnStart, unit);
      end = startOfNextUnit(start, unit);
    }
    perCategory[index.categoryCodes[position]!]! += 1;
    total += 1;
  });
  closeBucket();
  return buckets;
}
