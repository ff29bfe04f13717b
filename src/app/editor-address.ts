import type { EditorStore } from '../features/editor/editor-store';

/*
 * The editor's address names the draft it shows (`/edit/?draft=<id>`), so a reload, Back or a bookmark reopens
 * it from the device. A new draft that has not been stored yet has no address of its own.
 */

export const DRAFT_PARAM = 'draft';

/** `search` with the draft parameter set to `draftId`, or removed for null; other parameters stay. */
export function withDraftParam(search: string, draftId: string | null): string {
  const params = new URLSearchParams(search);
  if (draftId === null) params.delete(DRAFT_PARAM);
  else params.set(DRAFT_PARAM, draftId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Opens the draft the address names, then keeps the address on the draft being edited. */
export function followDraftAddress(store: EditorStore): void {
  const requested = new URLSearchParams(window.location.search).get(DRAFT_PARAM);
  if (requested !== null) {
    void store
      .getState()
      .openStored(requested)
      .then((found) => {
        if (!found)
          store.getState().tell('The draft this address names is not on this device; this is a new draft.');
      });
  }
  void store.getState().refreshDrafts();
  store.subscribe(({ draftId, status }) => {
    const search = withDraftParam(window.location.search, status.kind === 'new' ? null : draftId);
    if (search !== window.location.search)
      window.history.replaceState(
        window.history.state,
        '',
        `${window.location.pathname}${search}${window.location.hash}`,
      );
  });
}
