import { categoriesOf, type CategoryInfo } from '../domain/categories';
import { previewIndex, type DrawPreview } from '../domain/draw-preview';
import {
  actorMask,
  categoryMask,
  combineMasks,
  eventIndexOf,
  eventsInMask,
  queryMask,
  shownExtent,
  type EventIndex,
} from '../domain/event-index';
import { facetCounts } from '../domain/facets';
import { eventMatcher, type EventFilter } from '../domain/filter-events';
import { incomingRelations, relatedEventIds } from '../domain/relations';
import type { Dataset } from '../domain/types';
import { addressOf, type Addressing } from '../url/page-address';
import { choicesFromView, viewFromChoices } from '../url/view-choices';
import type { TimeWindow, ViewState } from '../url/view-params';
import type { AppState } from './app-store';
import { lastResultPerStore, type StoreCache } from './store-cache';

/*
 * Derived data, computed from the store's choices on the dataset's columnar index. Each filter's mask is
 * remembered for its own inputs, so ticking an actor does not search the text again, and every component
 * asking for the visible events gets the same array until a filter or the dataset changes. What is
 * remembered lives in the store's own cache (state.cache), not in this module.
 */

export function filterOf(state: AppState): EventFilter {
  return {
    ...(state.actorFilter && { actors: state.actorFilter }),
    ...(state.categoryFilter && { categories: state.categoryFilter }),
    ...(state.query && { query: state.query }),
  };
}

const selectIndex = (state: AppState) => eventIndexOf(state.dataset);

const actorMaskOf = lastResultPerStore((dataset: Dataset, ids: AppState['actorFilter']) =>
  actorMask(eventIndexOf(dataset), ids ?? undefined),
);
const categoryMaskOf = lastResultPerStore((dataset: Dataset, ids: AppState['categoryFilter']) =>
  categoryMask(eventIndexOf(dataset), ids ?? undefined),
);
const queryMaskOf = lastResultPerStore((dataset: Dataset, query: string) =>
  queryMask(eventIndexOf(dataset), query || undefined),
);

function masksOf(state: AppState) {
  return [
    actorMaskOf(state.cache, state.dataset, state.actorFilter),
    categoryMaskOf(state.cache, state.dataset, state.categoryFilter),
    queryMaskOf(state.cache, state.dataset, state.query),
  ] as const;
}

const combined = lastResultPerStore(
  (length: number, actors: Uint8Array | null, categories: Uint8Array | null, query: Uint8Array | null) =>
    combineMasks(length, [actors, categories, query]),
);

/** 1 for each event (in the dataset's order) that passes every filter. */
export const selectVisibleMask = (state: AppState) =>
  combined(state.cache, state.dataset.events.length, ...masksOf(state));

const visibleEventsOf = lastResultPerStore((index: EventIndex, mask: Uint8Array) =>
  eventsInMask(index, mask),
);

export const selectVisibleEvents = (state: AppState) =>
  visibleEventsOf(state.cache, selectIndex(state), selectVisibleMask(state));

const facetCountsOf = lastResultPerStore(
  (index: EventIndex, actors: Uint8Array | null, categories: Uint8Array | null, query: Uint8Array | null) =>
    facetCounts(index, { actors, categories, query }),
);

/** Per actor and per category, how many events the other filters let through. */
export const selectFacetCounts = (state: AppState) =>
  facetCountsOf(state.cache, selectIndex(state), ...masksOf(state));

/**
 * True while a dataset is being opened in place of the one shown: one a link asks for (at first, the
 * built-in dataset stands in for it), or a large file whose preview is drawn. The page then shows only
 * what belongs to the dataset coming, not the filters and passages of the one going.
 */
export const selectOpening = (state: AppState) =>
  state.dataUrl !== state.loadedDataUrl ||
  state.draftId !== state.loadedDraftId ||
  state.loadingPreview !== null;

/**
 * Whether the events show as the list: when it is chosen, except while another dataset opens, whose preview
 * only the timeline draws. Otherwise they show as the timeline.
 */
export const selectShowsList = (state: AppState) => state.view === 'list' && !selectOpening(state);

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

const incomingRelationsOf = lastResultPerStore((dataset: Dataset) => incomingRelations(dataset.events));

