import type { ChangeEvent } from 'react';
import { useDatasetLoading } from './loading-context';

/** "Open a dataset…": the file picker, styled as a button. */
export function OpenFileButton() {
  const { openFile } = useDatasetLoading();
  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    event.target.value = '';
    if (file) openFile(file);
  };
  return (
    <label className="file-button">
      <input type="file" accept=".json,.csv,application/json,text/csv" onChange={onFileChosen} />
      Open a dataset…
    </label>
  );
}
