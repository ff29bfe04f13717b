import { create } from 'zustand';
import type { Dataset } from '../domain/types';

/*
 * What the reader chose: which dataset is open, which event is selected, which stretch of time is on screen.
 * Everything shown from these (the selected event's record, visible items, counts) is derived where it is used.
 */

export interface TimeWindow {
  readonly start: number;
  readonly end: number;
}

export interface AppState {
  readonly dataset: Dataset;
  readonly selectedEventId: string | null;
  /** The visible window as last reported by the timeline; null until it has drawn. */
  readonly window: TimeWindow | null;
  selectEvent(eventId: string | null): void;
  setWindow(window: TimeWindow): void;
}

export function createAppStore(dataset: Dataset) {
  return create<AppState>()((set) => ({
    dataset,
    selectedEventId: null,
    window: null,
    selectEvent: (eventId) =>
      set((state) => ({
        selectedEventId: eventId !== null && state.dataset.eventById.has(eventId) ? eventId : null,
      })),
    setWindow: (window) => set({ window }),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
