import { describe, expect, it } from 'vitest';
import { formatEdtf } from '../../domain/date-format';
import { parseEdtf } from '../../domain/edtf';
import type { TimelineEvent } from '../../domain/types';
import { OPEN_END_SPAN } from '../../domain/event-index';
import {
  aggregateBucket,
  countsNote,
  describeBucket,
  eraItems,
  isAggregateId,
  itemChanges,
  labelRoomPx,
  labelWidthPx,
  paddedExtent,
  scaleWindow,
  toAggregateItem,
  toEraItem,
  toEventItem,
  withRelated,
} from './vis-items';
import { DAY_MS, utcInstant } from '../../domain/calendar';

function eventOn(date: string, title = 'An event', id = 'an-event'): TimelineEvent {
  const parsed = parseEdtf(date);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    id,
    title,
    summary: 'Summary.',
    date: parsed.value,
    dateBasis: 'Stated.',
    category: 'policy',
    actors: [{ actorId: 'a' }],
    excerpts: [],
    related: [],
  };
}

describe('toEventItem', () => {
  it('draws a known day as a point (a dot and its label, no line from the axis) at noon of that day', () => {
    const item = toEventItem(eventOn('2024-11-17'), 2);
    expect(item.type).toBe('point');
    expect(item.start.toISOString()).toBe('2024-11-17T12:00:00.000Z');
    expect(item.end).toBeUndefined();
    expect(item.className.split(' ')).toEqual(['event-item', 'category-2', 'is-day']);
  });

  it('draws a month as a range over the whole month, not a made-up day', () => {
    const item = toEventItem(eventOn('2024-05'), 0);
    expect(item.type).toBe('range');
    expect(item.start.toISOString()).toBe('2024-05-01T00:00:00.000Z');
    expect(item.end?.toISOString()).toBe('2024-06-01T00:00:00.000Z');
    expect(item.className).toContain('is-span');
  });

  it('draws a year as a range over the whole year', () => {
    const item = toEventItem(eventOn('2023'), 0);
    expect(item.start.toISOString()).toBe('2023-01-01T00:00:00.000Z');
    expect(item.end?.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('draws a closed interval from the start of its first day to the end of its last', () => {
    const item = toEventItem(eventOn('2024-11-06/2024-11-17'), 3);
    expect(item.start.toISOString()).toBe('2024-11-06T00:00:00.000Z');
    expect(item.end?.toISOString()).toBe('2024-11-18T00:00:00.000Z');
  });

  it('draws an open start as a faded lead-in ending with the known end', () => {
    const item = toEventItem(eventOn('../2024-11-17'), 1);
    expect(item.end?.toISOString()).toBe('2024-11-18T00:00:00.000Z');
    expect(item.end!.getTime() - item.start.getTime()).toBe(OPEN_END_SPAN);
    expect(item.className).toContain('is-open-start');
    expect(item.className).not.toContain('is-open-end');
  });

  it('draws an open end as a faded tail after the known start', () => {
    const item = toEventItem(eventOn('2024-11-06/..'), 1);
    expect(item.start.toISOString()).toBe('2024-11-06T00:00:00.000Z');
    expect(item.end!.getTime() - item.start.getTime()).toBe(OPEN_END_SPAN);
    expect(item.className).toContain('is-open-end');
  });

  it('marks approximate and uncertain dates, visibly and in the class', () => {
    expect(toEventItem(eventOn('2024-11-17~'), 0)).toMatchObject({ marker: '≈' });
    expect(toEventItem(eventOn('2024-11-17~'), 0).className).toContain('is-approximate');
    expect(toEventItem(eventOn('2024-05?'), 0)).toMatchObject({ marker: '?' });
    expect(toEventItem(eventOn('2024-05?'), 0).className).toContain('is-uncertain');
    expect(toEventItem(eventOn('2024%'), 0).marker).toBe('≈?');
    expect(toEventItem(eventOn('2024-05'), 0).marker).toBe('');
  });

  it('carries the title as a text label and names the item with its date in words', () => {
    const item = toEventItem(eventOn('2024-05', '<b>Not bold</b>'), 0);
    expect(item.label).toBe('<b>Not bold</b>');
    expect(item.content).toBe('');
    expect(item.accessibleName).toBe('<b>Not bold</b>, May 2024, month only');
  });
});

describe('era items', () => {
  const era = (title: string, date: string) => {
    const parsed = parseEdtf(date);
    if (!parsed.ok) throw new Error(parsed.error);
    return { title, date: parsed.value };
  };

  it('draws an era as a background band over the whole of its span, named by its title as text', () => {
    const item = toEraItem(era('<b>The siege</b>', '2024-05/2024-06'), 3);
    expect(item).toMatchObject({
      id: 'era:3',
      kind: 'era',
      type: 'background',
      className: 'era-band',
      start: new Date('2024-05-01T00:00:00Z'),
      end: new Date('2024-07-01T00:00:00Z'),
      label: '<b>The siege</b>',
    });
    expect(item?.accessibleName).toBe(
      `Era: <b>The siege</b>, ${formatEdtf(era('x', '2024-05/2024-06').date)}`,
    );
  });

  it('keeps ids apart from events and counts, and is never taken for a count', () => {
    const id = toEraItem(era('Winter', '2023'), 0)?.id ?? '';
    expect(id).toContain(':');
    expect(isAggregateId(id)).toBe(false);
  });

  it('draws eras before year 1 and leaves out those beyond the browser’s dates', () => {
    const items = eraItems([
      era('Antiquity', '-0300/-0298'),
      era('Before the stars', 'Y-13800000000'),
      era('Now', '2024'),
    ]);
    expect(items.map((item) => item.label)).toEqual(['Antiquity', 'Now']);
    expect(items.map((item) => item.id)).toEqual(['era:0', 'era:2']);
    expect(items[0]?.start.getUTCFullYear()).toBe(-300);
  });
});

describe('paddedExtent', () => {
  const first = Date.UTC(2024, 4, 1);
  const last = Date.UTC(2024, 10, 17, 12);
  /** Pixels from the latest event to the window's right edge, on a timeline `width` pixels wide. */
  const roomRightOfLast = (width: number) => {
    const window = paddedExtent({ start: first, end: last }, width, labelRoomPx(width));
    return ((window.end - last) / (window.end - window.start)) * width;
  };

  it('covers the span, with a small margin on the left and room for a label on the right', () => {
    const extent = paddedExtent({ start: first, end: last }, 1000, labelRoomPx(1000));
    expect(extent.start).toBeLessThan(first);
    expect(extent.end - last).toBeGreaterThan(first - extent.start);
    expect(roomRightOfLast(1000)).toBeCloseTo(300, 0);
  });

  it('keeps 60% of a narrow timeline for labels, so the events still spread over the rest', () => {
    expect(roomRightOfLast(360)).toBeCloseTo(216, 0);
  });

  it('draws labels as wide as their room less the dot or gap before them', () => {
    expect(labelWidthPx(1000)).toBe(260);
    expect(labelWidthPx(360)).toBe(176);
  });

  it('keeps only a small margin for counts, which have no labels beside them', () => {
    const window = paddedExtent({ start: first, end: last }, 1000, 0);
    expect((window.end - last) / (window.end - window.start)).toBeCloseTo(0.04, 2);
  });

  it('gives a single day a window of several days', () => {
    const day = Date.UTC(2024, 10, 17);
    const extent = paddedExtent({ start: day, end: day + DAY_MS }, 1000, labelRoomPx(1000));
    expect(extent.end - extent.start).toBeGreaterThanOrEqual(6 * DAY_MS);
  });
});

describe('aggregate items', () => {
  const attack = { id: 'attack', label: 'Attack', slot: 2 };
  const aid = { id: 'aid', label: 'Aid', slot: 4 };
  const bucket = {
    start: Date.UTC(2024, 5, 3),
    end: Date.UTC(2024, 5, 10),
    total: 1234,
    parts: [
      { category: attack, count: 1200 },
      { category: aid, count: 34 },
    ],
  };

  it('draw a bar over the bucket, named with its count, the bucket in words and each category', () => {
    const item = toAggregateItem(bucket, 'week', 2468);
    expect(item).toMatchObject({ kind: 'aggregate', type: 'range', label: '1,234', marker: '' });
    expect(item.start.getTime()).toBe(bucket.start);
    expect(item.end?.getTime()).toBe(bucket.end);
    expect(item.className).toBe('aggregate-item');
    expect(item.accessibleName).toBe(
      '1,234 events, week of 3 Jun 2024: 1,200 Attack, 34 Aid; zoom in to see them',
    );
  });

  it('are as tall as their share of the tallest bar, stacked by category', () => {
    expect(toAggregateItem(bucket, 'week', 2468).bar).toEqual({
      share: 0.5,
      parts: [
        { slot: 2, count: 1200 },
        { slot: 4, count: 34 },
      ],
    });
    expect(toAggregateItem(bucket, 'week', 1234).bar?.share).toBe(1);
    // Taller than the tallest on screen: full height, not taller.
    expect(toAggregateItem(bucket, 'week', 617).bar?.share).toBe(1);
  });

  it('say so when they open in the list rather than zoom in', () => {
    const item = toAggregateItem(
      { ...bucket, total: 1, parts: [{ category: aid, count: 1 }] },
      'day',
      5,
      true,
    );
    expect(item.opensInList).toBe(true);
    expect(item.className).toBe('aggregate-item opens-in-list');
    expect(item.accessibleName).toBe('1 event, 3 Jun 2024: 1 Aid; open them in the list');
  });

  it('carry their bucket and unit in an id that no event id can take', () => {
    const item = toAggregateItem(bucket, 'week', 1234);
    expect(isAggregateId(item.id)).toBe(true);
    expect(isAggregateId('atacms-authorization')).toBe(false);
    expect(aggregateBucket(item.id)).toEqual({ start: bucket.start, end: bucket.end, unit: 'week' });
    expect(aggregateBucket('aggregate:fortnight:0')).toBeNull();
    expect(aggregateBucket('aggregate:week:x')).toBeNull();
  });

  it('are explained once above them, with the span each bar counts', () => {
    expect(countsNote('quarter')).toBe(
      'Too many events to draw one by one here: each bar counts the events of three months, by category. Zoom in or choose a bar to see them.',
    );
  });

  it.each([
    [Date.UTC(2024, 5, 3), 'day', '3 Jun 2024'],
    [Date.UTC(2024, 4, 1), 'month', 'May 2024'],
    [Date.UTC(2024, 3, 1), 'quarter', 'quarter from Apr 2024'],
    [Date.UTC(2024, 0, 1), 'year', '2024'],
    [Date.UTC(2020, 0, 1), 'decade', 'the 2020s'],
    [utcInstant(-50), 'decade', '51 BC – 42 BC'],
    [utcInstant(0), 'decade', '1 BC – 9'],
    [utcInstant(-415), 'year', '416 BC'],
  ] as const)('describe buckets in words: %s %s', (start, unit, text) => {
    expect(describeBucket(start, unit)).toBe(text);
  });
});

describe('withRelated', () => {
  const items = ['a', 'b', 'c'].map((id) => toEventItem(eventOn('2024-11-17', `Event ${id}`, id), 0));

  it('adds the related class and says so in the accessible name', () => {
    const [a, b] = withRelated(items, new Set(['b']));
    expect(b?.className.split(' ')).toContain('is-related');
    expect(b?.accessibleName).toBe('Event b, Sunday 17 November 2024, related to the selected event');
    expect(a?.className.split(' ')).not.toContain('is-related');
  });

  it('keeps every unrelated item as it was, so only related items are pushed to the widget', () => {
    const marked = withRelated(items, new Set(['b']));
    expect(marked[0]).toBe(items[0]);
    expect(marked[1]).not.toBe(items[1]);
    expect(marked[2]).toBe(items[2]);
    expect(withRelated(items, new Set())).toBe(items);
  });
});

describe('itemChanges', () => {
  const items = ['a', 'b', 'c'].map((id) => toEventItem(eventOn('2024-11-17', `Event ${id}`, id), 0));
  const shown = new Map(items.map((item) => [item.id, item]));

  it('changes nothing when the widget already shows the items', () => {
    expect(itemChanges(shown, items)).toEqual({ remove: [], add: [] });
  });

  it('replaces only the items that changed, and removes the ones no longer shown', () => {
    const next = withRelated(items.slice(0, 2), new Set(['b']));
    const changes = itemChanges(shown, next);
    expect(changes.remove).toEqual(['c', 'b']);
    expect(changes.add.map((item) => item.id)).toEqual(['b']);
  });

  it('leaves alone an item rebuilt with the same content, as aggregates are on every window change', () => {
    const category = { id: 'attack', label: 'Attack', slot: 2 };
    const bucket = {
      start: Date.UTC(2024, 5, 3),
      end: Date.UTC(2024, 5, 10),
      total: 5,
      parts: [{ category, count: 5 }],
    };
    const before = toAggregateItem(bucket, 'week', 10);
    const shownAggregates = new Map([[before.id, before]]);
    expect(itemChanges(shownAggregates, [toAggregateItem(bucket, 'week', 10)])).toEqual({
      remove: [],
      add: [],
    });
    const recounted = toAggregateItem({ ...bucket, total: 6, parts: [{ category, count: 6 }] }, 'week', 10);
    expect(itemChanges(shownAggregates, [recounted])).toEqual({ remove: [before.id], add: [recounted] });
    const rescaled = toAggregateItem(bucket, 'week', 20);
    expect(itemChanges(shownAggregates, [rescaled])).toEqual({ remove: [before.id], add: [rescaled] });
  });

  it('adds every item to an empty widget', () => {
    expect(itemChanges(new Map(), items)).toEqual({ remove: [], add: items });
  });
});

describe('scaleWindow', () => {
  const limits = { minSpan: 3 * DAY_MS, maxSpan: 1000 * DAY_MS };

  it('zooms about the centre', () => {
    expect(scaleWindow({ start: 0, end: 90 * DAY_MS }, 2 / 3, limits)).toEqual({
      start: 15 * DAY_MS,
      end: 75 * DAY_MS,
    });
    expect(scaleWindow({ start: 0, end: 90 * DAY_MS }, 1.5, limits)).toEqual({
      start: -22.5 * DAY_MS,
      end: 112.5 * DAY_MS,
    });
  });

  it('keeps the width within the limits', () => {
    expect(scaleWindow({ start: 0, end: 4 * DAY_MS }, 0.1, limits)).toEqual({
      start: 0.5 * DAY_MS,
      end: 3.5 * DAY_MS,
    });
    expect(scaleWindow({ start: 0, end: 900 * DAY_MS }, 2, limits)).toEqual({
      start: -50 * DAY_MS,
      end: 950 * DAY_MS,
    });
  });
});
