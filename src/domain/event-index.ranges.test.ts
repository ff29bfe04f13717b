import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from './calendar';
import {
  categoryMask,
  countInRange,
  drawnRange,
  eventIndexOf,
  forEachInRange,
  OPEN_END_SPAN,
  shownExtent,
  type EventIndex,
} from './event-index';
import { curatedDataset } from '../testing/curated-dataset';
import { at, editedDataset, fixtureDataset } from '../testing/dataset-fixtures';
import { dayText, utc } from '../testing/days';
import { allShown, idsAt, shuffledFixtureIndex } from '../testing/event-index-fixtures';

/* Window queries over the index: the events a time range holds, their count and extent. */

const fixture = fixtureDataset();
const index = eventIndexOf(fixture);

/** Positions visited by forEachInRange, in visiting order. */
function visited(of: EventIndex, mask: Uint8Array, from: number, to: number): number[] {
  const positions: number[] = [];
  forEachInRange(of, mask, from, to, (position) => {
    positions.push(position);
  });
  return positions;
}

describe('forEachInRange', () => {
  // first-event becomes a five-year interval, well longer than the windows below.
  const long = fixtureDataset(
    editedDataset((raw) => {
      at(raw.events, 0).date = '2020-01/2024-12';
    }),
  );
  const longIndex = eventIndexOf(long);

  it('finds an event that started long before the window and still overlaps it', () => {
    expect(longIndex.maxSpan).toBe(utc('2025-01-01') - utc('2020-01-01'));
    const found = visited(longIndex, allShown(longIndex), utc('2024-11-10'), utc('2024-11-11'));
    expect(idsAt(long, found)).toEqual(['first-event', 'third-event']);
  });

  it('takes [from, to) half-open: an event ending at from or starting at to is outside', () => {
    // first-event (2024-05) ends at 2024-06-01; second-event starts at 2024-11-17.
    expect(visited(index, allShown(index), utc('2024-06-01'), utc('2024-11-06'))).toEqual([]);
    expect(idsAt(fixture, visited(index, allShown(index), utc('2024-05-31'), utc('2024-11-17')))).toEqual([
      'first-event',
      'third-event',
    ]);
    expect(idsAt(fixture, visited(index, allShown(index), utc('2024-11-17'), utc('2024-11-18')))).toEqual([
      'third-event',
      'second-event',
    ]);
  });

  it('skips events the mask hides', () => {
    const mask = categoryMask(longIndex, ['attack'])!;
    expect(idsAt(long, visited(longIndex, mask, utc('2024-01-01'), utc('2025-01-01')))).toEqual([
      'second-event',
    ]);
  });

  it('stops as soon as visit returns false', () => {
    const seen: number[] = [];
    forEachInRange(index, allShown(index), -Infinity, Infinity, (position) => {
      seen.push(position);
      return false;
    });
    expect(seen).toEqual([0]);
  });

  it('visits in drawn start order', () => {
    const shuffled = shuffledFixtureIndex();
    expect(visited(shuffled, allShown(shuffled), -Infinity, Infinity)).toEqual([1, 2, 0]);
  });
});

describe('countInRange', () => {
  it('counts shown events in the range, no further than the limit', () => {
    const from = utc('2024-01-01');
    const to = utc('2025-01-01');
    expect(countInRange(index, allShown(index), from, to, 100)).toBe(3);
    expect(countInRange(index, allShown(index), from, to, 2)).toBe(2);
    expect(countInRange(index, allShown(index), from, to, 3)).toBe(3);
    expect(countInRange(index, Uint8Array.of(0, 1, 1), from, to, 100)).toBe(2);
    expect(countInRange(index, allShown(index), utc('2024-07-01'), utc('2024-08-01'), 100)).toBe(0);
  });
});

describe('shownExtent', () => {
  it('spans the drawn ranges of the shown events', () => {
    expect(shownExtent(index, allShown(index))).toEqual({ start: utc('2024-05-01'), end: utc('2024-11-18') });
    expect(shownExtent(index, Uint8Array.of(0, 1, 1))).toEqual({
      start: utc('2024-11-06'),
      end: utc('2024-11-18'),
    });
  });

  it('includes the lead-in of an open start', () => {
    const curated = eventIndexOf(curatedDataset());
    const openStart = curatedDataset().events.findIndex((event) => event.date.text.startsWith('../'));
    const mask = new Uint8Array(curated.events.length);
    mask[openStart] = 1;
    expect(shownExtent(curated, mask)).toEqual({
      start: curated.ends[openStart]! - OPEN_END_SPAN,
      end: curated.ends[openStart],
    });
  });

  it('is null when nothing is shown', () => {
    expect(shownExtent(index, Uint8Array.of(0, 0, 0))).toBeNull();
  });
});

describe('forEachInRange, for any events, mask and window', () => {
  const BASE = utc('2015-01-01');
  const dayAfterBase = (day: number) => dayText(BASE + day * DAY_MS);
  const dateText = fc
    .record({
      day: fc.integer({ min: 0, max: 3000 }),
      days: fc.integer({ min: 0, max: 800 }),
      form: fc.constantFrom('day', 'month', 'year', 'interval', 'open-start', 'open-end', 'unknown-end'),
    })
    .map(({ day, days, form }) => {
      const start = dayAfterBase(day);
      const end = dayAfterBase(day + days);
      if (form === 'month') return start.slice(0, 7);
      if (form === 'year') return start.slice(0, 4);
      if (form === 'interval') return `${start}/${end}`;
      if (form === 'open-start') return `../${end}`;
      if (form === 'open-end') return `${start}/..`;
      if (form === 'unknown-end') return `${start}/`;
      return start;
    });
  const events = fc.array(
    fc.record({ date: dateText, shown: fc.boolean(), template: fc.integer({ min: 0, max: 2 }) }),
    { maxLength: 40 },
  );
  const time = fc
    .integer({ min: -400, max: 4000 })
    .chain((day) => fc.constantFrom(BASE + day * DAY_MS, BASE + day * DAY_MS + DAY_MS / 2));

  it('visits exactly {i : mask[i] && starts[i] < to && ends[i] > from}', () => {
    fc.assert(
      fc.property(events, time, time, (specs, from, to) => {
        const dataset = fixtureDataset(
          editedDataset((raw) => {
            raw.events = specs.map(({ date, template }, position) => {
              const { related: _related, ...event } = at(raw.events, template);
              return { ...event, id: `event-${position}`, date };
            });
          }),
        );
        const random = eventIndexOf(dataset);
        const mask = Uint8Array.from(dataset.events, (event) =>
          at(specs, Number(event.id.slice('event-'.length))).shown ? 1 : 0,
        );
        const expected = dataset.events.flatMap((event, position) => {
          const { start, end } = drawnRange(event.date);
          return mask[position] && start < to && end > from ? [position] : [];
        });
        const found = visited(random, mask, from, to);
        expect(new Set(found).size).toBe(found.length);
        expect([...found].sort((a, b) => a - b)).toEqual(expected);
        expect(countInRange(random, mask, from, to, Infinity)).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });
});
