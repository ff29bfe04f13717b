import { categoriesOf } from '../domain/categories';
import { DAY_MS } from '../domain/calendar';
import { eventIndexOf } from '../domain/event-index';
import type { Dataset } from '../domain/types';
import { at, child, editedDataset, fixtureDataset } from './dataset-fixtures';
import { dayText, utc } from './days';
import { allShown } from './event-index-fixtures';

/* Large valid datasets made to order, for the tests of what the timeline draws when events are many. */

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
  const day = (offset: number) => dayText(utc(first) + offset * DAY_MS);
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
  return fixtureDataset(raw);
}

/** A synthetic dataset with its index, its categories and a mask that shows every event. */
export function syntheticFixture(options: SyntheticOptions) {
  const dataset = syntheticDataset(options);
  const index = eventIndexOf(dataset);
  return { dataset, index, categories: categoriesOf(dataset.events), all: allShown(index) };
}
