import { describe, expect, it } from 'vitest';
import { importDataset } from '../../domain/import/import-dataset';
import type { Draft } from '../../domain/editor/draft';
import { RECORD_LISTS } from '../../domain/validate-dataset';
import type { DraftStorage, StoredDraft } from '../../shared/draft-storage';
import { draftWithEvent } from '../../testing/draft-fixtures';
import { DRAFT_NOT_HERE, loadingDrafts } from './draft-load';
import type { LoadListeners, LoadStarter } from './load-dataset';
import type { LoadRequest } from './load-messages';

const listeners: LoadListeners = { onProgress: () => {}, onPreview: () => {} };

/** Drafts kept in memory; `refuse` makes every read fail as a browser refusing storage would. */
function fakeDrafts(drafts: Record<string, Draft>, refuse?: Error): Pick<DraftStorage, 'load'> {
  return {
    load: (id) =>
      refuse
        ? Promise.reject(refuse)
        : Promise.resolve<StoredDraft | undefined>(drafts[id] && { id, updatedAt: 1000, draft: drafts[id] }),
  };
}

/** Stands in for the worker: it reads a file's text and imports it as the worker does. */
function fakeLoader() {
  const requests: LoadRequest[] = [];
  let cancelled = 0;
  const load: LoadStarter = (request) => {
    requests.push(request);
    const result =
      request.kind === 'file'
        ? request.file.text().then((text) => ({ name: request.file.name, result: importDataset(text) }))
        : new Promise<never>(() => {});
    return { result, cancel: () => (cancelled += 1) };
  };
  return { load, requests, cancelled: () => cancelled };
}

const draft = { ...draftWithEvent(), title: 'Bridge timeline', description: 'Drawn from one article.' };

describe('loadingDrafts', () => {
  it('hands a draft on this device to the loader as a file named by its title, checked as any file is', async () => {
    const loader = fakeLoader();
    const load = loadingDrafts(fakeDrafts({ mine: draft }), loader.load);
    const outcome = await load({ kind: 'draft', id: 'mine' }, listeners).result;

    expect(loader.requests).toEqual([{ kind: 'file', file: expect.any(File) }]);
    expect(outcome).not.toBe('cancelled');
    if (outcome === 'cancelled' || !outcome.result.ok) throw new Error('the draft did not open');
    expect(outcome.name).toBe('Bridge timeline');
    for (const list of RECORD_LISTS) expect(outcome.result.counts[list].dropped).toBe(0);
    expect(outcome.result.dataset.events.map((event) => event.title)).toEqual(
      draft.events.map((event) => event.title),
    );
  });

  it('says a draft is not on this device, without loading anything', async () => {
    const loader = fakeLoader();
    const load = loadingDrafts(fakeDrafts({}), loader.load);
    expect(await load({ kind: 'draft', id: 'elsewhere' }, listeners).result).toEqual({
      name: 'elsewhere',
      result: { ok: false, problems: [{ path: 'draft', message: DRAFT_NOT_HERE }] },
    });
    expect(loader.requests).toEqual([]);
  });

  it('says why, when the browser refuses to read its storage', async () => {
    const load = loadingDrafts(fakeDrafts({}, new Error('storage is blocked')), fakeLoader().load);
    expect(await load({ kind: 'draft', id: 'mine' }, listeners).result).toEqual({
      name: 'mine',
      result: {
        ok: false,
        problems: [{ path: 'draft', message: 'could not be read on this device (storage is blocked)' }],
      },
    });
  });

  it('gives up a draft cancelled while it is read, before anything loads', async () => {
    const loader = fakeLoader();
    const handle = loadingDrafts(fakeDrafts({ mine: draft }), loader.load)(
      { kind: 'draft', id: 'mine' },
      listeners,
    );
    handle.cancel();
    expect(await handle.result).toBe('cancelled');
    expect(loader.requests).toEqual([]);
  });

  it('passes links and files straight to the loader, and their Cancel too', () => {
    const loader = fakeLoader();
    const request: LoadRequest = { kind: 'url', url: 'https://data.example/events.json' };
    loadingDrafts(fakeDrafts({}), loader.load)(request, listeners).cancel();
    expect(loader.requests).toEqual([request]);
    expect(loader.cancelled()).toBe(1);
  });
});