/** Relations other events state towards each event, derived once per dataset. */
export const selectIncomingRelations = (state: AppState) => incomingRelationsOf(state.cache, state.dataset);

const NO_EVENTS: ReadonlySet<string> = new Set();

const relatedIdsOf = lastResultPerStore((cache: StoreCache, dataset: Dataset, eventId: string | null) => {
  const selected = eventId === null ? undefined : dataset.eventById.get(eventId);
  // Relations are derived only once an event is selected: a large dataset is drawn without them.
  return selected ? relatedEventIds(selected, incomingRelationsOf(cache, dataset)) : NO_EVENTS;
});

/** Events related to the selected one, in either direction; the same set until the selection changes. */
export const selectRelatedEventIds = (state: AppState): ReadonlySet<string> =>
  // The cache is also an argument, for the relations derived from it.
  relatedIdsOf(state.cache, state.cache, state.dataset, state.selectedEventId);

/** The events the timeline draws: where they fall, their categories, and which of them are shown. */
export interface DrawnEvents {
  readonly index: EventIndex;
  readonly categories: readonly CategoryInfo[];
  /** 1 for each event shown: those passing the filters, or every event of a preview. */
  readonly mask: Uint8Array;
  readonly shownCount: number;
  /** The span of the shown events, which fitting the timeline shows; null when none is shown. */
  readonly extent: TimeWindow | null;
}

/**
 * What the timeline draws: the open dataset; the preview of a large one still being checked (counts only,
 * every event shown: the filters are the dataset's, not yet the preview's); or nothing, while a link's
 * dataset is requested and its preview is not there yet (not the dataset it replaces).
 */
export type Drawing =
  | (DrawnEvents & { readonly kind: 'dataset'; readonly dataset: Dataset })
  | (DrawnEvents & { readonly kind: 'preview'; readonly preview: DrawPreview })
  | { readonly kind: 'nothing' };

const NOTHING: Drawing = { kind: 'nothing' };

const datasetCategoriesOf = lastResultPerStore((dataset: Dataset) => categoriesOf(dataset.events));

const datasetDrawingOf = lastResultPerStore(
  (dataset: Dataset, categories: readonly CategoryInfo[], mask: Uint8Array, shownCount: number): Drawing => {
    const index = eventIndexOf(dataset);
    return {
      kind: 'dataset',
      dataset,
      index,
      categories,
      mask,
      shownCount,
      extent: shownExtent(index, mask),
    };
  },
);

const previewDrawingOf = lastResultPerStore((preview: DrawPreview): Drawing => {
  const index = previewIndex(preview);
  const mask = new Uint8Array(preview.starts.length).fill(1);
  return {
    kind: 'preview',
    preview,
    index,
    categories: categoriesOf(preview.categories.map((category) => ({ category }))),
    mask,
    shownCount: mask.length,
    extent: shownExtent(index, mask),
  };
});

export const selectDrawing = (state: AppState): Drawing => {
  if (state.loadingPreview) return previewDrawingOf(state.cache, state.loadingPreview);
  if (selectOpening(state)) return NOTHING;
  return datasetDrawingOf(
    state.cache,
    state.dataset,
    datasetCategoriesOf(state.cache, state.dataset),
    selectVisibleMask(state),
    selectVisibleEvents(state).length,
  );
};

const requestedWindowOf = lastResultPerStore(
  (pendingView: ViewState | null) => choicesFromView(pendingView ?? {}).window,
);

/**
 * The window a link chose for the dataset it asks for, or null: applied to that dataset's preview, since the
 * window in the store is still the one of the dataset open before it.
 */
export const selectRequestedWindow = (state: AppState) => requestedWindowOf(state.cache, state.pendingView);

/** How addresses are written: event pages while the dataset that has them is open and no other is asked for. */
export function selectAddressing(state: AppState): Addressing {
  const { base, pagesOf } = state.site;
  return { base, eventPages: state.dataset === pagesOf && state.dataUrl === null && state.draftId === null };
}

/** The root-relative address of what the reader sees (or of `view`, when given). */
export function selectAddress(state: AppState, view: ViewState = viewFromChoices(state)): string {
  return addressOf(view, selectAddressing(state));
}
