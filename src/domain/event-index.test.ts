import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categoryIdsOf } from './categories';
import {
  actorMask,
  buildEventIndex,
  categoryMask,
  combineMasks,
  countActors,
  countCategories,
  countInRange,
  drawnRange,
  eventIndexOf,
  eventsInMask,
  forEachInRange,
  OPEN_END_SPAN,
  orderByStart,
  queryMask,
  shownExtent,
  type EventIndex,
} from './event-index';
import { datasetFromTransfer, datasetToTransfer } from './dataset-transfer';
import { curatedDataset } from '../testing/curated-dataset';
import {
  at,
  edtf,
  editedDataset,
  expectLoaded,
  rawDataset,
  validateFixture,
} from '../testing/dataset-fixtures';
import type { Dataset } from './types';
import { DAY_MS } from './calendar';

const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const ids = (dataset: Dataset, positions: Iterable<number>) =>
  [...positions].map((position) => at(dataset.events, position).id);

function loaded(raw: unknown): Dataset {
  return expectLoaded(validateFixture(raw)).dataset;
}

/** The fixture sorts as first-event (2024-05, aid, a1), third-event (2024-11-06/2024-11-17, military, a2) and
 * second-event (2024-11-17, attack, a1 and a2). */
const fixture = loaded(rawDataset());
const index = eventIndexOf(fixture);

/** Positions visited by forEachInRange, in visiting order. */
function visited(of: EventIndex, mask: Uint8Array, from: number, to: number): number[] {
  const positions: number[] = [];
  forEachInRange(of, mask, from, to, (position) => {
    positions.push(position);
  });
  return positions;
}

const all = (of: EventIndex) => new Uint8Array(of.events.length).fill(1);

/** The fixture's events in the order second-event, first-event, third-event. */
const shuffledIndex = () =>
  buildEventIndex(
    [2, 0, 1].map((position) => at(fixture.events, position)),
    index.categories,
    index.actors,
  );

describe('drawnRange', () => {
  it('draws a day over the whole day', () => {
    expect(drawnRange(edtf('2024-11-17'))).toEqual({
      start: utc('2024-11-17'),
      end: utc('2024-11-18'),
      openStart: false,
      openEnd: false,
    });
  });

  it('draws a month over the whole month and a year over the whole year', () => {
    expect(drawnRange(edtf('2024-05'))).toMatchObject({ start: utc('2024-05-01'), end: utc('2024-06-01') });
    expect(drawnRange(edtf('2023~'))).toMatchObject({ start: utc('2023-01-01'), end: utc('2024-01-01') });
  });

  it('draws a closed interval from the first instant of its start to the last of its end', () => {
    expect(drawnRange(edtf('2024-11-06/2024-11-17'))).toEqual({
      start: utc('2024-11-06'),
      end: utc('2024-11-18'),
      openStart: false,
      openEnd: false,
    });
    expect(drawnRange(edtf('2024-05/2025'))).toMatchObject({
      start: utc('2024-05-01'),
      end: utc('2026-01-01'),
    });
  });

  it('draws an open or unknown start as a lead-in of OPEN_END_SPAN before the end', () => {
    for (const text of ['../2024-11-17', '/2024-11-17']) {
      expect(drawnRange(edtf(text))).toEqual({
        start: utc('2024-11-18') - OPEN_END_SPAN,
        end: utc('2024-11-18'),
        openStart: true,
        openEnd: false,
      });
    }
  });

  it('draws an open or unknown end as a tail of OPEN_END_SPAN after the start', () => {
    for (const text of ['2024-11-06/..', '2024-11-06/']) {
      expect(drawnRange(edtf(text))).toEqual({
        start: utc('2024-11-06'),
        end: utc('2024-11-06') + OPEN_END_SPAN,
        openStart: false,
        openEnd: true,
      });
    }
  });
});

