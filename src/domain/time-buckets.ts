import { forEachInRange, type EventIndex } from './event-index';

/*
 * Calendar buckets (UTC) for drawing many events as counts: days, weeks (from Monday), months, quarters,
 * years and decades. A window gets the finest unit that keeps the number of buckets readable.
 */

const DAY = 86_400_000;
/** 1970-01-01 was a Thursday; Mondays are 4 days later in the cycle. */
const MONDAY_OFFSET = 4 * DAY;

export const BUCKET_UNITS = ['day', 'week', 'month', 'quarter', 'year', 'decade'] as const;
export type BucketUnit = (typeof BUCKET_UNITS)[number];

const APPROXIMATE_LENGTH: Record<BucketUnit, number> = {
  day: DAY,
  week: 7 * DAY,
  month: 30.44 * DAY,
  quarter: 91.3 * DAY,
  year: 365.25 * DAY,
  decade: 3652.5 * DAY,
};

function monthsPer(unit: 'month' | 'quarter' | 'year' | 'decade'): number {
  return { month: 1, quarter: 3, year: 12, decade: 120 }[unit];
}

/** The start of the bucket holding `time`. */
export function bucketStart(time: number, unit: BucketUnit): number {
  if (unit === 'day') return Math.floor(time / DAY) * DAY;
  if (unit === 'week') return Math.floor((time - MONDAY_OFFSET) / (7 * DAY)) * 7 * DAY + MONDAY_OFFSET;
  const date = new Date(time);
  const months = date.getUTCFullYear() * 12 + date.getUTCMonth();
  const step = monthsPer(unit);
  const first = Math.floor(months / step) * step;
  const start = new Date(0);
  start.setUTCFullYear(Math.floor(first / 12), ((first % 12) + 12) % 12, 1);
  return start.getTime();
}

/** The start of the bucket after the one that starts at `start`. */
export function nextBucket(start: number, unit: BucketUnit): number {
  if (unit === 'day') return start + DAY;
  if (unit === 'week') return start + 7 * DAY;
  const date = new Date(start);
  date.setUTCMonth(date.getUTCMonth() + monthsPer(unit));
  return date.getTime();
}

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
      start = bucketStart(drawnStart, unit);
      end = nextBucket(start, unit);
    }
    perCategory[index.categoryCodes[position]!]! += 1;
    total += 1;
  });
  closeBucket();
  return buckets;
}
