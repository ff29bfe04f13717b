import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyDraft, type Draft } from '../../domain/editor/draft';
import type { DraftStorage, DraftSummary } from '../../shared/draft-storage';

/*
 * The draft being edited, kept in memory and stored on the device after every change. Storing never holds the
 * author up: writes run one at a time in the background, the latest draft wins, and when the browser refuses
 * them the draft stays in memory, the status says so, and the page offers the download instead.
 */

export type SaveStatus =
  | { readonly kind: 'new' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface EditorState {
  /** The draft's id on this device; a new draft is stored under it at its first change. */
  readonly draftId: string;
  readonly draft: Draft;
  readonly status: SaveStatus;
  /** The drafts on this device, the latest first; null until listed, or where storage is refused. */
  readonly drafts: readonly DraftSummary[] | null;
  /** The last thing the page has to tell the author ("Saved …", "Could not open …"). */
  readonly notice: string | null;
  tell(notice: string | null): void;
  change(update: (draft: Draft) => Draft): void;
  /** Starts a new, empty draft (stored once something is added to it). */
  startDraft(): void;
  /** Makes `draft` (an opened dataset) a new draft on the device. */
  adoptDraft(draft: Draft): void;
  /** Opens a stored draft; false where it is not on this device (or storage is refused). */
  openStored(id: string): Promise<boolean>;
  deleteStored(id: string): Promise<void>;
  refreshDrafts(): Promise<void>;
}

export type EditorStore = StoreApi<EditorState>;

export interface EditorStoreOptions {
  readonly storage: DraftStorage;
  readonly newId?: () => string;
  readonly now?: () => number;
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

export function createEditorStore({
  storage,
  newId = () => crypto.randomUUID(),
  now = Date.now,
}: EditorStoreOptions): EditorStore {
  let writing = false;
  let again = false;

  return createStore<EditorState>()((set, get) => {
    /** Stores the current draft; a change made while a write runs is stored right after it. */
    const persist = async () => {
      if (writing) {
        again = true;
        return;
      }
      writing = true;
      do {
        again = false;
        const { draftId, draft } = get();
        set({ status: { kind: 'saving' } });
        try {
          await storage.save(draftId, draft, now());
          // The list is refreshed first, so a "saved" status always comes with a list that shows the draft.
          if (!again) set({ drafts: await listed(), status: { kind: 'saved' } });
        } catch (error) {
          set({ status: { kind: 'failed', reason: reasonOf(error) } });
        }
      } while (again);
      writing = false;
    };

    const listed = () => storage.list().catch(() => null);

    const open = (draftId: string, draft: Draft, status: SaveStatus) => set({ draftId, draft, status });

    return {
      draftId: newId(),
      draft: emptyDraft(),
      status: { kind: 'new' },
      drafts: null,
      notice: null,
      tell: (notice) => set({ notice }),
      change(update) {
        const draft = update(get().draft);
        if (draft === get().draft) return;
        set({ draft });
        void persist();
      },
      startDraft() {
        open(newId(), emptyDraft(), { kind: 'new' });
      },
      adoptDraft(draft) {
        open(newId(), draft, { kind: 'new' });
        void persist();
      },
      async openStored(id) {
        try {
          const stored = await storage.load(id);
          if (stored) open(stored.id, stored.draft, { kind: 'saved' });
          return stored !== undefined;
        } catch (error) {
          set({ status: { kind: 'failed', reason: reasonOf(error) } });
          return false;
        }
      },
      async deleteStored(id) {
        await storage.remove(id);
        if (get().draftId === id) get().startDraft();
        await get().refreshDrafts();
      },
      async refreshDrafts() {
        set({ drafts: await listed() });
      },
    };
  });
}
