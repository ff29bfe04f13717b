import { describe, expect, it } from 'vitest';
import { categoriesOf } from '../../domain/categories';
import {
  categoryMask,
  countInRange,
  drawnRange,
  eventIndexOf,
  eventsInMask,
  shownExtent,
  type EventIndex,
} from '../../domain/event-index';
import { at, child, editedDataset, expectLoaded, validateFixture } from '../../testing/dataset-fixtures';
import { aggregateInRange } from '../../domain/time-buckets';
import type { Dataset } from '../../domain/types';
import {
  bucketWindow,
  bufferedRange,
  chooseDetail,
  firstEventIn,
  itemsForWindow,
  bucketsAcross,
  EVENT_ITEMS,
  MAX_BUCKETS_ACROSS,
  MAX_EVENT_ITEMS,
  MAX_EVENTS_ON_SCREEN,
  ZOOM_LIMITS,
  type TimeRange,
} from './level-of-detail';
import { aggregateBucket, type TimelineItem } from './vis-items';
import { DAY_MS } from '../../domain/calendar';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);

interface SyntheticOptions {
  readonly count: number;
  /** Events to a day; the days follow each other from `first`. */
  readonly perDay?: number;
  readonly categories?: readonly string[];
  readonly first?: string;
  /** Replaces the generated date of the event at `position` where it returns one. */
  readonly dateOf?: (position: number) => string | undefined;
}

/**
 * `count` events that pass validation, `perDay` to a day from `first`, cycling through `categories` and through
 * the fixture's actors (a1; a2 with a role; both). Every tenth is known only to its month and every seventh
 * spans three days, so not every event is a single day.
 */
function syntheticDataset({
  count,
  perDay = 1,
  categories = ['aid', 'attack'],
  first = '2020-01-01',
  dateOf = () => undefined,
}: SyntheticOptions): Dataset {
  const day = (offset: number) => new Date(utc(first) + offset * DAY_MS).toISOString().slice(0, 10);
  const actorLists = [
    [{ actor: 'a1' }],
    [{ actor: 'a2', role: 'witness' }],
    [{ actor: 'a1' }, { actor: 'a2' }],
  ];
  const raw = editedDataset((dataset) => {
    const excerpt = child(at(dataset.events, 2), 'excerpts', 0);
    dataset.events = Array.from({ length: count }, (_, position) => {
      const offset = Math.floor(position / perDay);
      const date =
        dateOf(position) ??
        (position % 10 === 0
          ? day(offset).slice(0, 7)
          : position % 7 === 0
            ? `${day(offset)}/${day(offset + 2)}`
            : day(offset));
      return {
        id: `event-${position}`,
        title: `Event ${position}`,
        summary: `Synthetic event number ${position}.`,
        date,
        dateBasis: 'Generated for a test.',
        category: at(categories, position % categories.length),
        actors: at(actorLists, position % actorLists.length),
        excerpts: [excerpt],
      };
    });
  });
  return expectLoaded(validateFixture(raw)).dataset;
}

const everything = (index: EventIndex) => new Uint8Array(index.events.length).fill(1);
/** The count an aggregate item names first: "1,234 events, ...". */
const countOf = (item: TimelineItem) =>
  Number(/^([\d,]+) event/.exec(item.accessibleName)![1]!.replace(/,/g, ''));
const total = (items: readonly TimelineItem[]) => items.reduce((sum, item) => sum + countOf(item), 0);
const unitOf = (item: TimelineItem) => aggregateBucket(item.id)?.unit;

/** 2,000 events, one a day from 2020-01-01, alternately aid and attack. */
const many = syntheticDataset({ count: 2000 });
const index = eventIndexOf(many);
const categories = categoriesOf(many.events);
const all = everything(index);

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
  const crowded = syntheticDataset({
    count: 3000,
    perDay: 25,
    first: '2024-01-01',
    categories: Array.from({ length: 40 }, (_, code) => `kind-${code}`),
  });
  const crowdedIndex = eventIndexOf(crowded);
  const crowdedAll = everything(crowdedIndex);
  const crowdedCategories = categoriesOf(crowded.events);
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

describe('itemsForWindow on busy days', () => {
  /** 3,000 events, 100 a day for 30 days from 2024-01-01. */
  const busy = syntheticDataset({ count: 3000, perDay: 100, first: '2024-01-01' });
  const busyIndex = eventIndexOf(busy);
  const busyAll = everything(busyIndex);
  const busyCategories = categoriesOf(busy.events);
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
    const dataset = syntheticDataset({ count: 40 });
    const index = eventIndexOf(dataset);
    const mask = new Uint8Array(dataset.events.length).fill(1);
    const window = { start: index.starts[0]!, end: index.starts[0]! + 1000 };
    const items = itemsForWindow(index, mask, dataset.events.length, window, categoriesOf(dataset.events));
    expect(dataset.events).toHaveLength(40);
    expect(items).toHaveLength(40);
  });
});

describe('chooseDetail under long bars', () => {
  /** 1,000 events a day apart from 2020-01-01, the first 200 known only as "January 2020". */
  const months = syntheticDataset({
    count: 1000,
    dateOf: (position) => (position < 200 ? '2020-01' : undefined),
  });
  const monthsIndex = eventIndexOf(months);
  const monthsAll = everything(monthsIndex);
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