describe('buildEventIndex', () => {
  it('holds drawn starts and ends, category codes and the longest span in dataset order', () => {
    expect(ids(fixture, [0, 1, 2])).toEqual(['first-event', 'third-event', 'second-event']);
    expect(index.events).toBe(fixture.events);
    expect([...index.starts]).toEqual([utc('2024-05-01'), utc('2024-11-06'), utc('2024-11-17')]);
    expect([...index.ends]).toEqual([utc('2024-06-01'), utc('2024-11-18'), utc('2024-11-18')]);
    expect(index.categories).toEqual(['aid', 'military', 'attack']);
    expect([...index.categoryCodes]).toEqual([0, 1, 2]);
    expect(index.maxSpan).toBe(31 * DAY_MS);
  });

  it('lists the actors of event i at actorCodes[actorOffsets[i] .. actorOffsets[i + 1])', () => {
    expect(index.actors).toEqual(['a1', 'a2']);
    expect([...index.actorOffsets]).toEqual([0, 1, 2, 4]);
    expect([...index.actorCodes]).toEqual([0, 1, 0, 1]);
  });

  it('orders byStart by drawn start, whatever order the events come in', () => {
    const shuffled = shuffledIndex();
    expect([...shuffled.byStart]).toEqual([1, 2, 0]);
    expect([...shuffled.categoryCodes]).toEqual([2, 0, 1]);
    expect([...shuffled.actorOffsets]).toEqual([0, 2, 3, 4]);
    expect([...shuffled.actorCodes]).toEqual([0, 1, 0, 1]);
  });

  it('orders byStart by drawn start where that differs from the dataset order (open starts)', () => {
    const curated = eventIndexOf(curatedDataset());
    const order = [...curated.byStart];
    expect([...order].sort((a, b) => a - b)).toEqual(curated.events.map((_, position) => position));
    expect(order).not.toEqual(curated.events.map((_, position) => position));
    for (let cursor = 1; cursor < order.length; cursor += 1) {
      expect(curated.starts[at(order, cursor)]).toBeGreaterThanOrEqual(
        curated.starts[at(order, cursor - 1)]!,
      );
    }
  });

  it('counts an open end in maxSpan as OPEN_END_SPAN long', () => {
    const openEnded = loaded(
      editedDataset((raw) => {
        at(raw.events, 0).date = '2024-05-01/..';
      }),
    );
    expect(eventIndexOf(openEnded).maxSpan).toBe(OPEN_END_SPAN);
  });
});

describe('eventIndexOf', () => {
  it('builds the index once per dataset', () => {
    expect(eventIndexOf(fixture)).toBe(index);
  });

  it('builds a separate index for another dataset object with equal content', () => {
    const copy = datasetFromTransfer(datasetToTransfer(fixture));
    const other = eventIndexOf(copy);
    expect(other).not.toBe(index);
    expect(other.events).toBe(copy.events);
    expect(other.starts).toEqual(index.starts);
    expect(other.categories).toEqual(categoryIdsOf(copy));
  });
});

