import { exportDatasetJson, exportEventsCsv, fileStem } from '../../domain/export/export-dataset';
import { downloadFile as download } from '../../shared/download-file';
import { selectVisibleEvents } from '../../state/selectors';
import { useAppState, useAppStoreApi } from '../../state/store-context';

/** Takes the filtered events out again: as CSV for spreadsheets, or as a dataset that imports back unchanged. */
export function ExportButtons() {
  const store = useAppStoreApi();
  const shown = useAppState((state) => selectVisibleEvents(state).length);
  const exportAs = (format: 'csv' | 'json') => {
    const state = store.getState();
    const events = selectVisibleEvents(state);
    const stem = fileStem(state.dataset.title);
    if (format === 'csv')
      download(exportEventsCsv(state.dataset, events), `${stem}.csv`, 'text/csv;charset=utf-8');
    else download(exportDatasetJson(state.dataset, events), `${stem}.json`, 'application/json');
  };
  return (
    <div className="export-buttons" role="group" aria-label="Export">
      <button type="button" className="action-button" disabled={shown === 0} onClick={() => exportAs('csv')}>
        Export {shown.toLocaleString('en')} events as CSV
      </button>
      <button type="button" className="action-button" disabled={shown === 0} onClick={() => exportAs('json')}>
        Export as dataset (JSON)
      </button>
    </div>
  );
}
