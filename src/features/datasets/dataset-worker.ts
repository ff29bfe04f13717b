/// <reference lib="webworker" />
import { checkImportSize, importDataset, MAX_IMPORT_BYTES } from '../../domain/import/import-dataset';
import { datasetToTransfer } from '../../domain/dataset-transfer';
import { previewOf, previewScanner, type DrawPreview } from '../../domain/draw-preview';
import { fileNameOf } from '../../domain/file-name';
import type { Problem } from '../../domain/types';
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

/** Takes each piece of a file's text as it arrives. */
type TextSink = (chunk: string) => void;

/** A file's text, and whether it had to be read as Windows-1252 because it is not UTF-8. */
interface ReadText {
  readonly text: string;
  readonly legacyEncoding: boolean;
}

/** Said in the report of a file that is not UTF-8. */
const LEGACY_ENCODING_NOTE: Problem = {
  path: 'file',
  message:
    'is not UTF-8, so it is read as Windows-1252, the encoding of Excel’s plain “CSV” on Windows; where letters look wrong, save it as “CSV UTF-8” and open it again',
  effect: 'noted',
};

async function download(url: string, sink: TextSink): Promise<ReadText> {
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
  const body = response.body ?? new Blob([await response.arrayBuffer()]).stream();
  return readStream(body, Number.isFinite(declared) ? declared : 0, 'downloading', sink);
}

async function readStream(
  body: ReadableStream<Uint8Array<ArrayBuffer>>,
  total: number,
  phase: 'downloading' | 'reading',
  sink: TextSink,
): Promise<ReadText> {
  const reader = body.getReader();
  // Strict, so that a file in another encoding is noticed rather than read with replacement characters.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const parts: string[] = [];
  let utf8 = true;
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > MAX_IMPORT_BYTES) {
      await reader.cancel();
      throw new LoadFailure(checkImportSize(received)!);
    }
    chunks.push(value);
    if (utf8) utf8 = decodeInto(decoder, value, parts, sink);
    post({ type: 'progress', phase, done: received, total });
  }
  if (utf8 && decodeInto(decoder, undefined, parts, sink))
    return { text: parts.join(''), legacyEncoding: false };
  const bytes = await new Blob(chunks).arrayBuffer();
  return { text: new TextDecoder('windows-1252').decode(bytes), legacyEncoding: true };
}

/** Decodes the next chunk (or, given none, the end) into `parts`; false where the bytes are not UTF-8. */
function decodeInto(decoder: TextDecoder, chunk: Uint8Array | undefined, parts: string[], sink: TextSink) {
  try {
    const text = chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    sink(text);
    parts.push(text);
    return true;
  } catch {
    return false;
  }
}

async function readFile(file: File, sink: TextSink): Promise<ReadText> {
  const tooLarge = checkImportSize(file.size);
  if (tooLarge) throw new LoadFailure(tooLarge);
  post({ type: 'progress', phase: 'reading', done: 0, total: file.size });
  return readStream(file.stream(), file.size, 'reading', sink);
}

function postPreview(preview: DrawPreview) {
  self.postMessage({ type: 'preview', preview } satisfies WorkerMessage, [
    preview.starts.buffer,
    preview.ends.buffer,
    preview.categoryCodes.buffer,
    preview.byStart.buffer,
  ]);
}

function nameOf(request: LoadRequest): string {
  return request.kind === 'file' ? request.file.name : fileNameOf(request.url);
}

self.onmessage = async ({ data: request }: MessageEvent<LoadRequest>) => {
  const name = nameOf(request);
  try {
    // The dates are read off the text as it arrives, so a large file is drawn the moment it is in, before
    // the second or more it takes to parse and check.
    const scanner = previewScanner();
    const { text, legacyEncoding } =
      request.kind === 'url'
        ? await download(request.url, scanner.push)
        : await readFile(request.file, scanner.push);
    const scanned = scanner.preview();
    let previewed = scanned.starts.length >= PREVIEW_FROM;
    if (previewed) postPreview(scanned);
    // Otherwise the first of the importer's looks at the events that is large enough: an ACLED file's dates
    // as soon as its rows are read, or any format's events once converted.
    const previewOnce = (records: readonly unknown[]) => {
      if (previewed || records.length < PREVIEW_FROM) return;
      previewed = true;
      postPreview(previewOf(records));
    };
    const imported = importDataset(text, name, {
      onProgress: (done, total) => post({ type: 'progress', phase: 'checking', done, total }),
      onDatesRead: previewOnce,
      beforeChecking: previewOnce,
    });
    const result = legacyEncoding
      ? { ...imported, problems: [LEGACY_ENCODING_NOTE, ...imported.problems] }
      : imported;
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
