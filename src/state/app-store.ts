import { create } from 'zustand';
import { categoryIdsOf } from '../domain/categories';
import type { DrawPreview } from '../domain/draw-preview';
import { eventMatcher } from '../domain/filter-events';
import type { Dataset, Problem } from '../domain/types';
import type { RecordCounts } from '../domain/validate-dataset';
import { choicesFromView } from '../url/view-choices';
import type { Choices, TimeWindow, View, ViewState } from '../url/view-params';
import { StoreCache } from './store-cache';

export { choicesFromView, viewFromChoices } from '../url/view-choices';
export type { Choices } from '../url/view-params';

/*
 * What the reader chose: the open dataset, the selected event, the filters, the visible window and the view,
 * plus the notices waiting to be read. Everything shown from these (visible events, counts, the selected
 * record) is derived where it is used.
 */

/** `error`: something the reader asked for failed and needs attention (a file refused); `info`: the rest. */
export type NoticeKind = 'error' | 'info';

export interface Notice {
  readonly id: number;
  readonly message: string;
  readonly kind: NoticeKind;
}

/** Where the app is served, and the dataset whose events have their own pages there (the built-in one). */
export interface Site {
  readonly base: string;
  readonly pagesOf: Dataset | null;
}

const NO_PAGES: Site = { base: '/', pagesOf: null };

export interface AppState extends Choices {
  readonly dataset: Dataset;
  readonly site: Site;
  /** The address the open dataset was loaded from; null for the built-in dataset or a file. */
  readonly loadedDataUrl: string | null;
  /** The draft on this device the open dataset was opened from (`?draft=`); null for any other dataset. */
  readonly loadedDraftId: string | null;
  /** A view from a link to another dataset, applied once that dataset has loaded. */
  readonly pendingView: ViewState | null;
  readonly importReport: ImportReport | null;
  /** Where the events of a large dataset still being checked fall, drawn until the dataset is ready. */
  readonly loadingPreview: DrawPreview | null;
  /** How far the dataset being opened has got; null while nothing is loading. */
  readonly loadProgress: LoadProgress | null;
  readonly notices: readonly Notice[];
  /** What selectors remember about this store's state; not a choice. */
  readonly cache: StoreCache;
  selectEvent(eventId: string | null): void;
  setActorFilter(actorIds: readonly string[] | null): void;
  toggleActor(actorId: string, on: boolean): void;
  setCategoryFilter(categoryIds: readonly string[] | null): void;
  toggleCategory(categoryId: string, on: boolean): void;
  setQuery(query: string): void;
  setWindow(window: TimeWindow): void;
  setView(view: View): void;
  /** Replaces the dataset and every choice with `view` (already checked against the new dataset). */
  openDataset(opened: OpenedDataset): void;
  /** Asks for the dataset at `view.data` or the draft `view.draft`; the rest of `view` waits in `pendingView`. */
  requestDataset(view: ViewState): void;
  showLoadingPreview(preview: DrawPreview | null): void;
  showLoadProgress(progress: LoadProgress | null): void;
  /** Gives up a requested dataset and keeps the open one. */
  cancelDatasetRequest(): void;
  /** Selects an event and shows it in a view, as one choice (one Back step). */
  showEvent(eventId: string, view: View): void;
  /** Clears the selection and shows a view, as one choice (one Back step): the reader closed the event. */
  closeEvent(view: View): void;
  /** Widens the filters just enough for an event they hide to show again. */
  revealEvent(eventId: string): void;
  applyViewState(view: ViewState): void;
  addNotices(messages: readonly string[], kind?: NoticeKind): void;
  dismissNotice(id: number): void;
  /** The reader has read what the last import left out. */
  dismissImportReport(): void;
}

function toggled(list: readonly string[] | null, all: readonly string[], id: string, on: boolean): string[] {
  const current = list ?? all;
  return on ? [...new Set([...current, id])] : current.filter((item) => item !== id);
}

/** null when the list names every id (so the URL stays short and new data is not filtered out). */
function normalised(list: readonly string[], all: readonly string[]): readonly string[] | null {
  return all.every((id) => list.includes(id)) ? null : list;
}

function actorIdsOf(dataset: Dataset): string[] {
  return dataset.actors.map((actor) => actor.id);
}

/** What an import mended and left out: shown to the reader until another dataset opens. */
export interface ImportReport {
  readonly name: string;
  /** The format as the report names it: "ACLED CSV". */
  readonly format: string;
  readonly problems: readonly Problem[];
  readonly counts: RecordCounts;
}

