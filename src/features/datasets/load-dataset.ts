import type { ImportResult } from '../../domain/import/import-dataset';
import { datasetFromTransfer } from '../../domain/dataset-transfer';
import type { DrawPreview } from '../../domain/draw-preview';
import type { LoadPhase, LoadRequest, TransferredResult, WorkerMessage } from './load-messages';

function restore(result: TransferredResult): ImportResult {
  if (!result.ok) return result;
  const { datasetJson, ...rest } = result;
  return { ...rest, dataset: datasetFromTransfer(datasetJson) };
}

export interface LoadProgress {
  readonly phase: LoadPhase;
  readonly done: number;
  readonly total: number;
}

export interface LoadHandle {
  readonly result: Promise<{ result: ImportResult; name: string } | 'cancelled'>;
  cancel(): void;
}

interface LoadListeners {
  onProgress(progress: LoadProgress): void;
  onPreview(preview: DrawPreview): void;
}

/** Starts a fresh worker on `request`; `cancel` stops it at once, wherever it is. */
function startLoad(request: LoadRequest, listeners: LoadListeners): LoadHandle {
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: { result: ImportResult; name: string } | 'cancelled') => void = () => {};
  const result = new Promise<{ result: ImportResult; name: string } | 'cancelled'>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if (data.type === 'progress') {
      listeners.onProgress(data);
      return;
    }
    if (data.type === 'preview') {
      listeners.onPreview(data.preview);
      return;
    }
    worker.terminate();
    settle({ result: restore(data.result), name: data.name });
  };
  worker.onerror = (event) => {
    worker.terminate();
    settle({
      result: {
        ok: false,
        problems: [{ path: 'file', message: `could not be loaded: ${event.message || 'the loader failed'}` }],
      },
      name: request.kind === 'file' ? request.file.name : request.url,
    });
  };
  // A relative `?data=` address is relative to the page, not to the worker's script in /assets/.
  worker.postMessage(
    request.kind === 'url' ? { ...request, url: new URL(request.url, document.baseURI).href } : request,
  );
  queueMicrotask(() =>
    listeners.onProgress({ phase: request.kind === 'url' ? 'downloading' : 'reading', done: 0, total: 0 }),
  );
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle('cancelled');
    },
  };
}

/** A load begun before the page rendered, waiting for whoever asks for the same address. */
let preloaded: { url: string; handle: LoadHandle; adopt(listeners: LoadListeners): void } | null = null;

/**
 * Starts loading the dataset of the address the page opened with before anything renders, so the download
 * does not wait for the first render (a few hundred milliseconds on a slow machine). What it reports
 * meanwhile is kept and handed to the `loadDataset` call that adopts it.
 */
export function preloadDataset(url: string): void {
  let progress: LoadProgress | undefined;
  let preview: DrawPreview | undefined;
  const listeners: LoadListeners = {
    onProgress: (latest) => (progress = latest),
    onPreview: (drawn) => (preview = drawn),
  };
  preloaded?.handle.cancel();
  preloaded = {
    url,
    handle: startLoad({ kind: 'url', url }, listeners),
    adopt: (adopter) => {
      Object.assign(listeners, adopter);
      if (progress) adopter.onProgress(progress);
      if (preview) adopter.onPreview(preview);
    },
  };
}

/** Loads a dataset in a fresh worker (or adopts the preloaded one of the same address). */
export function loadDataset(
  request: LoadRequest,
  onProgress: (progress: LoadProgress) => void,
  onPreview: (preview: DrawPreview) => void,
): LoadHandle {
  const early = preloaded;
  preloaded = null;
  if (early && request.kind === 'url' && request.url === early.url) {
    early.adopt({ onProgress, onPreview });
    return early.handle;
  }
  early?.handle.cancel();
  return startLoad(request, { onProgress, onPreview });
}
