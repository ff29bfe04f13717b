import { describe, expect, it } from 'vitest';
import type { DrawPreview } from '../../domain/draw-preview';
import type { ImportResult } from '../../domain/import/import-dataset';
import type { Dataset } from '../../domain/types';
import { createAppStore, type AppStore } from '../../state/app-store';
import { curatedDataset } from '../../testing/curated-dataset';
import { fixtureDataset } from '../../testing/dataset-fixtures';
import { startDatasetLoading } from './dataset-loading';
import type { DatasetRequest } from './draft-load';
import type { LoadListeners, LoadOutcome, LoadStarter } from './load-dataset';

const builtin = curatedDataset();
/** Events first-event, second-event and third-event. */
const other = (): Dataset => fixtureDataset();

const LINK = 'https://data.example/events.json';
const DRAFT = '0f8c2a1e-5b7d-4c3a-9e2f-1a2b3c4d5e6f';
const NEWER_LINK = 'https://data.example/newer.json';

/** One load the fake loader started: the test reports on its behalf and decides how it ends. */
interface FakeLoad {
  readonly request: DatasetRequest;
  readonly listeners: LoadListeners;
  cancelled: boolean;
  end(outcome: LoadOutcome): void;
}

/**
 * Stands in for the worker. Its cancel only records that it was asked, and its result can still arrive after
 * that, as a worker's answer already on its way would: the loader must ignore it by itself.
 */
function fakeLoader() {
  const loads: FakeLoad[] = [];
  const load: LoadStarter<DatasetRequest> = (request, listeners) => {
    let end: (outcome: LoadOutcome) => void = () => {};
    const result = new Promise<LoadOutcome>((resolve) => (end = resolve));
    const started: FakeLoad = { request, listeners, cancelled: false, end };
    loads.push(started);
    return { result, cancel: () => (started.cancelled = true) };
  };
  return { load, loads };
}

const COUNTS = {
  sources: { loaded: 1, repaired: 0, dropped: 0 },
  actors: { loaded: 2, repaired: 1, dropped: 0 },
  events: { loaded: 3, repaired: 0, dropped: 1 },
  eras: { loaded: 0, repaired: 0, dropped: 0 },
};

