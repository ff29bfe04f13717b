import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DrawPreview } from '../../domain/draw-preview';
import type { LoadProgress } from '../../state/app-store';
import type { WorkerMessage } from './load-messages';
import { loadDataset, type LoadListeners } from './load-dataset';

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

function recorder() {
  const progress: LoadProgress[] = [];
  const previews: DrawPreview[] = [];
  const listeners: LoadListeners = {
    onProgress: (latest) => progress.push(latest),
    onPreview: (drawn) => previews.push(drawn),
  };
  return { progress, previews, listeners };
}

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('document', { baseURI: 'https://app.example/viewer/' });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDataset', () => {
  it('asks a fresh worker for the address, read relative to the page', () => {
    loadDataset({ kind: 'url', url: 'data/events.json' }, recorder().listeners);
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]!.requests).toEqual([
      { kind: 'url', url: 'https://app.example/viewer/data/events.json' },
    ]);
  });

  it('reports progress from the start and the preview, then settles with the result', async () => {
    const { progress, previews, listeners } = recorder();
    const handle = loadDataset({ kind: 'url', url: 'https://data.example/events.json' }, listeners);
    const worker = FakeWorker.started[0]!;
    await Promise.resolve();
    expect(progress).toEqual([{ phase: 'downloading', done: 0, total: 0 }]);

    worker.answer({ type: 'progress', phase: 'checking', done: 1, total: 2 });
    worker.answer({ type: 'preview', preview });
    expect(progress.at(-1)).toEqual({ phase: 'checking', done: 1, total: 2 });
    expect(previews).toEqual([preview]);

    worker.answer({ type: 'done', name: 'events.json', result: { ok: false, problems: [] } });
    await expect(handle.result).resolves.toEqual({
      name: 'events.json',
      result: { ok: false, problems: [] },
    });
    expect(worker.terminated).toBe(true);
  });

  it('stops the worker at once on cancel', async () => {
    const handle = loadDataset(
      { kind: 'url', url: 'https://data.example/events.json' },
      recorder().listeners,
    );
    handle.cancel();
    expect(FakeWorker.started[0]!.terminated).toBe(true);
    await expect(handle.result).resolves.toBe('cancelled');
  });
});
