import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../domain/edtf';
import type { TimelineEvent } from '../domain/types';
import { itemsExtent, OPEN_END_SPAN, scaleWindow, toEventItem } from './vis-items';

const DAY = 86_400_000;

function eventOn(date: string, title = 'An event'): TimelineEvent {
  const parsed = parseEdtf(date);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    id: 'an-event',
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
  it('draws a known day as a box at noon of that day', () => {
    const item = toEventItem(eventOn('2024-11-17'), 2);
    expect(item.type).toBe('box');
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

describe('itemsExtent', () => {
  it('is null without items', () => {
    expect(itemsExtent([])).toBeNull();
  });

  it('covers every item, with extra room on the right for labels', () => {
    const items = [toEventItem(eventOn('2024-05'), 0), toEventItem(eventOn('2024-11-17'), 0)];
    const extent = itemsExtent(items)!;
    const first = Date.UTC(2024, 4, 1);
    const last = Date.UTC(2024, 10, 17, 12);
    expect(extent.start).toBeLessThan(first);
    expect(extent.end).toBeGreaterThan(last);
    expect(extent.end - last).toBeGreaterThan(first - extent.start);
  });

  it('gives a single day a window of several days', () => {
    const extent = itemsExtent([toEventItem(eventOn('2024-11-17'), 0)])!;
    expect(extent.end - extent.start).toBeGreaterThanOrEqual(6 * DAY);
  });
});

describe('scaleWindow', () => {
  const limits = { minSpan: 3 * DAY, maxSpan: 1000 * DAY };

  it('zooms about the centre', () => {
    expect(scaleWindow({ start: 0, end: 90 * DAY }, 2 / 3, limits)).toEqual({
      start: 15 * DAY,
      end: 75 * DAY,
    });
    expect(scaleWindow({ start: 0, end: 90 * DAY }, 1.5, limits)).toEqual({
      start: -22.5 * DAY,
      end: 112.5 * DAY,
    });
  });

  it('keeps the width within the limits', () => {
    expect(scaleWindow({ start: 0, end: 4 * DAY }, 0.1, limits)).toEqual({
      start: 0.5 * DAY,
      end: 3.5 * DAY,
    });
    expect(scaleWindow({ start: 0, end: 900 * DAY }, 2, limits)).toEqual({
      start: -50 * DAY,
      end: 950 * DAY,
    });
  });
});
