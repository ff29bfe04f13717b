import {
  actorMask,
  categoryMask,
  combineMasks,
  countActors,
  countCategories,
  eventIndexOf,
  queryMask,
} from './event-index';
import type { EventFilter } from './filter-events';
import type { Dataset } from './types';

/*
 * Faceted counts: each filter's options are counted among the events that pass all the other filters, so a
 * count says what ticking that option would show.
 */

/** Events per actor among those that pass every filter but the actor filter (what ticking it would show). */
export function actorCounts(dataset: Dataset, filter: EventFilter): Map<string, number> {
  const index = eventIndexOf(dataset);
  const others = [categoryMask(index, filter.categories), queryMask(index, filter.query)];
  return countActors(index, combineMasks(index.events.length, others));
}

/** Events per category among those that pass every filter but the category filter. */
export function categoryCounts(dataset: Dataset, filter: EventFilter): Map<string, number> {
  const index = eventIndexOf(dataset);
  const others = [actorMask(index, filter.actors), queryMask(index, filter.query)];
  return countCategories(index, combineMasks(index.events.length, others));
}