/** How far a load has got: bytes downloaded or read, then events checked. */
export interface LoadProgress {
  readonly phase: 'downloading' | 'reading' | 'checking';
  readonly done: number;
  /** 0 when the size is not known in advance. */
  readonly total: number;
}

export interface OpenedDataset {
  readonly dataset: Dataset;
  /** The choices to open it with; none when left out. */
  readonly view?: ViewState;
  /** What its import left out; none for the built-in dataset. */
  readonly report?: ImportReport | null;
  /** The address it was loaded from; none for the built-in dataset or a file. */
  readonly loadedFrom?: string | null;
  /** The draft on this device it was opened from; none for any other dataset. */
  readonly draftId?: string | null;
}

export function createAppStore(dataset: Dataset, initial: ViewState = {}, site: Site = NO_PAGES) {
  let nextNoticeId = 1;
  return create<AppState>()((set, get) => ({
    dataset,
    site,
    loadedDataUrl: null,
    loadedDraftId: null,
    pendingView: null,
    importReport: null,
    loadingPreview: null,
    loadProgress: null,
    notices: [],
    cache: new StoreCache(),
    ...choicesFromView(initial),
    selectEvent: (eventId) =>
      set({ selectedEventId: eventId !== null && get().dataset.eventById.has(eventId) ? eventId : null }),
    setActorFilter: (ids) =>
      set((state) => ({ actorFilter: ids && normalised(ids, actorIdsOf(state.dataset)) })),
    toggleActor: (id, on) =>
      set((state) => {
        const all = actorIdsOf(state.dataset);
        return { actorFilter: normalised(toggled(state.actorFilter, all, id, on), all) };
      }),
    setCategoryFilter: (ids) =>
      set((state) => ({ categoryFilter: ids && normalised(ids, categoryIdsOf(state.dataset)) })),
    toggleCategory: (id, on) =>
      set((state) => {
        const all = categoryIdsOf(state.dataset);
        return { categoryFilter: normalised(toggled(state.categoryFilter, all, id, on), all) };
      }),
    setQuery: (query) => set({ query: query.trim() }),
    setWindow: (window) => set({ window }),
    setView: (view) => set({ view }),
    openDataset: ({ dataset: next, view = {}, report = null, loadedFrom = null, draftId = null }) =>
      set({
        dataset: next,
        importReport: report,
        loadedDataUrl: loadedFrom,
        loadedDraftId: draftId,
        pendingView: null,
        loadingPreview: null,
        ...choicesFromView({
          ...view,
          ...(loadedFrom !== null && { data: loadedFrom }),
          // A draft opens in place of any `data` the address also named.
          ...(draftId !== null && { data: undefined, draft: draftId }),
        }),
      }),
    showLoadingPreview: (preview) => set({ loadingPreview: preview }),
    showLoadProgress: (progress) => set({ loadProgress: progress }),
    requestDataset: (view) =>
      set({ dataUrl: view.data ?? null, draftId: view.draft ?? null, pendingView: view }),
    cancelDatasetRequest: () =>
      set((state) => ({ dataUrl: state.loadedDataUrl, draftId: state.loadedDraftId, pendingView: null })),
    showEvent: (eventId, view) => {
      if (get().dataset.eventById.has(eventId)) set({ selectedEventId: eventId, view });
    },
    closeEvent: (view) => set({ selectedEventId: null, view }),
    revealEvent: (eventId) => {
      const event = get().dataset.eventById.get(eventId);
      if (!event) return;
      const eventActors = event.actors.map((actor) => actor.actorId);
      set((state) => ({
        // One of the event's actors is enough to show it; tick the first only when none is ticked.
        actorFilter:
          state.actorFilter && !eventActors.some((id) => state.actorFilter!.includes(id))
            ? normalised([...state.actorFilter, ...eventActors.slice(0, 1)], actorIdsOf(state.dataset))
            : state.actorFilter,
        categoryFilter:
          state.categoryFilter &&
          normalised([...new Set([...state.categoryFilter, event.category])], categoryIdsOf(state.dataset)),
        query: eventMatcher({ query: state.query })(event) ? state.query : '',
        selectedEventId: eventId,
      }));
    },
    applyViewState: (view) => set(choicesFromView(view)),
    addNotices: (messages, kind = 'info') =>
      set((state) => ({
        notices: [...state.notices, ...messages.map((message) => ({ id: nextNoticeId++, message, kind }))],
      })),
    dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
    dismissImportReport: () => set({ importReport: null }),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
