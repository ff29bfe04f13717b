import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../domain/calendar';
import { countInRange, drawnRange, eventsInMask } from '../../domain/event-index';
import { utc } from '../../testing/days';
import { syntheticFixture } from '../../testing/synthetic-dataset';
import {
  bucketWindow,
  bufferedRange,
  chooseDetail,
  firstEventIn,
  itemsForWindow,
  EVENT_ITEMS,
  MAX_EVENT_ITEMS,
  MAX_EVENTS_ON_SCREEN,
  ZOOM_LIMITS,
  type TimeRange,
} from './level-of-detail';

/* Whether the timeline draws events one by one or counts them, and the items of events it hands over. */

/** 2,000 events, one a day from 2020-01-01, alternately aid and attack. */
const { dataset: many, index, categories, all } = syntheticFixture({ count: 2000 });

describe('bufferedRange', () => {
  it('adds one window width on each side, three windows in all', () => {
    expect(bufferedRange({ start: 1000, end: 1500 })).toEqual({ start: 500, end: 2000 });
    const window = { start: utc('2024-01-01'), end: utc('2024-02-01') };
    const range = bufferedRange(window);
    expect(range.end - range.start).toBe(3 * (window.end - window.start));
    expect(range.start + range.end).toBe(window.start + window.end);
  });
});

describe('the generated dataset', () => {
  it('has the events asked for, each a real record of the dataset', () => {
    expect(many.events).toHaveLength(2000);
    expect(index.categories).toEqual(['aid', 'attack']);
    expect(new Set(many.events.map((event) => event.date.kind))).toEqual(new Set(['point', 'interval']));
    expect(many.eventById.get('event-7')?.date.text).toBe('2020-01-08/2020-01-10');
  });
});

describe('itemsForWindow with at most MAX_EVENT_ITEMS shown events', () => {
  const first = (count: number) => Uint8Array.from(index.events, (_, position) => (position < count ? 1 : 0));

  it('hands over every shown event as an event item when there is no window', () => {
    const mask = first(300);
    const shown = eventsInMask(index, mask);
    const items = itemsForWindow(index, mask, shown.length, null, categories);
    expect(items.every((item) => item.kind === 'event')).toBe(true);
    expect(items.map((item) => item.id).sort()).toEqual(shown.map((event) => event.id).sort());
  });

  it('still hands over events one by one at exactly MAX_EVENT_ITEMS', () => {
    const items = itemsForWindow(index, first(MAX_EVENT_ITEMS), MAX_EVENT_ITEMS, null, categories);
    expect(items).toHaveLength(MAX_EVENT_ITEMS);
    expect(items.every((item) => item.kind === 'event')).toBe(true);
  });

  it('chooses events whatever the window', () => {
    const far = { start: utc('1990-01-01'), end: utc('1990-01-02') };
    const mask = first(MAX_EVENT_ITEMS);
    expect(chooseDetail(index, mask, MAX_EVENT_ITEMS, null)).toEqual({ level: 'events' });
    expect(chooseDetail(index, mask, MAX_EVENT_ITEMS, far)).toEqual({ level: 'events' });
  });
});

describe('itemsForWindow and the items of events', () => {
  it('gives an event the same item from one call to the next while it keeps the same cache', () => {
    const mask = Uint8Array.from(index.events, (_, position) => (position < 10 ? 1 : 0));
    const eventItems = EVENT_ITEMS.create();
    const once = itemsForWindow(index, mask, 10, null, categories, { eventItems });
    const again = itemsForWindow(index, mask, 10, null, categories, { eventItems });
    again.forEach((item, position) => expect(item).toBe(once[position]));
    const otherStore = itemsForWindow(index, mask, 10, null, categories, {
      eventItems: EVENT_ITEMS.create(),
    });
    expect(otherStore).toEqual(once);
    expect(otherStore[0]).not.toBe(once[0]);
  });
});

describe('itemsForWindow on busy days', () => {
  /** 3,000 events, 100 a day for 30 days from 2024-01-01. */
  const {
    index: busyIndex,
    all: busyAll,
    categories: busyCategories,
  } = syntheticFixture({ count: 3000, perDay: 100, first: '2024-01-01' });
  const window = (days: number) => ({ start: utc('2024-01-12'), end: utc('2024-01-12') + days * DAY_MS });

  it('still counts them at the narrowest window, where the widget would stack hundreds of labels', () => {
    const narrowest = window(ZOOM_LIMITS.minSpan / DAY_MS);
    const range = bufferedRange(narrowest);
    expect(countInRange(busyIndex, busyAll, range.start, range.end, Infinity)).toBeGreaterThan(
      MAX_EVENT_ITEMS,
    );
    expect(chooseDetail(busyIndex, busyAll, 3000, narrowest)).toEqual({ level: 'aggregates', unit: 'day' });
  });

  it('marks the counts that zooming in cannot open, so that choosing them opens the list instead', () => {
    const items = itemsForWindow(busyIndex, busyAll, 3000, window(20), busyCategories);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.kind === 'aggregate' && item.opensInList)).toBe(true);
    expect(items[0]?.accessibleName).toMatch(/; open them in the list$/);
  });

  it('leaves the zooming to quieter days', () => {
    const items = itemsForWindow(
      index,
      all,
      2000,
      { start: utc('2021-07-01'), end: utc('2023-01-01') },
      categories,
    );
    expect(items.length).toBeGreaterThan(0);
    expect(items.some((item) => item.opensInList)).toBe(false);
    expect(items[0]?.accessibleName).toMatch(/; zoom in to see them$/);
  });

  it('widens a bucket to the narrowest window about its middle', () => {
    const day = { start: utc('2024-01-12'), end: utc('2024-01-13') };
    expect(bucketWindow(day)).toEqual({ start: utc('2024-01-11'), end: utc('2024-01-14') });
    const week = { start: utc('2024-01-08'), end: utc('2024-01-15') };
    expect(bucketWindow(week)).toEqual(week);
  });
});