function loaded(dataset: Dataset, problems: ImportResult['problems'] = []): ImportResult {
  return { ok: true, format: 'acled-csv', dataset, problems, counts: COUNTS };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

function setUp(prepare: (store: AppStore) => void = () => {}) {
  const store = createAppStore(builtin);
  prepare(store);
  const { load, loads } = fakeLoader();
  const loading = startDatasetLoading({ store, builtinDataset: builtin, load });
  return { store, loads, loading, state: () => store.getState() };
}

const preview: DrawPreview = {
  starts: new Float64Array(1),
  ends: new Float64Array(1),
  categoryCodes: new Uint16Array(1),
  categories: ['attack'],
  byStart: new Uint32Array(1),
  maxSpan: 0,
};

describe('startDatasetLoading', () => {
  it('starts the download of the link the page opened with at once, and only once', () => {
    const { loads, state } = setUp((store) => store.getState().requestDataset({ data: LINK }));
    expect(loads.map((load) => load.request)).toEqual([{ kind: 'url', url: LINK }]);

    state().addNotices(['unrelated']);
    state().setQuery('strike');
    expect(loads).toHaveLength(1);
  });

  it('starts a load when a link asks for another dataset, then opens it with the rest of the link', async () => {
    const { loads, state } = setUp();
    expect(loads).toHaveLength(0);
    state().requestDataset({ data: LINK, event: 'second-event', q: 'aid' });
    expect(loads.map((load) => load.request)).toEqual([{ kind: 'url', url: LINK }]);

    const dataset = other();
    loads[0]!.end({ name: 'events.json', result: loaded(dataset) });
    await settled();
    expect(state()).toMatchObject({
      dataset,
      dataUrl: LINK,
      loadedDataUrl: LINK,
      selectedEventId: 'second-event',
      query: 'aid',
      pendingView: null,
      importReport: { name: 'events.json', format: 'ACLED CSV', counts: COUNTS },
    });
  });

  it('names what the rest of the link asks for that the loaded dataset lacks', async () => {
    const { loads, state } = setUp();
    state().requestDataset({ data: LINK, event: 'atacms-authorization' });
    loads[0]!.end({ name: 'events.json', result: loaded(other()) });
    await settled();
    expect(state().selectedEventId).toBeNull();
    expect(state().notices.every((notice) => notice.kind === 'info')).toBe(true);
    expect(state().notices.map((notice) => notice.message)).toEqual([
      expect.stringContaining('atacms-authorization'),
    ]);
  });

  it('publishes the progress and the preview of the live load, and clears them when it ends', async () => {
    const { loads, state } = setUp();
    state().requestDataset({ data: LINK });
    loads[0]!.listeners.onProgress({ phase: 'downloading', done: 5, total: 10 });
    loads[0]!.listeners.onPreview(preview);
    expect(state().loadProgress).toEqual({ phase: 'downloading', done: 5, total: 10 });
    expect(state().loadingPreview).toBe(preview);

    loads[0]!.end({ name: 'events.json', result: loaded(other()) });
    await settled();
    expect(state().loadProgress).toBeNull();
    expect(state().loadingPreview).toBeNull();
  });

  it('returns to the built-in dataset with the view of an address without data= (Back)', () => {
    const { loads, state } = setUp((store) =>
      store.getState().openDataset({ dataset: other(), view: { event: 'first-event' }, loadedFrom: LINK }),
    );
    expect(loads).toHaveLength(0);
    state().requestDataset({ event: 'atacms-authorization', view: 'list' });
    expect(state()).toMatchObject({
      dataset: builtin,
      dataUrl: null,
      loadedDataUrl: null,
      selectedEventId: 'atacms-authorization',
      view: 'list',
      importReport: null,
    });
    expect(loads).toHaveLength(0);
  });

  it('gives up a link still loading when Back returns to the address of the open dataset', async () => {
    const { loads, state } = setUp((store) => store.getState().requestDataset({ data: LINK }));
    loads[0]!.listeners.onProgress({ phase: 'downloading', done: 5, total: 10 });
    // The built-in dataset is still open, so the address it lands on applies to it at once (see applyUrl).
    state().applyViewState({ event: 'atacms-authorization' });
    expect(loads[0]!.cancelled).toBe(true);
    expect(state()).toMatchObject({
      dataUrl: null,
      pendingView: null,
      loadProgress: null,
      selectedEventId: 'atacms-authorization',
    });

    loads[0]!.end({ name: 'events.json', result: loaded(other()) });
    await settled();
    expect(state()).toMatchObject({ dataset: builtin, dataUrl: null, loadedDataUrl: null });
  });

  it('gives up a link still loading when Back returns to the built-in dataset from another', () => {
    const { loads, state } = setUp((store) => {
      store.getState().openDataset({ dataset: other(), loadedFrom: LINK });
      store.getState().requestDataset({ data: NEWER_LINK });
    });
    state().requestDataset({ view: 'list' });
    expect(loads[0]!.cancelled).toBe(true);
    expect(state()).toMatchObject({ dataset: builtin, dataUrl: null, view: 'list', loadProgress: null });
  });

  it('loads the dataset Back or Forward lands on when it is another linked one', () => {
    const { loads, state } = setUp((store) =>
      store.getState().openDataset({ dataset: other(), loadedFrom: LINK }),
    );
    state().requestDataset({ data: NEWER_LINK });
    expect(loads.map((load) => load.request)).toEqual([{ kind: 'url', url: NEWER_LINK }]);
  });

  it('Cancel gives up the request, keeps the open dataset and ignores what the load still reports', async () => {
    const { loads, loading, state } = setUp();
    state().requestDataset({ data: LINK, event: 'first-event' });
    loads[0]!.listeners.onProgress({ phase: 'downloading', done: 5, total: 10 });
    loading.cancel();
    expect(loads[0]!.cancelled).toBe(true);
    expect(state()).toMatchObject({ dataset: builtin, dataUrl: null, pendingView: null, loadProgress: null });

    loads[0]!.listeners.onProgress({ phase: 'checking', done: 1, total: 3 });
    loads[0]!.listeners.onPreview(preview);
    loads[0]!.end({ name: 'events.json', result: loaded(other()) });
    await settled();
    expect(state()).toMatchObject({
      dataset: builtin,
      loadProgress: null,
      loadingPreview: null,
      notices: [],
    });
    expect(loads).toHaveLength(1);
  });

  it('ignores the result of a load a newer request replaced', async () => {
    const { loads, loading, state } = setUp();
    state().requestDataset({ data: LINK });
    const file = new File(['{}'], 'mine.json');
    loading.openFile(file);
    expect(loads[0]!.cancelled).toBe(true);
    expect(loads[1]!.request).toEqual({ kind: 'file', file });

    const fromFile = other();
    loads[1]!.end({ name: 'mine.json', result: loaded(fromFile) });
    loads[0]!.end({ name: 'events.json', result: loaded(other()) });
    await settled();
    expect(state().dataset).toBe(fromFile);
    expect(state().importReport?.name).toBe('mine.json');
  });

  it('names the address of a link that fails in a notice and returns to the open dataset', async () => {
    const { loads, state } = setUp();
    state().requestDataset({ data: LINK, event: 'first-event' });
    loads[0]!.end({
      name: 'events.json',
      result: { ok: false, problems: [{ path: 'data', message: 'the server answered 404' }] },
    });
    await settled();
    expect(state()).toMatchObject({
      dataset: builtin,
      dataUrl: null,
      loadedDataUrl: null,
      pendingView: null,
    });
    // A link that cannot be opened needs the reader's attention: an error, not a passing notice.
    expect(state().notices.map(({ message, kind }) => [message, kind])).toEqual([
      [`Could not open the dataset at ${LINK}: data: the server answered 404`, 'error'],
    ]);
    expect(loads).toHaveLength(1);
  });

  it('names a file that fails in a notice and keeps the open dataset', async () => {
    const { loads, loading, state } = setUp();
    loading.openFile(new File(['nonsense'], 'broken.json'));
    loads[0]!.end({
      name: 'broken.json',
      result: { ok: false, problems: [{ path: 'file', message: 'is not JSON' }] },
    });
    await settled();
    expect(state().dataset).toBe(builtin);
    expect(state().notices.map(({ message, kind }) => [message, kind])).toEqual([
      ['Could not open “broken.json”: file: is not JSON', 'error'],
    ]);
  });

  it('returns to the built-in dataset with no choices, giving up a load under way', async () => {
    const { loads, loading, state } = setUp((store) =>
      store.getState().openDataset({ dataset: other(), view: { event: 'first-event' }, loadedFrom: LINK }),
    );
    state().requestDataset({ data: NEWER_LINK });
    loading.returnToBuiltin();
    expect(loads[0]!.cancelled).toBe(true);
    expect(state()).toMatchObject({
      dataset: builtin,
      dataUrl: null,
      loadedDataUrl: null,
      selectedEventId: null,
      importReport: null,
    });
    loads[0]!.end({ name: 'newer.json', result: loaded(other()) });
    await settled();
    expect(state().dataset).toBe(builtin);
  });

  it('opens a draft the address names, with the rest of the address, and keeps the address on it', async () => {
    const { loads, state } = setUp((store) =>
      store.getState().requestDataset({ draft: DRAFT, event: 'second-event' }),
    );
    expect(loads.map((load) => load.request)).toEqual([{ kind: 'draft', id: DRAFT }]);
    const dataset = other();
    loads[0]!.end({ name: 'My timeline', result: loaded(dataset) });
    await settled();
    expect(state()).toMatchObject({
      dataset,
      draftId: DRAFT,
      loadedDraftId: DRAFT,
      dataUrl: null,
      selectedEventId: 'second-event',
      importReport: { name: 'My timeline', format: 'ACLED CSV' },
    });
    expect(loads).toHaveLength(1);
  });

  it('opens a draft in place of a link the same address names', async () => {
    const { loads, state } = setUp((store) => store.getState().requestDataset({ draft: DRAFT, data: LINK }));
    expect(loads.map((load) => load.request)).toEqual([{ kind: 'draft', id: DRAFT }]);
    loads[0]!.end({ name: 'My timeline', result: loaded(other()) });
    await settled();
    expect(state()).toMatchObject({
      draftId: DRAFT,
      loadedDraftId: DRAFT,
      dataUrl: null,
      loadedDataUrl: null,
    });
    expect(loads).toHaveLength(1);
  });

  it('names a draft that does not open in a notice and returns to the open dataset', async () => {
    const { loads, state } = setUp();
    state().requestDataset({ draft: DRAFT });
    loads[0]!.end({
      name: DRAFT,
      result: { ok: false, problems: [{ path: 'draft', message: 'not found on this device' }] },
    });
    await settled();
    expect(state()).toMatchObject({
      dataset: builtin,
      draftId: null,
      loadedDraftId: null,
      pendingView: null,
    });
    expect(state().notices.map((notice) => notice.message)).toEqual([
      `Could not open the draft “${DRAFT}”: draft: not found on this device`,
    ]);
    expect(loads).toHaveLength(1);
  });

  it('Back from a draft to an address without one returns to the built-in dataset', () => {
    const { loads, state } = setUp((store) =>
      store.getState().openDataset({ dataset: other(), draftId: DRAFT }),
    );
    expect(state()).toMatchObject({ draftId: DRAFT, loadedDraftId: DRAFT });
    state().requestDataset({ view: 'list' });
    expect(state()).toMatchObject({ dataset: builtin, draftId: null, loadedDraftId: null, view: 'list' });
    expect(loads).toHaveLength(0);
  });
});
