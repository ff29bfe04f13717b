import { formatCount } from '../../domain/count-format';
import type { LoadProgress } from '../../state/app-store';
import { useAppState } from '../../state/store-context';
import { useDatasetLoading } from './loading-context';

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
  if (phase === 'checking') return `${label}: ${formatCount(done)} of ${formatCount(total)}`;
  return total > 0 ? `${label}: ${megabytes(done)} of ${megabytes(total)}` : `${label}: ${megabytes(done)}`;
}

/** How far the load under way has got, with Cancel; an empty live region while nothing loads. */
export function LoadStatus() {
  const { cancel } = useDatasetLoading();
  const progress = useAppState((state) => state.loadProgress);
  return (
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
  );
}
