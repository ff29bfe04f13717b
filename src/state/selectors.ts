import type { AppState } from './app-store';

export const selectDataset = (state: AppState) => state.dataset;
export const selectSelectedEvent = (state: AppState) =>
  state.selectedEventId === null ? undefined : state.dataset.eventById.get(state.selectedEventId);
