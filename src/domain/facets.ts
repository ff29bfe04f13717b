import {
  actorMask,
  categoryMask,
  combineMasks,
  countActors,
  countCategories,
  eventIndexOf,
  queryMask,
  type EventIndex,
} from './event-index';
import type { EventFilter } from './filter-events';
import type { Dataset } from './types';

/*
 * Faceted counts: each filter's options are counted among the events that pass all the other filters, so a
 * count says what ticking that option would show.
 */

export interface FilterMasks {
  readonly actors: Uint8Array | null;
  readonly categories: Uint8Array | null;
  readonly query: Uint8Array | null;
}

/** The masks of a filter: null where the filter keeps every event. */
export function filterMasks(dataset: Dataset, filter: EventFilter): FilterMasks {
  const index = eventIndexOf(dataset);
  return {
    actors: actorMask(index, filter.actors),
    categories: categoryMask(index, filter.categories),
    query: queryMask(index, filter.query),
  };
}

/** Per actor and per category, how many events the other filters let through. */
export function facetCounts(
  index: EventIndex,
  masks: FilterMasks,
): { actors: Map<string, number>; categories: Map<string, number> } {
  const length = index.events.length;
  return {
    actors: countActors(index, combineMasks(length, [masks.categories, masks.query])),
    categories: countCategories(index, combineMasks(length, [masks.actors, masks.query])),
  };
}

/** Events per actor among those that pass every filter but the actor filter (what ticking it would show). */
export function actorCounts(dataset: Dataset, filter: EventFilter): Map<string, number> {
  return facetCounts(eventIndexOf(dataset), filterMasks(dataset, filter)).actors;
}

/** Events per category among those that pass every filter but the category filter. */
export function categoryCounts(dataset: Dataset, filter: EventFilter): Map<string, number> {
  return facetCounts(eventIndexOf(dataset), filterMasks(dataset, filter)).categories;
}
