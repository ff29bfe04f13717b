import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from './calendar';
import { categoryIdsOf } from './categories';
import { datasetFromTransfer, datasetToTransfer } from './dataset-transfer';
import { drawnRange, eventIndexOf, OPEN_END_SPAN, orderByStart } from './event-index';
import { curatedDataset } from '../testing/curated-dataset';
import { at, edtf, editedDataset, fixtureDataset } from '../testing/dataset-fixtures';
import { utc } from '../testing/days';
import { idsAt, shuffledFixtureIndex } from '../testing/event-index-fixtures';

/* Drawn ranges, and the index itself: its columns, its order by start, one index per dataset. */

const fixture = fixtureDataset();
const index = eventIndexOf(fixture);

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
    expect(idsAt(fixture, [0, 1, 2])).toEqual(['first-event', 'third-event', 'second-event']);
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
    const shuffled = shuffledFixtureIndex();
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
    const openEnded = fixtureDataset(
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
