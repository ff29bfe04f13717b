import { ImportReportPanel } from './ImportReportPanel';
import { LoadStatus } from './LoadStatus';
import './loading.css';

/**
 * Above the events: the progress of a load (with Cancel) and what the last import left out. It only renders:
 * the loading itself is dataset-loading.ts, and the commands are in the Data menu.
 */
export function DatasetStatus() {
  return (
    <>
      <LoadStatus />
      <ImportReportPanel />
    </>
  );
}
