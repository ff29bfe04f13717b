import { useCallback, useRef } from 'react';
import { FilterPanel } from '../features/filters/FilterPanel';
import { DatasetPanel } from '../features/datasets/DatasetPanel';
import { useDatasetLoading } from '../features/datasets/loading-context';
import { fileNameOf } from '../domain/file-name';
import { NoticeList } from '../features/notices/NoticeList';
import { selectOpening, selectRequestedDataUrl } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { Announcer } from './Announcer';
import { revealAboveSheet } from './bottom-sheet';
import { ErrorBoundary } from './ErrorBoundary';
import { EventsView } from './EventsView';
import { Header } from './Header';
import { ReadingArea } from './ReadingArea';
import { SkipLink } from './SkipLink';
import { REDUCED_MOTION, useMediaQuery } from '../shared/use-media-query';

export function App() {
  const dataset = useAppState((state) => state.dataset);
  const opening = useAppState(selectOpening);
  const requestedUrl = useAppState(selectRequestedDataUrl);
  const openingName = requestedUrl === null ? 'a dataset' : `“${fileNameOf(requestedUrl)}”`;
  const { returnToBuiltin } = useDatasetLoading();
  // The narrow screens' bottom sheet (null on wide screens): a newly selected event must not end up under it.
  const sheetRef = useRef<HTMLDivElement>(null);
  const reducedMotion = useMediaQuery(REDUCED_MOTION);
  const onSelectionShown = useCallback(
    (element: HTMLElement) => {
      if (sheetRef.current) revealAboveSheet(element, sheetRef.current, reducedMotion ? 'auto' : 'smooth');
    },
    [reducedMotion],
  );
  return (
    <div className="app-shell">
      <SkipLink />
      <Header dataset={dataset} opening={opening ? openingName : null} />
      <DatasetPanel />
      <NoticeList />
      <ErrorBoundary onRecover={returnToBuiltin}>
        <main id="main" className="app-main">
          {!opening && <FilterPanel />}
          <EventsView onSelectionShown={onSelectionShown} />
          {!opening && <ReadingArea sheetRef={sheetRef} />}
        </main>
      </ErrorBoundary>
      <footer className="site-footer">
        <p>
          Every event links to the exact passage it comes from. Dates are shown as precisely as the source
          gives them, and no more.
        </p>
      </footer>
      <Announcer />
    </div>
  );
}
