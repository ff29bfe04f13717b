import { describe, expect, it } from 'vitest';
import { categoryMask, countInRange, drawnRange, eventsInMask, shownExtent } from '../../domain/event-index';
import { aggregateInRange } from '../../domain/time-buckets';
import { utc } from '../../testing/days';
import { syntheticFixture } from '../../testing/synthetic-dataset';
import {
  bufferedRange,
  chooseDetail,
  itemsForWindow,
  bucketsAcross,
  MAX_BUCKETS_ACROSS,
  MAX_EVENT_ITEMS,
} from './level-of-detail';
import { aggregateBucket, type TimelineItem } from './vis-items';

/* The counts the timeline draws in place of many events: one bar a bucket, stacked by category. */

/** The count an aggregate item names first: "1,234 events, ...". */
const countOf = (item: TimelineItem) =>
  Number(/^([\d,]+) event/.exec(item.accessibleName)![1]!.replace(/,/g, ''));
const total = (items: readonly TimelineItem[]) => items.reduce((sum, item) => sum + countOf(item), 0);
const unitOf = (item: TimelineItem) => aggregateBucket(item.id)?.unit;

/** 2,000 events, one a day from 2020-01-01, alternately aid and attack. */
const { dataset: many, index, categories, all } = syntheticFixture({ count: 2000 });

describe('itemsForWindow with more than MAX_EVENT_ITEMS shown events', () => {
  it('counts them, rather than stack a thousand labels, when the window holds them all', () => {
    const aid = categoryMask(index, ['aid'])!;
    const extent = shownExtent(index, aid)!;
    expect(eventsInMask(index, aid)).toHaveLength(1000);
    expect(MAX_EVENT_ITEMS).toBeLessThan(1000);
    const items = itemsForWindow(index, aid, 1000, extent, categories);
    expect(items.every((item) => item.kind === 'aggregate')).toBe(true);
    expect(total(items)).toBe(1000);
  });
});

describe('itemsForWindow with many shown events in the window', () => {
  const extent = shownExtent(index, all)!;

  it('counts per bucket across a wide window, three screens of bars at most', () => {
    const window = { start: extent.start, end: extent.end };
    const detail = chooseDetail(index, all, 2000, window);
    expect(detail.level).toBe('aggregates');
    const items = itemsForWindow(index, all, 2000, window, categories);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3 * MAX_BUCKETS_ACROSS);
    expect(items.every((item) => item.kind === 'aggregate')).toBe(true);
    const unit = detail.level === 'aggregates' ? detail.unit : undefined;
    expect(new Set(items.map(unitOf))).toEqual(new Set([unit]));
    const range = bufferedRange(window);
    expect(total(items)).toBe(countInRange(index, all, range.start, range.end, Infinity));
    expect(total(items)).toBe(2000);
  });

  it('draws each aggregate over the bucket its id names', () => {
    const items = itemsForWindow(index, all, 2000, extent, categories);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    for (const item of items) {
      expect(aggregateBucket(item.id)).toMatchObject({
        start: item.start.getTime(),
        end: item.end?.getTime(),
      });
    }
  });

  it('counts only the buffered range of a window that sees part of the events', () => {
    const window = { start: utc('2021-07-01'), end: utc('2023-01-01') };
    const range = bufferedRange(window);
    const inRange = countInRange(index, all, range.start, range.end, Infinity);
    expect(inRange).toBeGreaterThan(MAX_EVENT_ITEMS);
    expect(inRange).toBeLessThan(2000);
    const items = itemsForWindow(index, all, 2000, window, categories);
    expect(items.every((item) => item.kind === 'aggregate')).toBe(true);
    expect(total(items)).toBe(inRange);
  });

  it('counts per decade when there is no window', () => {
    expect(chooseDetail(index, all, 2000, null)).toEqual({ level: 'aggregates', unit: 'decade' });
    const items = itemsForWindow(index, all, 2000, null, categories);
    expect(items.map(unitOf).every((unit) => unit === 'decade')).toBe(true);
    expect(total(items)).toBe(2000);
  });

  it('hands over the events of the buffered range when a narrow window holds few', () => {
    const window = { start: utc('2022-01-01'), end: utc('2022-01-11') };
    const range = bufferedRange(window);
    expect(chooseDetail(index, all, 2000, window)).toEqual({ level: 'events' });
    const items = itemsForWindow(index, all, 2000, window, categories);
    const expected = many.events
      .filter((event) => {
        const { start, end } = drawnRange(event.date);
        return start < range.end && end > range.start;
      })
      .map((event) => event.id);
    expect(expected.length).toBeGreaterThan(25);
    expect(items.every((item) => item.kind === 'event')).toBe(true);
    expect(items.map((item) => item.id).sort()).toEqual(expected.sort());
  });

  it('leaves out events the mask hides', () => {
    const mask = Uint8Array.from(index.events, (_, position) => (position % 5 === 0 ? 0 : 1));
    const hidden = new Set(many.events.filter((_, position) => position % 5 === 0).map((event) => event.id));
    const window = { start: utc('2022-01-01'), end: utc('2022-01-11') };
    const items = itemsForWindow(index, mask, 1600, window, categories);
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => hidden.has(item.id))).toBe(false);
    const range = bufferedRange(window);
    expect(items).toHaveLength(countInRange(index, mask, range.start, range.end, Infinity));
  });
});