describe('masks', () => {
  it('are null when the filter keeps every event', () => {
    expect(actorMask(index, undefined)).toBeNull();
    expect(categoryMask(index, undefined)).toBeNull();
    expect(queryMask(index, undefined)).toBeNull();
    expect(queryMask(index, '')).toBeNull();
  });

  it('keep events naming any of the actors', () => {
    expect([...actorMask(index, ['a1'])!]).toEqual([1, 0, 1]);
    expect([...actorMask(index, ['a2'])!]).toEqual([0, 1, 1]);
    expect([...actorMask(index, ['a1', 'a2'])!]).toEqual([1, 1, 1]);
    expect([...actorMask(index, [])!]).toEqual([0, 0, 0]);
    expect([...actorMask(index, ['nobody'])!]).toEqual([0, 0, 0]);
  });

  it('keep events in any of the categories', () => {
    expect([...categoryMask(index, ['attack', 'aid'])!]).toEqual([1, 0, 1]);
    expect([...categoryMask(index, ['military'])!]).toEqual([0, 1, 0]);
    expect([...categoryMask(index, [])!]).toEqual([0, 0, 0]);
  });

  it('keep events matching every search term, folding case, accents and curly quotes', () => {
    const accented = loaded(
      editedDataset((raw) => {
        at(raw.events, 0).title = 'Aid announced in a Café';
      }),
    );
    const accentedIndex = eventIndexOf(accented);
    expect([...queryMask(index, 'STRIKE')!]).toEqual([0, 0, 1]);
    // The data says "Kyiv’s" with a curly apostrophe.
    expect([...queryMask(index, "kyiv's")!]).toEqual([0, 1, 0]);
    expect([...queryMask(index, 'kyiv’s DRÔNES')!]).toEqual([0, 1, 0]);
    expect([...queryMask(index, 'strike drones')!]).toEqual([0, 0, 0]);
    expect([...queryMask(accentedIndex, 'cafe')!]).toEqual([1, 0, 0]);
  });

  it('combine with AND, ignoring null masks', () => {
    expect([...combineMasks(3, [])]).toEqual([1, 1, 1]);
    expect([...combineMasks(3, [null, null])]).toEqual([1, 1, 1]);
    const combined = combineMasks(3, [Uint8Array.of(1, 1, 0), null, Uint8Array.of(0, 1, 1)]);
    expect([...combined]).toEqual([0, 1, 0]);
  });

  it('do not change the masks they combine', () => {
    const mask = Uint8Array.of(1, 0, 1);
    combineMasks(3, [mask, Uint8Array.of(0, 0, 0)]);
    expect([...mask]).toEqual([1, 0, 1]);
  });
});

describe('eventsInMask', () => {
  it('returns the shown events in dataset order', () => {
    expect(eventsInMask(index, Uint8Array.of(1, 0, 1)).map((event) => event.id)).toEqual([
      'first-event',
      'second-event',
    ]);
    expect(eventsInMask(index, Uint8Array.of(0, 0, 0))).toEqual([]);
  });
});

describe('countActors', () => {
  it('counts each shown event once per actor, even when it names the actor twice', () => {
    const twice = loaded(
      editedDataset((raw) => {
        at(raw.events, 1).actors = [
          { actor: 'a1' },
          { actor: 'a2', role: 'spokesman' },
          { actor: 'a1', role: 'x' },
        ];
      }),
    );
    const twiceIndex = eventIndexOf(twice);
    expect(twiceIndex.actorCodes.length).toBe(5);
    expect(countActors(twiceIndex, all(twiceIndex))).toEqual(
      new Map([
        ['a1', 2],
        ['a2', 2],
      ]),
    );
    expect(countActors(twiceIndex, Uint8Array.of(0, 0, 1))).toEqual(
      new Map([
        ['a1', 1],
        ['a2', 1],
      ]),
    );
  });

  it('lists every actor, with 0 where no shown event names it', () => {
    expect(countActors(index, Uint8Array.of(1, 0, 0))).toEqual(
      new Map([
        ['a1', 1],
        ['a2', 0],
      ]),
    );
  });
});

describe('countCategories', () => {
  it('counts shown events per category and leaves out categories without any', () => {
    expect(countCategories(index, all(index))).toEqual(
      new Map([
        ['aid', 1],
        ['military', 1],
        ['attack', 1],
      ]),
    );
    expect(countCategories(index, Uint8Array.of(1, 0, 1))).toEqual(
      new Map([
        ['aid', 1],
        ['attack', 1],
      ]),
    );
    expect(countCategories(index, Uint8Array.of(0, 0, 0)).size).toBe(0);
  });
});

