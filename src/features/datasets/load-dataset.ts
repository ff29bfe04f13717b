import type { ImportResult } from '../../domain/import/import-dataset';
import { datasetFromTransfer } from '../../domain/dataset-transfer';
import type { DrawPreview } from '../../domain/draw-preview';
import type { LoadProgress } from '../../state/app-store';
import type { LoadRequest, TransferredResult, WorkerMessage } from './load-messages';

function restore(result: TransferredResult): ImportResult {
  if (!result.ok) return result;
  const { datasetJson, ...rest } = result;
  return { ...rest, dataset: datasetFromTransfer(datasetJson) };
}

export type LoadOutcome = { readonly result: ImportResult; readonly name: string } | 'cancelled';

export interface LoadHandle {
  readonly result: Promise<LoadOutcome>;
  cancel(): void;
}

export interface LoadListeners {
  onProgress(progress: LoadProgress): void;
  onPreview(preview: DrawPreview): void;
}

/** Starts a dataset load; dataset-loading.ts takes another in its tests, which have no Worker. */
export type LoadStarter<Request = LoadRequest> = (request: Request, listeners: LoadListeners) => LoadHandle;

/** Loads a dataset in a fresh worker; `cancel` stops it at once, wherever it is. */
export const loadDataset: LoadStarter = (request, listeners) => {
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: LoadOutcome) => void = () => {};
  const result = new Promise<LoadOutcome>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if (data.type === 'progress') {
      const { phase, done, total } = data;
      listeners.onProgress({ phase, done, total });
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
};
