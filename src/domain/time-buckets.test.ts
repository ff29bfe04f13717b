import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryMask, countInRange, eventIndexOf, forEachInRange } from './event-index';
import { curatedDataset } from '../testing/curated-dataset';
import {
  aggregateInRange,
  BUCKET_UNITS,
  bucketStart,
  chooseBucketUnit,
  nextBucket,
  type Bucket,
  type BucketUnit,
} from './time-buckets';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const time = (iso: string) => Date.parse(iso.includes('T') ? iso : `${iso}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString();
/** The bucket holding `at` as [start, end) in ISO form. */
const bucket = (at: string, unit: BucketUnit) => {
  const start = bucketStart(time(at), unit);
  return [iso(start), iso(nextBucket(start, unit))];
};

describe('bucketStart and nextBucket', () => {
  it('cut days at UTC midnight, before the epoch too', () => {
    expect(bucket('2024-11-17T15:30:00Z', 'day')).toEqual([
      '2024-11-17T00:00:00.000Z',
      '2024-11-18T00:00:00.000Z',
    ]);
    expect(bucket('2024-11-17', 'day')).toEqual(['2024-11-17T00:00:00.000Z', '2024-11-18T00:00:00.000Z']);
    expect(bucket('1969-12-31T12:00:00Z', 'day')).toEqual([
      '1969-12-31T00:00:00.000Z',
      '1970-01-01T00:00:00.000Z',
    ]);
  });

  it('start weeks on Monday: a Sunday belongs to the week before, a Monday starts its own', () => {
    expect(bucket('2024-11-17T23:59:59Z', 'week')).toEqual([
      '2024-11-11T00:00:00.000Z',
      '2024-11-18T00:00:00.000Z',
    ]);
    expect(bucket('2024-11-18', 'week')).toEqual(['2024-11-18T00:00:00.000Z', '2024-11-25T00:00:00.000Z']);
    expect(bucket('2024-11-18T23:00:00Z', 'week')[0]).toBe('2024-11-18T00:00:00.000Z');
  });

  it('let a week run across the end of a year', () => {
    // 2025-01-01 is a Wednesday; 2021-01-03 a Sunday.
    expect(bucket('2025-01-01', 'week')).toEqual(['2024-12-30T00:00:00.000Z', '2025-01-06T00:00:00.000Z']);
    expect(bucket('2021-01-03', 'week')).toEqual(['2020-12-28T00:00:00.000Z', '2021-01-04T00:00:00.000Z']);
    expect(bucket('1970-01-01', 'week')).toEqual(['1969-12-29T00:00:00.000Z', '1970-01-05T00:00:00.000Z']);
  });

  it('cut months at the first of the month, December running into January', () => {
    expect(bucket('2024-12-15T08:00:00Z', 'month')).toEqual([
      '2024-12-01T00:00:00.000Z',
      '2025-01-01T00:00:00.000Z',
    ]);
    expect(bucket('2024-02-29', 'month')).toEqual(['2024-02-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z']);
    expect(bucket('2024-01-31T23:59:59Z', 'month')[0]).toBe('2024-01-01T00:00:00.000Z');
  });

  it('cut quarters at January, April, July and October', () => {
    expect(bucket('2024-11-17', 'quarter')).toEqual(['2024-10-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    expect(bucket('2024-03-31T23:59:59Z', 'quarter')).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-04-01T00:00:00.000Z',
    ]);
    expect(bucket('2024-04-01', 'quarter')[0]).toBe('2024-04-01T00:00:00.000Z');
  });

  it('cut years at 1 January and decades at years ending in 0', () => {
    expect(bucket('2024-11-17', 'year')).toEqual(['2024-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z']);
    expect(bucket('2024-11-17', 'decade')).toEqual(['2020-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z']);
    expect(bucket('2029-12-31T23:59:59Z', 'decade')[0]).toBe('2020-01-01T00:00:00.000Z');
    expect(bucket('2030-01-01', 'decade')[0]).toBe('2030-01-01T00:00:00.000Z');
  });

  it('keep years 0 to 99 literal instead of mapping them to 1900 to 1999', () => {
    expect(bucket('0005-03-10', 'month')).toEqual(['0005-03-01T00:00:00.000Z', '0005-04-01T00:00:00.000Z']);
    expect(bucket('0099-07-04', 'year')).toEqual(['0099-01-01T00:00:00.000Z', '0100-01-01T00:00:00.000Z']);
    expect(bucket('0005-03-10', 'decade')).toEqual(['0000-01-01T00:00:00.000Z', '0010-01-01T00:00:00.000Z']);
  });

  it('handle years before year 0', () => {
    const at = '-000001-12-15T00:00:00Z';
    expect(bucket(at, 'month')).toEqual(['-000001-12-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
    expect(bucket(at, 'quarter')).toEqual(['-000001-10-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
    expect(bucket(at, 'year')).toEqual(['-000001-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
    expect(bucket(at, 'decade')).toEqual(['-000010-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z']);
  });

  it('place any instant in exactly one bucket, whose start is a bucket start', () => {
    const anyTime = fc.integer({ min: time('-000500-01-01'), max: time('9999-12-31') });
    const anyUnit = fc.constantFrom(...BUCKET_UNITS);
    fc.assert(
      fc.property(anyTime, anyUnit, (at, unit) => {
        const start = bucketStart(at, unit);
        const end = nextBucket(start, unit);
        expect(start).toBeLessThanOrEqual(at);
        expect(end).toBeGreaterThan(at);
        expect(bucketStart(start, unit)).toBe(start);
        expect(bucketStart(end, unit)).toBe(end);
        if (unit === 'week') expect(new Date(start).getUTCDay()).toBe(1);
        if (unit !== 'day' && unit !== 'week') expect(new Date(start).getUTCDate()).toBe(1);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('chooseBucketUnit', () => {
  it('picks the finest unit with at most maxBuckets buckets across the span', () => {
    expect(chooseBucketUnit(0, 120)).toBe('day');
    expect(chooseBucketUnit(120 * DAY, 120)).toBe('day');
    expect(chooseBucketUnit(121 * DAY, 120)).toBe('week');
    expect(chooseBucketUnit(120 * 7 * DAY, 120)).toBe('week');
    expect(chooseBucketUnit(120 * 7 * DAY + DAY, 120)).toBe('month');
    expect(chooseBucketUnit(3 * YEAR, 120)).toBe('month');
    expect(chooseBucketUnit(11 * YEAR, 120)).toBe('quarter');
    expect(chooseBucketUnit(40 * YEAR, 120)).toBe('year');
    expect(chooseBucketUnit(1200 * YEAR, 120)).toBe('decade');
  });

  it('falls back to decades when even they are too many', () => {
    expect(chooseBucketUnit(5000 * YEAR, 120)).toBe('decade');
    expect(chooseBucketUnit(20 * YEAR, 1)).toBe('decade');
  });

  it('depends on maxBuckets', () => {
    expect(chooseBucketUnit(30 * DAY, 30)).toBe('day');
    expect(chooseBucketUnit(30 * DAY, 29)).toBe('week');
    expect(chooseBucketUnit(30 * DAY, 4)).toBe('month');
  });
});

describe('aggregateInRange', () => {
  /*
   * The curated dataset, by drawn range: policy 2024-05; politics 2024-11-06..17; policy and attack on
   * 2024-11-17; and four open starts (policy, military, policy, aid) drawn from 2024-10-19 to 2024-11-17.
   */
  const dataset = curatedDataset();
  const index = eventIndexOf(dataset);
  const all = new Uint8Array(index.events.length).fill(1);
  /** Each bucket as [first day, day after, { category: count }, total]. */
  const readable = (buckets: readonly Bucket[]) =>
    buckets.map(({ start, end, counts, total }) => [
      iso(start).slice(0, 10),
      iso(end).slice(0, 10),
      Object.fromEntries(counts.flatMap((count, code) => (count ? [[index.categories[code], count]] : []))),
      total,
    ]);

  it('counts shown events per bucket, and within it per category, in time order', () => {
    expect(index.categories).toEqual(['policy', 'politics', 'military', 'attack', 'aid']);
    const buckets = aggregateInRange(index, all, time('2024-10-01'), time('2024-12-01'), 'month');
    expect(readable(buckets)).toEqual([
      ['2024-10-01', '2024-11-01', { policy: 2, military: 1, aid: 1 }, 4],
      ['2024-11-01', '2024-12-01', { policy: 1, politics: 1, attack: 1 }, 3],
    ]);
  });

  it('counts an event that started before `from` in the first bucket and leaves empty buckets out', () => {
    const buckets = aggregateInRange(index, all, time('2024-11-10T12:00:00Z'), time('2024-11-20'), 'day');
    expect(readable(buckets)).toEqual([
      ['2024-11-10', '2024-11-11', { policy: 2, politics: 1, military: 1, aid: 1 }, 5],
      ['2024-11-17', '2024-11-18', { policy: 1, attack: 1 }, 2],
    ]);
  });

  it('counts only events the mask shows', () => {
    const mask = categoryMask(index, ['policy', 'attack'])!;
    const buckets = aggregateInRange(index, mask, time('2024-01-01'), time('2025-01-01'), 'quarter');
    expect(readable(buckets)).toEqual([
      ['2024-04-01', '2024-07-01', { policy: 1 }, 1],
      ['2024-10-01', '2025-01-01', { policy: 3, attack: 1 }, 4],
    ]);
  });

  it('is empty where nothing is shown in the range', () => {
    expect(aggregateInRange(index, all, time('2024-07-01'), time('2024-10-01'), 'week')).toEqual([]);
    expect(aggregateInRange(index, new Uint8Array(index.events.length), -Infinity, Infinity, 'year')).toEqual(
      [],
    );
  });

  it('counts every shown event in the range once, in its category, in aligned distinct buckets', () => {
    const anyMask = fc
      .array(fc.boolean(), { minLength: index.events.length, maxLength: index.events.length })
      .map((shown) => Uint8Array.from(shown, Number));
    const anyTime = fc.integer({ min: time('2024-01-01'), max: time('2025-03-01') });
    fc.assert(
      fc.property(anyMask, anyTime, anyTime, fc.constantFrom(...BUCKET_UNITS), (mask, a, b, unit) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const buckets = aggregateInRange(index, mask, from, to, unit);
        const total = buckets.reduce((sum, bucket) => sum + bucket.total, 0);
        expect(total).toBe(countInRange(index, mask, from, to, Infinity));

        const perCategory = new Array<number>(index.categories.length).fill(0);
        forEachInRange(index, mask, from, to, (position) => {
          perCategory[index.categoryCodes[position]!]! += 1;
        });
        const counted = perCategory.map((_, code) =>
          buckets.reduce((sum, bucket) => sum + bucket.counts[code]!, 0),
        );
        expect(counted).toEqual(perCategory);

        buckets.forEach((item, position) => {
          expect(item.total).toBeGreaterThan(0);
          expect(item.counts.reduce((sum, count) => sum + count, 0)).toBe(item.total);
          expect(bucketStart(item.start, unit)).toBe(item.start);
          expect(item.end).toBe(nextBucket(item.start, unit));
          expect(item.end).toBeGreaterThan(from);
          expect(item.start).toBeLessThan(to);
          const previous = buckets[position - 1];
          if (previous) expect(previous.start).toBeLessThan(item.start);
        });
      }),
      { numRuns: 500 },
    );
  });
});