describe('itemsForWindow with many categories', () => {
  /** 3,000 events over 120 days from 2024-01-01, 25 a day, in 40 categories. */
  const {
    index: crowdedIndex,
    all: crowdedAll,
    categories: crowdedCategories,
  } = syntheticFixture({
    count: 3000,
    perDay: 25,
    first: '2024-01-01',
    categories: Array.from({ length: 40 }, (_, code) => `kind-${code}`),
  });
  const window = { start: utc('2024-02-10'), end: utc('2024-03-21') };

  it('draws one bar a bucket, its parts the categories in the order of the legend', () => {
    const range = bufferedRange(window);
    const items = itemsForWindow(crowdedIndex, crowdedAll, 3000, window, crowdedCategories);
    expect(new Set(items.map(unitOf))).toEqual(new Set(['day']));
    expect(items).toHaveLength(
      aggregateInRange(crowdedIndex, crowdedAll, range.start, range.end, 'day').length,
    );
    expect(total(items)).toBe(countInRange(crowdedIndex, crowdedAll, range.start, range.end, Infinity));
    const legend = crowdedCategories.map((category) => category.label);
    for (const item of items) {
      expect(item.bar!.parts.reduce((sum, part) => sum + part.count, 0)).toBe(countOf(item));
      const named = [...item.accessibleName.matchAll(/\d+ (Kind \d+)/g)].map((match) => match[1]!);
      expect(named).toHaveLength(item.bar!.parts.length);
      expect(named).toEqual(legend.filter((label) => named.includes(label)));
    }
  });
});

describe('bars across the timeline', () => {
  const window = { start: utc('2022-01-01'), end: utc('2022-07-01') };

  it('are fewer and wider on a narrow timeline', () => {
    expect(bucketsAcross(2400)).toBe(MAX_BUCKETS_ACROSS);
    expect(bucketsAcross(1200)).toBe(33);
    expect(bucketsAcross(340)).toBe(9);
    expect(bucketsAcross(50)).toBe(6);
    const wide = itemsForWindow(index, all, 2000, window, categories, { across: bucketsAcross(1200) });
    const narrow = itemsForWindow(index, all, 2000, window, categories, { across: bucketsAcross(340) });
    expect(new Set(wide.map(unitOf))).toEqual(new Set(['week']));
    expect(new Set(narrow.map(unitOf))).toEqual(new Set(['month']));
    expect(total(narrow)).toBe(total(wide));
  });

  it('are as tall as their share of the tallest bar in the window', () => {
    const items = itemsForWindow(index, all, 2000, window, categories);
    const inWindow = items.filter(
      (item) => item.end!.getTime() > window.start && item.start.getTime() < window.end,
    );
    const tallest = Math.max(...inWindow.map(countOf));
    for (const item of items) expect(item.bar!.share).toBeCloseTo(Math.min(1, countOf(item) / tallest));
    expect(inWindow.some((item) => item.bar!.share === 1)).toBe(true);
  });
});
