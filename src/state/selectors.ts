import {
  actorCounts,
  categoryCounts,
  eventMatcher,
  filterEvents,
  type EventFilter,
} from '../domain/filter-events';
import { incomingRelations, relatedEventIds, type IncomingRelations } from '../domain/relations';
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

const incomingByDataset = new WeakMap<Dataset, IncomingRelations>();

/** Relations other events state towards each event, derived once per dataset. */
export const selectIncomingRelations = (state: AppState): IncomingRelations => {
  let incoming = incomingByDataset.get(state.dataset);
  if (!incoming) {
    incoming = incomingRelations(state.dataset.events);
    incomingByDataset.set(state.dataset, incoming);
  }
  return incoming;
};

const NO_EVENTS: ReadonlySet<string> = new Set();
let lastRelated: { dataset: Dataset; eventId: string | null; ids: ReadonlySet<string> } | undefined;

/** Events related to the selected one, in either direction; the same set until the selection changes. */
export const selectRelatedEventIds = (state: AppState): ReadonlySet<string> => {
  if (lastRelated?.dataset !== state.dataset || lastRelated.eventId !== state.selectedEventId) {
    const selected = selectSelectedEvent(state);
    const ids = selected ? relatedEventIds(selected, selectIncomingRelations(state)) : NO_EVENTS;
    lastRelated = { dataset: state.dataset, eventId: state.selectedEventId, ids };
  }
  return lastRelated.ids;
};
