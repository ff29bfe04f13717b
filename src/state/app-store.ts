import { create } from 'zustand';
import { eventMatcher } from '../domain/filter-events';
import type { Dataset } from '../domain/types';
import { formatDay, parseDay, type View, type ViewState } from '../url/view-params';

/*
 * What the reader chose: the open dataset, the selected event, the filters, the visible window and the view,
 * plus the notices waiting to be read. Everything shown from these (visible events, counts, the selected
 * record) is derived where it is used.
 */

const DAY = 86_400_000;

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export interface Notice {
  readonly id: number;
  readonly message: string;
}

export interface Choices {
  readonly selectedEventId: string | null;
  /** null: every actor. */
  readonly actorFilter: readonly string[] | null;
  /** null: every category. */
  readonly categoryFilter: readonly string[] | null;
  readonly query: string;
  /** The visible window; null until the timeline has drawn or a link set it. */
  readonly window: TimeWindow | null;
  readonly view: View;
  readonly dataUrl: string | null;
}

export interface AppState extends Choices {
  readonly dataset: Dataset;
  readonly notices: readonly Notice[];
  selectEvent(eventId: string | null): void;
  setActorFilter(actorIds: readonly string[] | null): void;
  toggleActor(actorId: string, on: boolean): void;
  setCategoryFilter(categoryIds: readonly string[] | null): void;
  toggleCategory(categoryId: string, on: boolean): void;
  setQuery(query: string): void;
  setWindow(window: TimeWindow): void;
  setView(view: View): void;
  /** Selects an event and shows it in a view, as one choice (one Back step). */
  showEvent(eventId: string, view: View): void;
  /** Widens the filters just enough for an event they hide to show again. */
  revealEvent(eventId: string): void;
  applyViewState(view: ViewState): void;
  addNotices(messages: readonly string[]): void;
  dismissNotice(id: number): void;
}

function toggled(list: readonly string[] | null, all: readonly string[], id: string, on: boolean): string[] {
  const current = list ?? all;
  return on ? [...new Set([...current, id])] : current.filter((item) => item !== id);
}

/** null when the list names every id (so the URL stays short and new data is not filtered out). */
function normalised(list: readonly string[], all: readonly string[]): readonly string[] | null {
  return all.every((id) => list.includes(id)) ? null : list;
}

export function choicesFromView(view: ViewState): Choices {
  const from = view.from === undefined ? undefined : parseDay(view.from);
  const to = view.to === undefined ? undefined : parseDay(view.to);
  return {
    selectedEventId: view.event ?? null,
    actorFilter: view.actors ?? null,
    categoryFilter: view.categories ?? null,
    query: view.q ?? '',
    window: from !== undefined && to !== undefined ? { start: from, end: to + DAY } : null,
    view: view.view ?? 'timeline',
    dataUrl: view.data ?? null,
  };
}

export function viewFromChoices(choices: Choices): ViewState {
  const from = choices.window && formatDay(choices.window.start);
  const to = choices.window && formatDay(choices.window.end - 1);
  return {
    ...(choices.dataUrl !== null && { data: choices.dataUrl }),
    ...(choices.view !== 'timeline' && { view: choices.view }),
    ...(choices.selectedEventId !== null && { event: choices.selectedEventId }),
    ...(choices.actorFilter !== null && { actors: choices.actorFilter }),
    ...(choices.categoryFilter !== null && { categories: choices.categoryFilter }),
    ...(choices.query !== '' && { q: choices.query }),
    ...(from && to && { from, to }),
  };
}

export function categoryIds(dataset: Dataset): string[] {
  return [...new Set(dataset.events.map((event) => event.category))];
}

export function createAppStore(dataset: Dataset, initial: ViewState = {}) {
  let nextNoticeId = 1;
  const actorIds = dataset.actors.map((actor) => actor.id);
  const allCategories = categoryIds(dataset);
  return create<AppState>()((set, get) => ({
    dataset,
    notices: [],
    ...choicesFromView(initial),
    selectEvent: (eventId) =>
      set({ selectedEventId: eventId !== null && get().dataset.eventById.has(eventId) ? eventId : null }),
    setActorFilter: (ids) => set({ actorFilter: ids && normalised(ids, actorIds) }),
    toggleActor: (id, on) =>
      set((state) => ({ actorFilter: normalised(toggled(state.actorFilter, actorIds, id, on), actorIds) })),
    setCategoryFilter: (ids) => set({ categoryFilter: ids && normalised(ids, allCategories) }),
    toggleCategory: (id, on) =>
      set((state) => ({
        categoryFilter: normalised(toggled(state.categoryFilter, allCategories, id, on), allCategories),
      })),
    setQuery: (query) => set({ query: query.trim() }),
    setWindow: (window) => set({ window }),
    setView: (view) => set({ view }),
    showEvent: (eventId, view) => {
      if (get().dataset.eventById.has(eventId)) set({ selectedEventId: eventId, view });
    },
    revealEvent: (eventId) => {
      const event = get().dataset.eventById.get(eventId);
      if (!event) return;
      set((state) => ({
        actorFilter:
          state.actorFilter &&
          normalised([...new Set([...state.actorFilter, ...event.actors.map((a) => a.actorId)])], actorIds),
        categoryFilter:
          state.categoryFilter &&
          normalised([...new Set([...state.categoryFilter, event.category])], allCategories),
        query: eventMatcher({ query: state.query })(event) ? state.query : '',
        selectedEventId: eventId,
      }));
    },
    applyViewState: (view) => set(choicesFromView(view)),
    addNotices: (messages) =>
      set((state) => ({
        notices: [...state.notices, ...messages.map((message) => ({ id: nextNoticeId++, message }))],
      })),
    dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