describe('forEachInRange', () => {
  // first-event becomes a five-year interval, well longer than the windows below.
  const long = loaded(
    editedDataset((raw) => {
      at(raw.events, 0).date = '2020-01/2024-12';
    }),
  );
  const longIndex = eventIndexOf(long);

  it('finds an event that started long before the window and still overlaps it', () => {
    expect(longIndex.maxSpan).toBe(utc('2025-01-01') - utc('2020-01-01'));
    const found = visited(longIndex, all(longIndex), utc('2024-11-10'), utc('2024-11-11'));
    expect(ids(long, found)).toEqual(['first-event', 'third-event']);
  });

  it('takes [from, to) half-open: an event ending at from or starting at to is outside', () => {
    // first-event (2024-05) ends at 2024-06-01; second-event starts at 2024-11-17.
    expect(visited(index, all(index), utc('2024-06-01'), utc('2024-11-06'))).toEqual([]);
    expect(ids(fixture, visited(index, all(index), utc('2024-05-31'), utc('2024-11-17')))).toEqual([
      'first-event',
      'third-event',
    ]);
    expect(ids(fixture, visited(index, all(index), utc('2024-11-17'), utc('2024-11-18')))).toEqual([
      'third-event',
      'second-event',
    ]);
  });

  it('skips events the mask hides', () => {
    const mask = categoryMask(longIndex, ['attack'])!;
    expect(ids(long, visited(longIndex, mask, utc('2024-01-01'), utc('2025-01-01')))).toEqual([
      'second-event',
    ]);
  });

  it('stops as soon as visit returns false', () => {
    const seen: number[] = [];
    forEachInRange(index, all(index), -Infinity, Infinity, (position) => {
      seen.push(position);
      return false;
    });
    expect(seen).toEqual([0]);
  });

  it('visits in drawn start order', () => {
    const shuffled = shuffledIndex();
    expect(visited(shuffled, all(shuffled), -Infinity, Infinity)).toEqual([1, 2, 0]);
  });
});

describe('countInRange', () => {
  it('counts shown events in the range, no further than the limit', () => {
    const from = utc('2024-01-01');
    const to = utc('2025-01-01');
    expect(countInRange(index, all(index), from, to, 100)).toBe(3);
    expect(countInRange(index, all(index), from, to, 2)).toBe(2);
    expect(countInRange(index, all(index), from, to, 3)).toBe(3);
    expect(countInRange(index, Uint8Array.of(0, 1, 1), from, to, 100)).toBe(2);
    expect(countInRange(index, all(index), utc('2024-07-01'), utc('2024-08-01'), 100)).toBe(0);
  });
});

describe('shownExtent', () => {
  it('spans the drawn ranges of the shown events', () => {
    expect(shownExtent(index, all(index))).toEqual({ start: utc('2024-05-01'), end: utc('2024-11-18') });
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
  const dayText = (day: number) => new Date(BASE + day * DAY_MS).toISOString().slice(0, 10);
  const dateText = fc
    .record({
      day: fc.integer({ min: 0, max: 3000 }),
      days: fc.integer({ min: 0, max: 800 }),
      form: fc.constantFrom('day', 'month', 'year', 'interval', 'open-start', 'open-end', 'unknown-end'),
    })
    .map(({ day, days, form }) => {
      const start = dayText(day);
      const end = dayText(day + days);
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
        const dataset = loaded(
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

describe('orderByStart', () => {
  it('keeps positions already in time order as they are', () => {
    expect([...orderByStart(Float64Array.from([1, 2, 2, 5]))]).toEqual([0, 1, 2, 3]);
  });

  it('sorts positions by start when they are out of order', () => {
    expect([...orderByStart(Float64Array.from([5, 1, 3, 1]))]).toEqual([1, 3, 2, 0]);
  });

  it('orders any starts so that they never decrease', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e6, max: 1e6 })), (values) => {
        const starts = Float64Array.from(values);
        const order = [...orderByStart(starts)];
        expect([...order].sort((a, b) => a - b)).toEqual(values.map((_, position) => position));
        for (let at = 1; at < order.length; at += 1)
          expect(starts[order[at]!]!).toBeGreaterThanOrEqual(starts[order[at - 1]!]!);
      }),
    );
  });
});