describe('firstEventIn', () => {
  it('finds the shown event that starts first in the range', () => {
    const range = { start: utc('2022-01-01'), end: utc('2022-01-11') };
    const earliestStart = (mask: Uint8Array) =>
      Math.min(
        ...many.events
          .filter((_, position) => mask[position])
          .map((event) => drawnRange(event.date).start)
          .filter((start) => start >= range.start && start < range.end),
      );
    const first = firstEventIn(index, all, range)!;
    expect(drawnRange(first.date).start).toBe(earliestStart(all));
    const withoutIt = Uint8Array.from(index.events, (event) => (event === first ? 0 : 1));
    const next = firstEventIn(index, withoutIt, range)!;
    expect(next).not.toBe(first);
    expect(drawnRange(next.date).start).toBe(earliestStart(withoutIt));
  });

  it('falls back to an event that started before and runs into the range', () => {
    const spanning = many.events.find((event) => event.date.kind === 'interval')!;
    const { start, end } = drawnRange(spanning.date);
    const only = Uint8Array.from(index.events, (event) => (event === spanning ? 1 : 0));
    expect(firstEventIn(index, only, { start: start + DAY_MS, end })).toBe(spanning);
  });

  it('finds nothing where nothing is shown', () => {
    expect(
      firstEventIn(index, new Uint8Array(index.events.length), { start: 0, end: Infinity }),
    ).toBeUndefined();
  });
});

describe('item ids', () => {
  const itemsAt = (window: TimeRange | null) => itemsForWindow(index, all, 2000, window, categories);

  it('are the same for the same input, for events and for aggregates', () => {
    const narrow = { start: utc('2022-01-01'), end: utc('2022-01-11') };
    const wide = { start: utc('2021-01-01'), end: utc('2023-01-01') };
    for (const window of [narrow, wide, null]) {
      const first = itemsAt(window);
      expect(first.length).toBeGreaterThan(0);
      expect(itemsAt(window)).toEqual(first);
    }
  });

  it('stay with their buckets when the window pans', () => {
    const window = { start: utc('2021-01-01'), end: utc('2023-01-01') };
    const panned = { start: window.start + 20 * DAY_MS, end: window.end + 20 * DAY_MS };
    const before = itemsAt(window);
    const after = new Map(itemsAt(panned).map((item) => [item.id, item]));
    const from = bufferedRange(panned).start;
    const to = bufferedRange(window).end;
    const inBoth = before.filter((item) => item.start.getTime() > from && (item.end?.getTime() ?? 0) <= to);
    expect(inBoth.length).toBeGreaterThan(before.length / 2);
    for (const item of inBoth) expect(after.get(item.id)?.label).toBe(item.label);
  });
});

describe('few shown events', () => {
  it('are all returned even when a window is given', () => {
    const { dataset, index, all, categories } = syntheticFixture({ count: 40 });
    const window = { start: index.starts[0]!, end: index.starts[0]! + 1000 };
    const items = itemsForWindow(index, all, dataset.events.length, window, categories);
    expect(dataset.events).toHaveLength(40);
    expect(items).toHaveLength(40);
  });
});

describe('chooseDetail under long bars', () => {
  /** 1,000 events a day apart from 2020-01-01, the first 200 known only as "January 2020". */
  const { index: monthsIndex, all: monthsAll } = syntheticFixture({
    count: 1000,
    dateOf: (position) => (position < 200 ? '2020-01' : undefined),
  });
  const window = { start: utc('2020-01-10'), end: utc('2020-01-13') };

  it('counts rather than stacks them when more than MAX_EVENTS_ON_SCREEN cover the window', () => {
    const range = bufferedRange(window);
    expect(countInRange(monthsIndex, monthsAll, range.start, range.end, Infinity)).toBeLessThanOrEqual(
      MAX_EVENT_ITEMS,
    );
    expect(countInRange(monthsIndex, monthsAll, window.start, window.end, Infinity)).toBeGreaterThan(
      MAX_EVENTS_ON_SCREEN,
    );
    expect(chooseDetail(monthsIndex, monthsAll, 1000, window).level).toBe('aggregates');
  });

  it('draws them one by one once a filter leaves few enough', () => {
    const fewer = Uint8Array.from(monthsAll, (_, position) => (position % 2 === 0 ? 1 : 0));
    expect(countInRange(monthsIndex, fewer, window.start, window.end, Infinity)).toBeLessThanOrEqual(
      MAX_EVENTS_ON_SCREEN,
    );
    expect(chooseDetail(monthsIndex, fewer, 500, window)).toEqual({ level: 'events' });
  });
});
