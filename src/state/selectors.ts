import {
  actorMask,
  categoryMask,
  combineMasks,
  eventIndexOf,
  eventsInMask,
  queryMask,
} from '../domain/event-index';
import { facetCounts } from '../domain/facets';
import { eventMatcher, type EventFilter } from '../domain/filter-events';
import { incomingRelations, relatedEventIds, type IncomingRelations } from '../domain/relations';
import type { Dataset } from '../domain/types';
import type { AppState } from './app-store';

/*
 * Derived data, computed from the store's choices on the dataset's columnar index. Each filter's mask is
 * remembered for its own inputs, so ticking an actor does not search the text again, and every component
 * asking for the visible events gets the same array until a filter or the dataset changes.
 */

function memoizeLast<Args extends readonly unknown[], Result>(compute: (...args: Args) => Result) {
  let last: Args | undefined;
  let result: Result;
  return (...args: Args): Result => {
    if (!last || args.some((arg, index) => arg !== last![index])) {
      result = compute(...args);
      last = args;
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

const selectIndex = (state: AppState) => eventIndexOf(state.dataset);

const actorMaskOf = memoizeLast((state: AppState['dataset'], ids: AppState['actorFilter']) =>
  actorMask(eventIndexOf(state), ids ?? undefined),
);
const categoryMaskOf = memoizeLast((state: AppState['dataset'], ids: AppState['categoryFilter']) =>
  categoryMask(eventIndexOf(state), ids ?? undefined),
);
const queryMaskOf = memoizeLast((state: AppState['dataset'], query: string) =>
  queryMask(eventIndexOf(state), query || undefined),
);

function masksOf(state: AppState) {
  return [
    actorMaskOf(state.dataset, state.actorFilter),
    categoryMaskOf(state.dataset, state.categoryFilter),
    queryMaskOf(state.dataset, state.query),
  ] as const;
}

const combined = memoizeLast(
  (length: number, actors: Uint8Array | null, categories: Uint8Array | null, query: Uint8Array | null) =>
    combineMasks(length, [actors, categories, query]),
);

/** 1 for each event (in the dataset's order) that passes every filter. */
export const selectVisibleMask = (state: AppState) =>
  combined(state.dataset.events.length, ...masksOf(state));

const visibleEventsOf = memoizeLast((index: ReturnType<typeof eventIndexOf>, mask: Uint8Array) =>
  eventsInMask(index, mask),
);

export const selectVisibleEvents = (state: AppState) =>
  visibleEventsOf(selectIndex(state), selectVisibleMask(state));

const facetCountsOf = memoizeLast(
  (
    index: ReturnType<typeof eventIndexOf>,
    actors: Uint8Array | null,
    categories: Uint8Array | null,
    query: Uint8Array | null,
  ) => facetCounts(index, { actors, categories, query }),
);

/** Per actor and per category, how many events the other filters let through. */
export const selectFacetCounts = (state: AppState) => facetCountsOf(selectIndex(state), ...masksOf(state));

/**
 * True while a dataset is being opened in place of the one shown: one a link asks for (at first, the
 * built-in dataset stands in for it), or a large file whose preview is drawn. The page then shows only
 * what belongs to the dataset coming, not the filters and passages of the one going.
 */
export const selectOpening = (state: AppState) =>
  state.dataUrl !== state.loadedDataUrl || state.loadingPreview !== null;

/** The address a link asks for while it is not open yet, or null. */
export const selectRequestedDataUrl = (state: AppState) =>
  state.dataUrl !== state.loadedDataUrl ? state.dataUrl : null;

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
