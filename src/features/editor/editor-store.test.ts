import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addEvent, addSource, emptyDraft, type Draft } from '../../domain/editor/draft';
import { openDraftStorage, type DraftStorage } from '../../shared/draft-storage';
import { fields, quote, SOURCE } from '../../testing/draft-fixtures';
import { createEditorStore, type EditorStore } from './editor-store';

let databases = 0;

function setUp(storage: DraftStorage = openDraftStorage(`editor-store-test-${(databases += 1)}`)) {
  let ids = 0;
  let clock = 0;
  const store = createEditorStore({
    storage,
    newId: () => `draft-${(ids += 1)}`,
    now: () => (clock += 1000),
  });
  return { store, storage };
}

/** Resolves once the store has stored (or failed to store) what it has. */
function settled(store: EditorStore): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const { status } = store.getState();
      if (status.kind === 'saved' || status.kind === 'failed') {
        unsubscribe();
        resolve();
      }
    };
    const unsubscribe = store.subscribe(check);
    check();
  });
}

const addBridgeSource = (draft: Draft) => addSource(draft, SOURCE).draft;
const addBridgeEvent = (draft: Draft) => addEvent(draft, fields(), [quote('Officials said')]).draft;

describe('the editor store', () => {
  it('stores a new draft only once something is added, under its id', async () => {
    const { store, storage } = setUp();
    expect(store.getState()).toMatchObject({ draftId: 'draft-1', status: { kind: 'new' } });
    store.getState().change(addBridgeSource);
    await settled(store);
    expect((await storage.load('draft-1'))?.draft).toEqual(store.getState().draft);
    expect(store.getState().drafts).toEqual([
      { id: 'draft-1', title: SOURCE.title, events: 0, updatedAt: 1000 },
    ]);
  });

  it('stores the latest of changes made while a write runs', async () => {
    const { store, storage } = setUp();
    store.getState().change(addBridgeSource);
    store.getState().change(addBridgeEvent);
    store.getState().change((draft) => ({ ...draft, title: 'Latest' }));
    await settled(store);
    const stored = await storage.load('draft-1');
    expect(stored?.draft.title).toBe('Latest');
    expect(stored?.draft.events).toHaveLength(1);
  });

  it('ignores a change that changes nothing', () => {
    const { store } = setUp();
    store.getState().change((draft) => draft);
    expect(store.getState().status).toEqual({ kind: 'new' });
  });

  it('reopens a stored draft, as after a reload', async () => {
    const { store, storage } = setUp();
    store.getState().change((draft) => addBridgeEvent(addBridgeSource(draft)));
    await settled(store);
    const reloaded = setUp(storage).store;
    expect(await reloaded.getState().openStored('draft-1')).toBe(true);
    expect(reloaded.getState()).toMatchObject({ draftId: 'draft-1', status: { kind: 'saved' } });
    expect(reloaded.getState().draft).toEqual(store.getState().draft);
    expect(await reloaded.getState().openStored('no-such-draft')).toBe(false);
  });

  it('makes an opened dataset a new stored draft', async () => {
    const { store, storage } = setUp();
    const opened = addBridgeEvent(addBridgeSource(emptyDraft()));
    store.getState().adoptDraft(opened);
    await settled(store);
    expect(store.getState().draftId).toBe('draft-2');
    expect((await storage.load('draft-2'))?.draft).toEqual(opened);
  });

  it('deletes a stored draft; deleting the open one starts a new draft', async () => {
    const { store, storage } = setUp();
    store.getState().change(addBridgeSource);
    await settled(store);
    await store.getState().deleteStored('draft-1');
    expect(await storage.load('draft-1')).toBeUndefined();
    expect(store.getState()).toMatchObject({ draftId: 'draft-2', draft: emptyDraft(), drafts: [] });
  });

  it('keeps the draft in memory and says why when the browser refuses to store it', async () => {
    const refusing: DraftStorage = {
      list: () => Promise.reject(new Error('storage is blocked')),
      load: () => Promise.reject(new Error('storage is blocked')),
      save: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
      remove: () => Promise.reject(new Error('storage is blocked')),
    };
    const { store } = setUp(refusing);
    store.getState().change(addBridgeSource);
    await settled(store);
    expect(store.getState().status).toEqual({ kind: 'failed', reason: 'The quota has been exceeded.' });
    expect(store.getState().draft.sources).toHaveLength(1);
    expect(store.getState().drafts).toBeNull();
    store.getState().change(addBridgeEvent);
    expect(store.getState().draft.events).toHaveLength(1);
  });
});
