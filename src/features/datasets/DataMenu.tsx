import { useRef, type ChangeEvent } from 'react';
import { formatCount } from '../../domain/count-format';
import { MenuButton, type MenuItem } from '../../shared/MenuButton';
import { selectOpening, selectVisibleEvents } from '../../state/selectors';
import { useAppState, useAppStoreApi } from '../../state/store-context';
import { exportShownEvents } from './data-export';
import { useDatasetLoading } from './loading-context';

/** What a file picker takes: this app's datasets and TimelineJS files (JSON), ACLED exports (CSV). */
const ACCEPTED_FILES = '.json,.csv,application/json,text/csv';

/**
 * The header's "Data" menu: open a file, export what the filters show, go back to the built-in dataset, make a
 * timeline of one's own in the editor.
 * Exports wait while another dataset is being opened: they would save the one going.
 */
export function DataMenu() {
  const store = useAppStoreApi();
  const loading = useDatasetLoading();
  const shown = useAppState((state) => selectVisibleEvents(state).length);
  const opening = useAppState(selectOpening);
  const isBuiltin = useAppState((state) => state.dataset === loading.builtinDataset);
  const fileInput = useRef<HTMLInputElement>(null);

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again opens it again.
    event.target.value = '';
    if (file) loading.openFile(file);
  };

  const exportItems: MenuItem[] = opening
    ? []
    : [
        {
          label: `Export ${formatCount(shown)} events as CSV`,
          onSelect: () => exportShownEvents(store.getState(), 'csv'),
          disabled: shown === 0,
        },
        {
          label: 'Export as dataset (JSON)',
          onSelect: () => exportShownEvents(store.getState(), 'json'),
          disabled: shown === 0,
        },
      ];
  const items: MenuItem[] = [
    { label: 'Open a dataset…', onSelect: () => fileInput.current?.click() },
    ...exportItems,
    ...(isBuiltin ? [] : [{ label: 'Back to the built-in dataset', onSelect: loading.returnToBuiltin }]),
    // The editor is a page of its own (edit/index.html), beside this one wherever the app is served.
    { label: 'Make a timeline', href: `${import.meta.env.BASE_URL}edit/` },
  ];

  return (
    <>
      <MenuButton label="Data" items={items} />
      <input
        ref={fileInput}
        type="file"
        accept={ACCEPTED_FILES}
        hidden
        aria-label="Open a dataset…"
        onChange={onFileChosen}
      />
    </>
  );
}
