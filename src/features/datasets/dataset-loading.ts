import { FORMAT_NAMES } from '../../domain/import/formats';
import type { ImportResult } from '../../domain/import/import-dataset';
import type { Dataset, Problem } from '../../domain/types';
import type { AppState, AppStore, ImportReport } from '../../state/app-store';
import { reconcileView } from '../../url/reconcile-view';
import { openDraftStorage } from '../../shared/draft-storage';
import { loadingDrafts, type DatasetRequest } from './draft-load';
import { loadDataset, type LoadHandle, type LoadOutcome, type LoadStarter } from './load-dataset';

/*
 * Every way another dataset opens, outside the views: a `?data=` link, a `?draft=` link to a draft the editor
 * keeps on this device, Back and Forward to another dataset or to the built-in one (all arrive as the store's
 * `dataUrl` and `draftId`), a file, Cancel and the way back to the built-in dataset. One load is live at a
 * time; what an older one reports after a newer request or Cancel is ignored.
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
  /** Starts one load; by default the worker, given the drafts on this device as files (draft-load.ts). */
  readonly load?: LoadStarter<DatasetRequest>;
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
  load = loadingDrafts(openDraftStorage(), loadDataset),
}: LoadingSetup): DatasetLoading {
  let live: { readonly request: DatasetRequest; readonly handle: LoadHandle } | null = null;
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
  const openWithPendingView = (dataset: Dataset, report: ImportReport | null, request?: DatasetRequest) => {
    const state = store.getState();
    const { view, notices } = reconcileView({ state: state.pendingView ?? {}, notices: [] }, dataset);
    const loadedFrom = request?.kind === 'url' ? request.url : null;
    const draftId = request?.kind === 'draft' ? request.id : null;
    state.openDataset({ dataset, view, report, loadedFrom, draftId });
    if (notices.length) state.addNotices(notices);
  };

  const finish = (request: DatasetRequest, { name, result }: Exclude<LoadOutcome, 'cancelled'>) => {
    if (result.ok) {
      openWithPendingView(result.dataset, reportOf(name, result), request);
      return;
    }
    const state = store.getState();
    // A link's address goes back to the open dataset; a file was never in it.
    if (request.kind !== 'file') state.cancelDatasetRequest();
    const what =
      request.kind === 'url'
        ? `the dataset at ${request.url}`
        : `${request.kind === 'draft' ? 'the draft ' : ''}“${name}”`;
    state.addNotices([`Could not open ${what}: ${problemText(result.problems.slice(0, 5))}`], 'error');
  };

  const start = (request: DatasetRequest) => {
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
    const requested = state.dataUrl !== state.loadedDataUrl || state.draftId !== state.loadedDraftId;
    if (requested || state.pendingView !== null) state.cancelDatasetRequest();
  };

  let followed: readonly (string | null)[] = [];
  const follow = ({ dataUrl, loadedDataUrl, draftId, loadedDraftId }: AppState) => {
    const requested = [dataUrl, loadedDataUrl, draftId, loadedDraftId];
    if (requested.every((value, index) => value === followed[index])) return;
    followed = requested;
    if (dataUrl === loadedDataUrl && draftId === loadedDraftId) {
      // Back or Forward to the open dataset's address while a link was loading: that link is no longer asked for.
      if (live !== null && live.request.kind !== 'file') cancel();
      return;
    }
    if (draftId !== null) start({ kind: 'draft', id: draftId });
    else if (dataUrl !== null) start({ kind: 'url', url: dataUrl });
    else {
      // Back or Forward to an address without `data=` or `draft=`: the built-in dataset, with its view.
      stopLive();
      openWithPendingView(builtinDataset, null);
    }
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
