import { viewFromChoices, type AppState, type AppStore } from '../state/app-store';
import { selectAddress } from '../state/selectors';
import { historyEntryFor } from '../url/history-entry';
import { parseAddress } from '../url/page-address';
import { reconcileView } from '../url/reconcile-view';

/*
 * Keeps the address bar and the store in step. Choices (event, filters, view, dataset) push a history
 * entry so Back undoes them; moving the window replaces the entry, at most every 300 ms. Back and Forward
 * apply the URL they land on. While the built-in dataset is open, its selected event is named by the event's
 * own page (`/events/<id>/`, see page-address.ts), so selecting another event moves to that page's address.
 */

export const REPLACE_INTERVAL_MS = 300;

/**
 * Applies a URL to the store. A link to another dataset (or a draft) only requests it: its event and filters
 * can be checked once that dataset has loaded.
 */
export function applyUrl(store: AppStore, location: Location = window.location) {
  const state = store.getState();
  const parsed = parseAddress(location, state.site.base);
  const { data = null, draft = null } = parsed.state;
  if (data !== state.loadedDataUrl || draft !== state.loadedDraftId) {
    state.requestDataset(parsed.state);
    if (parsed.notices.length) state.addNotices(parsed.notices);
    return;
  }
  const { view, notices } = reconcileView(parsed, state.dataset);
  state.applyViewState(view);
  if (notices.length) state.addNotices(notices);
}

function urlFor(state: AppState): string {
  return `${selectAddress(state)}${window.location.hash}`;
}

/** Starts syncing; returns the function that stops it. */
export function syncUrlWithStore(store: AppStore): () => void {
  let applyingHistory = false;
  let lastReplace = 0;
  let pendingReplace: ReturnType<typeof setTimeout> | undefined;

  const replaceSoon = () => {
    if (pendingReplace !== undefined) return;
    const wait = Math.max(0, lastReplace + REPLACE_INTERVAL_MS - Date.now());
    pendingReplace = setTimeout(() => {
      pendingReplace = undefined;
      lastReplace = Date.now();
      // Written from the latest state, so a burst of pans ends on where the reader stopped.
      window.history.replaceState(null, '', urlFor(store.getState()));
    }, wait);
  };

  const onChange = (state: AppState, previous: AppState) => {
    if (applyingHistory) return;
    const next = viewFromChoices(state);
    const entry = historyEntryFor(viewFromChoices(previous), next);
    if (entry === 'push') {
      clearTimeout(pendingReplace);
      pendingReplace = undefined;
      window.history.pushState(null, '', urlFor(state));
    } else if (entry === 'replace') {
      replaceSoon();
    }
  };

  const onPopState = () => {
    applyingHistory = true;
    try {
      applyUrl(store);
    } finally {
      applyingHistory = false;
    }
  };

  const unsubscribe = store.subscribe(onChange);
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    clearTimeout(pendingReplace);
    window.removeEventListener('popstate', onPopState);
  };
}
