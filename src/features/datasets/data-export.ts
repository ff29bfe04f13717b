import { exportDatasetJson, exportEventsCsv, fileStem } from '../../domain/export/export-dataset';
import type { AppState } from '../../state/app-store';
import { selectVisibleEvents } from '../../state/selectors';

export type ExportFormat = 'csv' | 'json';

function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click has started the download; the URL is not needed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves the filtered events: as CSV for spreadsheets, or as a dataset that imports back unchanged. */
export function exportShownEvents(state: AppState, format: ExportFormat): void {
  const events = selectVisibleEvents(state);
  const stem = fileStem(state.dataset.title);
  if (format === 'csv')
    download(exportEventsCsv(state.dataset, events), `${stem}.csv`, 'text/csv;charset=utf-8');
  else download(exportDatasetJson(state.dataset, events), `${stem}.json`, 'application/json');
}
