import { exportDatasetJson, exportEventsCsv, fileStem } from '../../domain/export/export-dataset';
import { downloadFile } from '../../shared/download-file';
import type { AppState } from '../../state/app-store';
import { selectVisibleEvents } from '../../state/selectors';

export type ExportFormat = 'csv' | 'json';

/** Saves the filtered events: as CSV for spreadsheets, or as a dataset that imports back unchanged. */
export function exportShownEvents(state: AppState, format: ExportFormat): void {
  const events = selectVisibleEvents(state);
  const stem = fileStem(state.dataset.title);
  if (format === 'csv')
    downloadFile(exportEventsCsv(state.dataset, events), `${stem}.csv`, 'text/csv;charset=utf-8');
  else downloadFile(exportDatasetJson(state.dataset, events), `${stem}.json`, 'application/json');
}
