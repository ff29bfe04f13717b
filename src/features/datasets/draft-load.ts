import { draftTitle, type DraftStorage } from '../../shared/draft-storage';
import type { LoadHandle, LoadOutcome, LoadStarter } from './load-dataset';
import type { LoadRequest } from './load-messages';

/*
 * A `?draft=<id>` link opens a draft the editor keeps on this device (IndexedDB). It is read here and handed to
 * the dataset loader as a file, so that it is checked, and what is left out reported, exactly as a file's.
 * Nothing leaves the device.
 */

export type DatasetRequest = LoadRequest | { readonly kind: 'draft'; readonly id: string };

export const DRAFT_NOT_HERE =
  'not found on this device (a draft stays in the browser that made it: download it from the editor there, then open the file here)';

function failed(name: string, message: string): LoadOutcome {
  return { name, result: { ok: false, problems: [{ path: 'draft', message }] } };
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}

/** `load`, which also opens drafts from `drafts`; a draft the device does not hold fails, saying so. */
export function loadingDrafts(
  drafts: Pick<DraftStorage, 'load'>,
  load: LoadStarter,
): LoadStarter<DatasetRequest> {
  return (request, listeners) => {
    if (request.kind !== 'draft') return load(request, listeners);
    let cancelled = false;
    let fileLoad: LoadHandle | null = null;
    const result = drafts.load(request.id).then(
      (stored): LoadOutcome | Promise<LoadOutcome> => {
        if (cancelled) return 'cancelled';
        if (!stored) return failed(request.id, DRAFT_NOT_HERE);
        const text = JSON.stringify(stored.draft);
        const file = new File([text], draftTitle(stored.draft), { type: 'application/json' });
        fileLoad = load({ kind: 'file', file }, listeners);
        return fileLoad.result;
      },
      (error: unknown) =>
        cancelled ? 'cancelled' : failed(request.id, `could not be read on this device (${reasonOf(error)})`),
    );
    return {
      result,
      cancel: () => {
        cancelled = true;
        fileLoad?.cancel();
      },
    };
  };
}
