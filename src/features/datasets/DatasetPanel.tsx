import { useEffect, useEffectEvent, useRef, useState, type ChangeEvent } from 'react';
import type { ImportResult } from '../../domain/import/import-dataset';
import type { Dataset, Problem } from '../../domain/types';
import type { ImportReport } from '../../state/app-store';
import { selectOpening } from '../../state/selectors';
import { useAppState, useAppStoreApi } from '../../state/store-context';
import { reconcileView } from '../../url/reconcile-view';
import { loadDataset, type LoadHandle, type LoadProgress } from './load-dataset';
import type { LoadRequest } from './load-messages';
import { ExportButtons } from './ExportButtons';
import { ImportReportPanel } from './ImportReportPanel';
import './loading.css';

const PHASE_LABELS = {
  downloading: 'Downloading',
  reading: 'Reading the file',
  checking: 'Checking events',
} as const;

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

function describeProgress({ phase, done, total }: LoadProgress): string {
  const label = PHASE_LABELS[phase];
  if (phase === 'checking') return `${label}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
  return total > 0 ? `${label}: ${megabytes(done)} of ${megabytes(total)}` : `${label}: ${megabytes(done)}`;
}

function problemText(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
}

function reportOf(name: string, result: Extract<ImportResult, { ok: true }>): ImportReport {
  return {
    name,
    format: result.format,
    problems: result.problems,
    droppedEvents: result.dropped.events,
    droppedOther: result.dropped.sources + result.dropped.actors,
  };
}

/**
 * Opening other data: a file (picker or drop anywhere on the page), a `?data=` link, and the way back to the
 * built-in dataset. A worker loads; the page shows progress with a Cancel button, then what was left out.
 */
export function DatasetPanel({ builtinDataset }: { builtinDataset: Dataset }) {
  const store = useAppStoreApi();
  const dataset = useAppState((state) => state.dataset);
  const dataUrl = useAppState((state) => state.dataUrl);
  const loadedDataUrl = useAppState((state) => state.loadedDataUrl);
  const opening = useAppState(selectOpening);
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const [dragging, setDragging] = useState(false);
  const handle = useRef<LoadHandle | null>(null);

  const finish = (request: LoadRequest, name: string, result: ImportResult) => {
    const state = store.getState();
    const url = request.kind === 'url' ? request.url : null;
    if (!result.ok) {
      if (url !== null) state.cancelDatasetRequest();
      const what = url !== null ? `the dataset at ${url}` : `“${name}”`;
      state.addNotices([`Could not open ${what}: ${problemText(result.problems.slice(0, 5))}`]);
      return;
    }
    const { view, notices } = reconcileView({ state: state.pendingView ?? {}, notices: [] }, result.dataset);
    state.openDataset(result.dataset, view, reportOf(name, result), url);
    if (notices.length) state.addNotices(notices);
  };

  const start = (request: LoadRequest) => {
    handle.current?.cancel();
    // Progress shows from the worker's first message, a moment after it starts.
    const current = loadDataset(request, setProgress, store.getState().showLoadingPreview);
    handle.current = current;
    void current.result.then((outcome) => {
      if (handle.current !== current) return;
      handle.current = null;
      setProgress(null);
      store.getState().showLoadingPreview(null);
      if (outcome !== 'cancelled') finish(request, outcome.name, outcome.result);
    });
  };

  const cancel = () => {
    handle.current?.cancel();
    handle.current = null;
    setProgress(null);
    store.getState().showLoadingPreview(null);
    if (store.getState().dataUrl !== store.getState().loadedDataUrl) store.getState().cancelDatasetRequest();
  };

  const startFromLink = useEffectEvent((url: string) => start({ kind: 'url', url }));
  // Back or Forward to an address without `data=` returns to the built-in dataset, with that address's view.
  const openBuiltinFromLink = useEffectEvent(() => {
    handle.current?.cancel();
    handle.current = null;
    const state = store.getState();
    const { view, notices } = reconcileView({ state: state.pendingView ?? {}, notices: [] }, builtinDataset);
    state.openDataset(builtinDataset, view, null, null);
    if (notices.length) state.addNotices(notices);
  });
  useEffect(() => {
    if (dataUrl === loadedDataUrl) return;
    if (dataUrl === null) openBuiltinFromLink();
    else startFromLink(dataUrl);
  }, [dataUrl, loadedDataUrl]);

  const openFile = useEffectEvent((file: File) => start({ kind: 'file', file }));
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) openFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) start({ kind: 'file', file });
  };

  const returnToBuiltin = () => {
    cancel();
    store.getState().openDataset(builtinDataset, {}, null, null);
  };

  return (
    <section className="dataset-panel" aria-label="Data">
      <div className="dataset-actions">
        <label className="file-button">
          <input type="file" accept=".json,.csv,application/json,text/csv" onChange={onFileChosen} />
          Open a dataset…
        </label>
        <span className="dataset-hint">
          JSON (this app’s format or TimelineJS) or an ACLED CSV export; or drop a file on the page.
        </span>
        {!opening && <ExportButtons />}
        {dataset !== builtinDataset && (
          <button type="button" className="action-button" onClick={returnToBuiltin}>
            Back to the built-in dataset
          </button>
        )}
      </div>
      <div role="status" className="load-status">
        {progress && (
          <div className="load-progress">
            <span>{describeProgress(progress)}</span>
            <progress
              aria-label="Loading the dataset"
              max={progress.total || undefined}
              value={progress.total ? progress.done : undefined}
            />
            <button type="button" className="action-button" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
      </div>
      <ImportReportPanel />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the file to open it
        </div>
      )}
    </section>
  );
}
