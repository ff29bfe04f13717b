import { useCallback, useRef } from 'react';
import { fileNameOf } from '../domain/file-name';
import { DatasetStatus } from '../features/datasets/DatasetStatus';
import { FileDropOverlay } from '../features/datasets/FileDropOverlay';
import { useDatasetLoading } from '../features/datasets/loading-context';
import { FilterPanel, FilterStatus } from '../features/filters/FilterPanel';
import { NoticeList } from '../features/notices/NoticeList';
import { REDUCED_MOTION, useMediaQuery, WIDE_LAYOUT } from '../shared/use-media-query';
import { selectOpening, selectRequestedDataUrl } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { Announcer } from './Announcer';
import { revealAboveSheet } from './bottom-sheet';
import { ErrorBoundary } from './ErrorBoundary';
import { EventsView } from './EventsView';
import { Header } from './Header';
import { ReadingArea } from './ReadingArea';
import { SkipLink } from './SkipLink';
import './app-layout.css';

/*
 * The page, timeline first. Wide screens: a compact header, the filters in a column at the left that stays in
 * view, and the main column with what needs attention (notices, a load, an import report), the events, then
 * the details and the source side by side. Narrow screens: the filters open from the header in a dialog, and
 * the details and source are a sheet at the foot of the window.
 */
export function App({ firstPaint = null }: { firstPaint?: HTMLElement | null }) {
  const dataset = useAppState((state) => state.dataset);
  const opening = useAppState(selectOpening);
  const requestedUrl = useAppState(selectRequestedDataUrl);
  const openingName = requestedUrl === null ? 'a dataset' : `“${fileNameOf(requestedUrl)}”`;
  const { returnToBuiltin } = useDatasetLoading();
  const wide = useMediaQuery(WIDE_LAYOUT);
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
      <Header dataset={dataset} opening={opening ? openingName : null} narrow={!wide} />
      <ErrorBoundary onRecover={returnToBuiltin}>
        <main id="main" className={`app-main ${wide ? 'is-wide' : 'is-narrow'}`}>
          {wide && !opening && (
            <aside className="filter-column">
              <FilterPanel />
            </aside>
          )}
          <div className="main-column">
            <NoticeList />
            <DatasetStatus />
            <EventsView
              onSelectionShown={onSelectionShown}
              status={wide ? null : <FilterStatus />}
              firstPaint={firstPaint}
            />
            {!opening && <ReadingArea sheetRef={sheetRef} />}
          </div>
        </main>
      </ErrorBoundary>
      <footer className="site-footer">
        <p>
          Every event links to the exact passage it comes from. Dates are shown as precisely as the source
          gives them, and no more.
        </p>
      </footer>
      <FileDropOverlay />
      <Announcer />
    </div>
  );
}
