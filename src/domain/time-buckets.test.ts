import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryMask, countInRange, eventIndexOf, forEachInRange } from './event-index';
import { curatedDataset } from '../testing/curated-dataset';
import { dayText, utc } from '../testing/days';
import { allShown } from '../testing/event-index-fixtures';
import { DAY_MS, startOfNextUnit, startOfUnit } from './calendar';
import { aggregateInRange, BUCKET_UNITS, chooseBucketUnit, type Bucket } from './time-buckets';

const YEAR = 365.25 * DAY_MS;

describe('chooseBucketUnit', () => {
  it('picks the finest unit with at most maxBuckets buckets across the span', () => {
    expect(chooseBucketUnit(0, 120)).toBe('day');
    expect(chooseBucketUnit(120 * DAY_MS, 120)).toBe('day');
    expect(chooseBucketUnit(121 * DAY_MS, 120)).toBe('week');
    expect(chooseBucketUnit(120 * 7 * DAY_MS, 120)).toBe('week');
    expect(chooseBucketUnit(120 * 7 * DAY_MS + DAY_MS, 120)).toBe('month');
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
    expect(chooseBucketUnit(30 * DAY_MS, 30)).toBe('day');
    expect(chooseBucketUnit(30 * DAY_MS, 29)).toBe('week');
    expect(chooseBucketUnit(30 * DAY_MS, 4)).toBe('month');
  });
});

describe('aggregateInRange', () => {
  /*
   * The curated dataset, by drawn range: policy 2024-05; politics 2024-11-06..17; policy and attack on
   * 2024-11-17; and four open starts (policy, military, policy, aid) drawn from 2024-10-19 to 2024-11-17.
   */
  const dataset = curatedDataset();
  const index = eventIndexOf(dataset);
  const all = allShown(index);
  /** Each bucket as [first day, day after, { category: count }, total]. */
  const readable = (buckets: readonly Bucket[]) =>
    buckets.map(({ start, end, counts, total }) => [
      dayText(start),
      dayText(end),
      Object.fromEntries(counts.flatMap((count, code) => (count ? [[index.categories[code], count]] : []))),
      total,
    ]);

  it('counts shown events per bucket, and within it per category, in time order', () => {
    expect(index.categories).toEqual(['policy', 'politics', 'military', 'attack', 'aid']);
    const buckets = aggregateInRange(index, all, utc('2024-10-01'), utc('2024-12-01'), 'month');
    expect(readable(buckets)).toEqual([
      ['2024-10-01', '2024-11-01', { policy: 2, military: 1, aid: 1 }, 4],
      ['2024-11-01', '2024-12-01', { policy: 1, politics: 1, attack: 1 }, 3],
    ]);
  });

  it('counts an event that started before `from` in the first bucket and leaves empty buckets out', () => {
    const buckets = aggregateInRange(index, all, utc('2024-11-10T12:00:00Z'), utc('2024-11-20'), 'day');
    expect(readable(buckets)).toEqual([
      ['2024-11-10', '2024-11-11', { policy: 2, politics: 1, military: 1, aid: 1 }, 5],
      ['2024-11-17', '2024-11-18', { policy: 1, attack: 1 }, 2],
    ]);
  });

  it('counts only events the mask shows', () => {
    const mask = categoryMask(index, ['policy', 'attack'])!;
    const buckets = aggregateInRange(index, mask, utc('2024-01-01'), utc('2025-01-01'), 'quarter');
    expect(readable(buckets)).toEqual([
      ['2024-04-01', '2024-07-01', { policy: 1 }, 1],
      ['2024-10-01', '2025-01-01', { policy: 3, attack: 1 }, 4],
    ]);
  });

  it('is empty where nothing is shown in the range', () => {
    expect(aggregateInRange(index, all, utc('2024-07-01'), utc('2024-10-01'), 'week')).toEqual([]);
    expect(aggregateInRange(index, new Uint8Array(index.events.length), -Infinity, Infinity, 'year')).toEqual(
      [],
    );
  });

  it('counts every shown event in the range once, in its category, in aligned distinct buckets', () => {
    const anyMask = fc
      .array(fc.boolean(), { minLength: index.events.length, maxLength: index.events.length })
      .map((shown) => Uint8Array.from(shown, Number));
    const anyTime = fc.integer({ min: utc('2024-01-01'), max: utc('2025-03-01') });
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
          expect(startOfUnit(item.start, unit)).toBe(item.start);
          expect(item.end).toBe(startOfNextUnit(item.start, unit));
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
