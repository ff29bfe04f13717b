import {
  actorCounts,
  categoryCounts,
  eventMatcher,
  filterEvents,
  type EventFilter,
} from '../domain/filter-events';
import type { Dataset } from '../domain/types';
import type { AppState } from './app-store';

/*
 * Derived data, computed from the store's choices and remembered for the last inputs, so that every
 * component asking for the visible events gets the same array until a filter or the dataset changes.
 */

type FilterInputs = readonly [Dataset, readonly string[] | null, readonly string[] | null, string];

function memoizeOnFilter<Result>(compute: (dataset: Dataset, filter: EventFilter) => Result) {
  let last: FilterInputs | undefined;
  let result: Result;
  return (state: AppState): Result => {
    const inputs: FilterInputs = [state.dataset, state.actorFilter, state.categoryFilter, state.query];
    if (!last || inputs.some((input, index) => input !== last![index])) {
      result = compute(state.dataset, filterOf(state));
      last = inputs;
    }
    return result;
  };
}

export function filterOf(state: AppState): EventFilter {
  return {
    ...(state.actorFilter && { actors: state.actorFilter }),
    ...(state.categoryFilter && { categories: state.categoryFilter }),
    ...(state.query && { query: state.query }),
  };
}

export const selectVisibleEvents = memoizeOnFilter((dataset, filter) => filterEvents(dataset.events, filter));

export const selectFacetCounts = memoizeOnFilter((dataset, filter) => ({
  actors: actorCounts(dataset, filter),
  categories: categoryCounts(dataset, filter),
}));

export const selectSelectedEvent = (state: AppState) =>
  state.selectedEventId === null ? undefined : state.dataset.eventById.get(state.selectedEventId);

/** True when an event is selected but the filters hide it. */
export const selectSelectedIsHidden = (state: AppState) => {
  const selected = selectSelectedEvent(state);
  return selected !== undefined && !eventMatcher(filterOf(state))(selected);
};
