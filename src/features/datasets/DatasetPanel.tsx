import { selectOpening } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { ExportButtons } from './ExportButtons';
import { FileDropOverlay } from './FileDropOverlay';
import { ImportReportPanel } from './ImportReportPanel';
import { LoadStatus } from './LoadStatus';
import { OpenFileButton } from './OpenFileButton';
import { ReturnToBuiltinButton } from './ReturnToBuiltinButton';
import './loading.css';

/**
 * Region "Data": opening a file (picker or drop anywhere on the page), the progress of a load with Cancel,
 * exports, the way back to the built-in dataset and what the last import left out. It only renders: the
 * loading itself is dataset-loading.ts.
 */
export function DatasetPanel() {
  const opening = useAppState(selectOpening);
  return (
    <section className="dataset-panel" aria-label="Data">
      <div className="dataset-actions">
        <OpenFileButton />
        <span className="dataset-hint">
          JSON (this app’s format or TimelineJS) or an ACLED CSV export; or drop a file on the page.
        </span>
        {!opening && <ExportButtons />}
        <ReturnToBuiltinButton />
      </div>
      <LoadStatus />
      <ImportReportPanel />
      <FileDropOverlay />
    </section>
  );
}
