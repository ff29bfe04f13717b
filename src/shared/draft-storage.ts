import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Draft } from '../domain/editor/draft';

/*
 * Timeline drafts kept on this device, in IndexedDB (through `idb`, a small promise wrapper). Nothing leaves the
 * device. Shared rather than the editor's own because the app opens a draft too (`?draft=<id>`). Each draft is
 * stored whole under its id, with a small summary beside it so that listing drafts never reads their articles.
 */

export interface DraftSummary {
  readonly id: string;
  readonly title: string;
  readonly events: number;
  /** When it was last stored, in ms since the epoch. */
  readonly updatedAt: number;
}

export interface StoredDraft {
  readonly id: string;
  readonly updatedAt: number;
  readonly draft: Draft;
}

interface DraftsDatabase extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  summaries: { key: string; value: DraftSummary };
}

export const DRAFTS_DATABASE = 'conflict-timeline-drafts';

export interface DraftStorage {
  /** Every stored draft's summary, the latest first. */
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<StoredDraft | undefined>;
  save(id: string, draft: Draft, updatedAt: number): Promise<void>;
  remove(id: string): Promise<void>;
}

/** How a draft is listed: its title, else its first source's, else "Untitled timeline". */
export function draftTitle(draft: Draft): string {
  return draft.title.trim() || draft.sources[0]?.title.trim() || 'Untitled timeline';
}

/**
 * The drafts in the database `name`. Every call rejects where the browser refuses storage (private modes, a
 * full quota, storage blocked); the database is opened again on the next call, so storage that comes back works.
 */
export function openDraftStorage(name = DRAFTS_DATABASE): DraftStorage {
  let connection: Promise<IDBPDatabase<DraftsDatabase>> | undefined;
  const database = () => {
    connection ??= openDB<DraftsDatabase>(name, 1, {
      upgrade(db) {
        db.createObjectStore('drafts', { keyPath: 'id' });
        db.createObjectStore('summaries', { keyPath: 'id' });
      },
      terminated: () => (connection = undefined),
    }).catch((error: unknown) => {
      connection = undefined;
      throw error;
    });
    return connection;
  };
  return {
    async list() {
      const summaries = await (await database()).getAll('summaries');
      return summaries.sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async load(id) {
      return (await database()).get('drafts', id);
    },
    async save(id, draft, updatedAt) {
      const transaction = (await database()).transaction(['drafts', 'summaries'], 'readwrite');
      const summary = { id, title: draftTitle(draft), events: draft.events.length, updatedAt };
      await Promise.all([
        transaction.objectStore('drafts').put({ id, updatedAt, draft }),
        transaction.objectStore('summaries').put(summary),
        transaction.done,
      ]);
    },
    async remove(id) {
      const transaction = (await database()).transaction(['drafts', 'summaries'], 'readwrite');
      await Promise.all([
        transaction.objectStore('drafts').delete(id),
        transaction.objectStore('summaries').delete(id),
        transaction.done,
      ]);
    },
  };
}
