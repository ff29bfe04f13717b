import { lazy, Suspense, useState, type ReactNode } from 'react';
import { PrintableEvents } from '../features/list-view/PrintableEvents';
import { selectOpening, selectShowsList } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { AdoptedElement } from './AdoptedElement';
import './events-view.css';

/*
 * Both views load after the page's first paint: the header, filters and details show while vis-timeline
 * (most of the app's code) or the list's virtualiser arrive, and a reader who opens only one view never
 * downloads the other.
 */
const TimelineView = lazy(() => loadTimelineView().then((module) => ({ default: module.TimelineView })));

/** The timeline's code; main.tsx asks for it before the app's first render, so that it downloads meanwhile. */
export const loadTimelineView = () => import('../features/timeline/TimelineView');
const ListView = lazy(() =>
  import('../features/list-view/ListView').then((module) => ({ default: module.ListView })),
);

/**
 * The events at the top of the page, as a timeline or as a list (`view=list`), with the switch between them.
 * The "source" view belongs to the page layout and shows the timeline here. Either view hands the element
 * showing a newly selected event to `onSelectionShown`, once it has brought that event into its own view.
 */
export function EventsView({
  onSelectionShown,
  status,
  firstPaint,
}: {
  onSelectionShown: (element: HTMLElement) => void;
  /** Shown at the start of the view switch's row (the narrow layout's "Showing N of M events"). */
  status?: ReactNode;
  /** The built-in dataset's events as the build painted them, kept in the timeline's place until it loads. */
  firstPaint?: HTMLElement | null;
}) {
  const view = useAppState((state) => state.view);
  const showsList = useAppState(selectShowsList);
  const opening = useAppState(selectOpening);
  // Measured while the first paint is still the page's, before the app replaces it.
  const [firstPaintHeight] = useState(() => firstPaint?.offsetHeight);
  const showFirstPaint = firstPaint && !showsList && !opening;
  return (
    <div className="events-view">
      {!opening && (
        <div className="events-bar">
          {status}
          <ViewSwitch />
        </div>
      )}
      <Suspense
        fallback={
          showFirstPaint ? (
            <AdoptedElement element={firstPaint} />
          ) : (
            <p className="events-loading">
              {view === 'list' ? 'Loading the list…' : 'Loading the timeline…'}
            </p>
          )
        }
      >
        {showsList ? (
          <ListView onSelectionShown={onSelectionShown} />
        ) : (
          <TimelineView
            onSelectionShown={onSelectionShown}
            holdHeight={showFirstPaint ? firstPaintHeight : undefined}
          />
        )}
      </Suspense>
      <PrintableEvents />
    </div>
  );
}

function ViewSwitch() {
  const view = useAppState((state) => state.view);
  const setView = useAppState((state) => state.setView);
  const showList = view === 'list';
  return (
    <div className="view-switch" role="group" aria-labelledby="view-switch-label">
      <span id="view-switch-label" className="view-switch-label">
        View
      </span>
      <button type="button" aria-pressed={!showList} onClick={() => showList && setView('timeline')}>
        Timeline
      </button>
      <button type="button" aria-pressed={showList} onClick={() => !showList && setView('list')}>
        List
      </button>
    </div>
  );
}
