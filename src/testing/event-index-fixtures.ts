import { buildEventIndex, eventIndexOf, type EventIndex } from '../domain/event-index';
import type { Dataset } from '../domain/types';
import { at, fixtureDataset } from './dataset-fixtures';

/** A mask that shows every event of an index. */
export const allShown = (index: EventIndex): Uint8Array => new Uint8Array(index.events.length).fill(1);

/** The ids of a dataset's events at these positions, in the order given. */
export const idsAt = (dataset: Dataset, positions: Iterable<number>): string[] =>
  [...positions].map((position) => at(dataset.events, position).id);

/** An index of the fixture's events in the order second-event, first-event, third-event: not by date. */
export function shuffledFixtureIndex(): EventIndex {
  const { events, categories, actors } = eventIndexOf(fixtureDataset());
  return buildEventIndex(
    [2, 0, 1].map((position) => at(events, position)),
    categories,
    actors,
  );
}
