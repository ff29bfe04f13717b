import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrawPreview } from '../../domain/draw-preview';
import type { WorkerMessage } from './load-messages';
import { loadDataset, preloadDataset, type LoadProgress } from './load-dataset';

/** Stands in for the dataset worker: records what the page asks and lets the test answer. */
class FakeWorker {
  static started: FakeWorker[] = [];
  onmessage: ((event: { data: WorkerMessage }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  requests: unknown[] = [];
  terminated = false;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(request: unknown) {
    this.requests.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: WorkerMessage) {
    this.onmessage?.({ data });
  }
}

const preview: DrawPreview = {
  starts: new Float64Array(1),
  ends: new Float64Array(1),
  categoryCodes: new Uint16Array(1),
  categories: ['attack'],
  byStart: new Uint32Array(1),
  maxSpan: 0,
};
const downloading: WorkerMessage = { type: 'progress', phase: 'downloading', done: 10, total: 100 };

const url = 'https://data.example/events.json';
const request = { kind: 'url', url } as const;
const noProgress = () => undefined;
const noPreview = () => undefined;

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: 'https://app.example/' });
});

afterEach(() => {
  // Leaves nothing preloaded for the next test.
  loadDataset({ kind: 'url', url: 'about:blank' }, noProgress, noPreview).cancel();
  vi.unstubAllGlobals();
});

describe('preloadDataset', () => {
  it('starts the download at once, before anyone asks for it', () => {
    preloadDataset(url);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]!.requests).toEqual([request]);
  });

  it('is adopted by the load of the same address, which gets what it reported meanwhile', async () => {
    preloadDataset(url);
    const worker = FakeWorker.started[0]!;
    worker.answer(downloading);
    worker.answer({ type: 'preview', preview });

    const progress: LoadProgress[] = [];
    const previews: DrawPreview[] = [];
    const handle = loadDataset(
      request,
      (latest) => progress.push(latest),
      (drawn) => previews.push(drawn),
    );
    expect(FakeWorker.started).toHaveLength(1);
    expect(progress).toEqual([downloading]);
    expect(previews).toEqual([preview]);

    worker.answer({ type: 'progress', phase: 'checking', done: 1, total: 2 });
    expect(progress.at(-1)).toEqual({ type: 'progress', phase: 'checking', done: 1, total: 2 });
    worker.answer({ type: 'done', name: 'events.json', result: { ok: false, problems: [] } });
    await expect(handle.result).resolves.toEqual({
      name: 'events.json',
      result: { ok: false, problems: [] },
    });
  });

  it('is stopped when another dataset is asked for instead, and is not adopted later', () => {
    preloadDataset(url);
    loadDataset({ kind: 'url', url: 'https://data.example/other.json' }, noProgress, noPreview);
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started[0]!.terminated).toBe(true);

    loadDataset(request, noProgress, noPreview);
    expect(FakeWorker.started).toHaveLength(3);
  });
});
