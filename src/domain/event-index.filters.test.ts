import { describe, expect, it } from 'vitest';
import {
  actorMask,
  categoryMask,
  combineMasks,
  countActors,
  countCategories,
  eventIndexOf,
  eventsInMask,
  queryMask,
} from './event-index';
import { at, editedDataset, fixtureDataset } from '../testing/dataset-fixtures';
import { allShown } from '../testing/event-index-fixtures';

/* Filters and facet counts over the index. */

const index = eventIndexOf(fixtureDataset());

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
    const accented = fixtureDataset(
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
    const twice = fixtureDataset(
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
    expect(countActors(twiceIndex, allShown(twiceIndex))).toEqual(
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
    expect(countCategories(index, allShown(index))).toEqual(
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
