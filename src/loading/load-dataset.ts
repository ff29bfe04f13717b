import type { ImportResult } from '../domain/import/import-dataset';
import { datasetFromTransfer } from '../domain/dataset-transfer';
import type { DrawPreview } from '../domain/draw-preview';
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

/** Loads a dataset in a fresh worker; `cancel` stops it at once, wherever it is. */
export function loadDataset(
  request: LoadRequest,
  onProgress: (progress: LoadProgress) => void,
  onPreview: (preview: DrawPreview) => void,
): LoadHandle {
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
  let settle: (value: { result: ImportResult; name: string } | 'cancelled') => void = () => {};
  const result = new Promise<{ result: ImportResult; name: string } | 'cancelled'>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
    if (data.type === 'progress') {
      onProgress(data);
      return;
    }
    if (data.type === 'preview') {
      onPreview(data.preview);
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
    onProgress({ phase: request.kind === 'url' ? 'downloading' : 'reading', done: 0, total: 0 }),
  );
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle('cancelled');
    },
  };
}
