import { FORMAT_NAMES } from '../../domain/import/formats';
import type { ImportResult } from '../../domain/import/import-dataset';
import type { Dataset, Problem } from '../../domain/types';
import type { AppState, AppStore, ImportReport } from '../../state/app-store';
import { reconcileView } from '../../url/reconcile-view';
import { loadDataset, type LoadHandle, type LoadOutcome, type LoadStarter } from './load-dataset';
import type { LoadRequest } from './load-messages';

/*
 * Every way another dataset opens, outside the views: a `?data=` link, Back and Forward to another dataset or
 * to the built-in one (both arrive as the store's `dataUrl`), a file, Cancel and the way back to the built-in
 * dataset. One load is live at a time; what an older one reports after a newer request or Cancel is ignored.
 *
 * Views reach it through the object `startDatasetLoading` returns, which main.tsx provides in a React context
 * (loading-context.tsx), rather than through store actions: "open this File" and "cancel" are commands, not
 * state; the state layer may not reach the worker that carries them out, so store actions could only forward
 * to a callback this module fills in at startup. The store keeps what the views show of a load (progress,
 * preview, import report, notices), and the link to follow.
 */

export interface DatasetLoading {
  /** The dataset the page opens with and returns to. */
  readonly builtinDataset: Dataset;
  openFile(file: File): void;
  /** Gives up the load under way and keeps the open dataset. */
  cancel(): void;
  returnToBuiltin(): void;
}

interface LoadingSetup {
  readonly store: AppStore;
  readonly builtinDataset: Dataset;
  /** Starts one load; the worker by default. */
  readonly load?: LoadStarter;
}

function problemText(problems: readonly Problem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
}

function reportOf(name: string, result: Extract<ImportResult, { ok: true }>): ImportReport {
  return { name, format: FORMAT_NAMES[result.format], problems: result.problems, counts: result.counts };
}

/**
 * Starts following the store's requested dataset at once, so a link's download begins before the page's
 * first render. main.tsx calls it after syncUrlWithStore: this module changes the store from inside the
 * store's listeners (Back to the built-in dataset opens it at once), and a listener subscribed after it
 * would see those changes before the change that caused them.
 */
export function startDatasetLoading({
  store,
  builtinDataset,
  load = loadDataset,
}: LoadingSetup): DatasetLoading {
  let live: { readonly request: LoadRequest; readonly handle: LoadHandle } | null = null;
  // Moves on whenever the live load is given up, so that what an older load still reports is ignored.
  let generation = 0;

  const stopLive = () => {
    generation += 1;
    live?.handle.cancel();
    live = null;
    const state = store.getState();
    if (state.loadProgress !== null) state.showLoadProgress(null);
    if (state.loadingPreview !== null) state.showLoadingPreview(null);
  };

  /** Opens `dataset` with the view a link left waiting for it (notices name what does not apply). */
  const openWithPendingView = (dataset: Dataset, report: ImportReport | null, loadedFrom: string | null) => {
    const state = store.getState();
    const { view, notices } = reconcileView({ state: state.pendingView ?? {}, notices: [] }, dataset);
    state.openDataset({ dataset, view, report, loadedFrom });
    if (notices.length) state.addNotices(notices);
  };

  const finish = (request: LoadRequest, { name, result }: Exclude<LoadOutcome, 'cancelled'>) => {
    const url = request.kind === 'url' ? request.url : null;
    if (result.ok) {
      openWithPendingView(result.dataset, reportOf(name, result), url);
      return;
    }
    const state = store.getState();
    if (url !== null) state.cancelDatasetRequest();
    const what = url !== null ? `the dataset at ${url}` : `“${name}”`;
    state.addNotices([`Could not open ${what}: ${problemText(result.problems.slice(0, 5))}`], 'error');
  };

  const start = (request: LoadRequest) => {
    stopLive();
    const mine = generation;
    const isLive = () => generation === mine;
    const handle = load(request, {
      onProgress: (progress) => {
        if (isLive()) store.getState().showLoadProgress(progress);
      },
      onPreview: (preview) => {
        if (isLive()) store.getState().showLoadingPreview(preview);
      },
    });
    live = { request, handle };
    void handle.result.then((outcome) => {
      if (!isLive() || outcome === 'cancelled') return;
      live = null;
      stopLive();
      finish(request, outcome);
    });
  };

  const cancel = () => {
    stopLive();
    const state = store.getState();
    if (state.dataUrl !== state.loadedDataUrl || state.pendingView !== null) state.cancelDatasetRequest();
  };

  let followed: Pick<AppState, 'dataUrl' | 'loadedDataUrl'> | null = null;
  const follow = ({ dataUrl, loadedDataUrl }: AppState) => {
    if (followed?.dataUrl === dataUrl && followed.loadedDataUrl === loadedDataUrl) return;
    followed = { dataUrl, loadedDataUrl };
    if (dataUrl === loadedDataUrl) {
      // Back or Forward to the open dataset's address while a link was loading: that link is no longer asked for.
      if (live?.request.kind === 'url') cancel();
      return;
    }
    if (dataUrl !== null) {
      start({ kind: 'url', url: dataUrl });
      return;
    }
    // Back or Forward to an address without `data=`: the built-in dataset, with that address's view.
    stopLive();
    openWithPendingView(builtinDataset, null, null);
  };
  store.subscribe(follow);
  follow(store.getState());

  return {
    builtinDataset,
    openFile: (file) => start({ kind: 'file', file }),
    cancel,
    returnToBuiltin: () => {
      cancel();
      store.getState().openDataset({ dataset: builtinDataset });
    },
  };
}
