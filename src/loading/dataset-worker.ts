/// <reference lib="webworker" />
import { checkImportSize, importDataset, MAX_IMPORT_BYTES } from '../domain/import/import-dataset';
import { datasetToTransfer } from '../domain/dataset-transfer';
import { previewOf } from '../domain/draw-preview';
import type { Problem } from '../domain/types';
import type { LoadRequest, WorkerMessage } from './load-messages';

/*
 * Fetches or reads, parses and validates a dataset off the main thread, so the page stays responsive while
 * 100,000 events load; the page cancels by terminating the worker.
 */

declare const self: DedicatedWorkerGlobalScope;

/** Datasets this large are drawn as a preview while they are checked, which takes a second or more. */
const PREVIEW_FROM = 5000;

const post = (message: WorkerMessage) => self.postMessage(message);

class LoadFailure extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function describeHost(url: string): string {
  try {
    return new URL(url, self.location.href).host || url;
  } catch {
    return url;
  }
}

async function download(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit' });
  } catch {
    throw new LoadFailure({
      path: 'data',
      message: `could not be read from ${describeHost(url)}: the server refused to share it with this page (no cross-origin permission), or it could not be reached`,
    });
  }
  if (!response.ok) {
    throw new LoadFailure({
      path: 'data',
      message: `the server answered ${response.status} ${response.statusText}`.trim(),
    });
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const tooLarge = Number.isFinite(declared) ? checkImportSize(declared) : undefined;
  if (tooLarge) throw new LoadFailure(tooLarge);
  return readStream(response, Number.isFinite(declared) ? declared : 0);
}

async function readStream(response: Response, total: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw new LoadFailure(checkImportSize(received)!);
    }
    parts.push(decoder.decode(value, { stream: true }));
    post({ type: 'progress', phase: 'downloading', done: received, total });
  }
  parts.push(decoder.decode());
  return parts.join('');
}

async function readFile(file: File): Promise<string> {
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) throw new LoadFailure(tooLarge);
  post({ type: 'progress', phase: 'reading', done: 0, total: file.size });
  return file.text();
}

function nameOf(request: LoadRequest): string {
  return request.kind === 'file' ? request.file.name : request.url.split('/').pop() || request.url;
}

self.onmessage = async ({ data: request }: MessageEvent<LoadRequest>) => {
  const name = nameOf(request);
  try {
    const text = request.kind === 'url' ? await download(request.url) : await readFile(request.file);
    const result = importDataset(text, name, {
      onProgress: (done, total) => post({ type: 'progress', phase: 'checking', done, total }),
      beforeChecking: (rawEvents) => {
        if (rawEvents.length < PREVIEW_FROM) return;
        const preview = previewOf(rawEvents);
        self.postMessage({ type: 'preview', preview } satisfies WorkerMessage, [
          preview.starts.buffer,
          preview.ends.buffer,
          preview.categoryCodes.buffer,
          preview.byStart.buffer,
        ]);
      },
    });
    if (!result.ok) {
      post({ type: 'done', result, name });
      return;
    }
    const { dataset, ...rest } = result;
    post({ type: 'done', result: { ...rest, datasetJson: datasetToTransfer(dataset) }, name });
  } catch (error) {
    const problem =
      error instanceof LoadFailure
        ? error.problem
        : { path: 'file', message: `could not be loaded: ${String(error)}` };
    post({ type: 'done', result: { ok: false, problems: [problem] }, name });
  }
};
