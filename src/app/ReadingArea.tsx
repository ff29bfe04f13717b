import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { isTextField } from '../domain/shortcuts';
import { EventDetails } from '../features/event-details/EventDetails';
import { SourceReader, type PassageRequest } from '../features/source-reader/SourceReader';
import { useAppState } from '../state/store-context';
import type { View } from '../url/view-params';
import { useSheetHeight } from './bottom-sheet';
import { ReadingTabs, type Tab } from './ReadingTabs';
import { useMediaQuery, WIDE_LAYOUT } from '../shared/use-media-query';
import './reading-area.css';

/*
 * The event's details and the source it comes from. Wide screens show both side by side below the events.
 * Narrow ones show them in a sheet fixed to the foot of the window, one at a time as tabs (WAI-ARIA tabs
 * pattern); `view=source` is the Source tab, so a tab is a choice in the URL and Back undoes it. The sheet
 * is open while an event is selected or the Source tab is chosen, and otherwise shrinks to its tabs, so the
 * events above stay in sight. It is no dialog: the events stay usable, and choosing another updates it.
 * The two features meet here: a passage chosen in the reader selects its event, and "Show in the article"
 * in the details opens the passage in the reader.
 */
export function ReadingArea({ sheetRef }: { sheetRef: RefObject<HTMLDivElement | null> }) {
  const wide = useMediaQuery(WIDE_LAYOUT);
  const view = useAppState((state) => state.view);
  const selectedEventId = useAppState((state) => state.selectedEventId);
  const setView = useAppState((state) => state.setView);
  const selectEvent = useAppState((state) => state.selectEvent);
  const showEvent = useAppState((state) => state.showEvent);
  const closeEvent = useAppState((state) => state.closeEvent);
  const [passageRequest, setPassageRequest] = useState<PassageRequest | null>(null);
  // What the upper area showed before the Source tab (timeline or list): the Details tab goes back to it.
  const [upperView, setUpperView] = useState<View>(view === 'source' ? 'timeline' : view);
  if (view !== 'source' && view !== upperView) setUpperView(view);

  // A tab chosen while nothing is selected opens the sheet too (the details then say how to select). That
  // is no choice worth a URL, so it is kept here, and given up once an event is selected or let go.
  const [tabOpened, setTabOpened] = useState(false);
  const [seenSelection, setSeenSelection] = useState(selectedEventId);
  if (seenSelection !== selectedEventId) {
    setSeenSelection(selectedEventId);
    setTabOpened(false);
  }
  const open = wide || selectedEventId !== null || view === 'source' || tabOpened;

  const tab: Tab = view === 'source' ? 'source' : 'details';
  const ids = { details: useId(), source: useId() };
  const detailsRef = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const focusDetails = useRef(false);
  const returnFocusTo = useRef<string | null | undefined>(undefined);
  useSheetHeight(sheetRef, !wide, open);

  const chooseTab = (next: Tab) => {
    setTabOpened(true);
    if (next !== tab) setView(next === 'source' ? 'source' : upperView);
  };

  const close = () => {
    setTabOpened(false);
    if (selectedEventId !== null || view === 'source') closeEvent(upperView);
    returnFocusTo.current = selectedEventId;
  };

  // Focus leaves the closed sheet for the event it showed, on the timeline or in the list, where the arrow
  // keys go on from; failing that (the view changed, or nothing was selected) for the sheet's tab.
  useEffect(() => {
    const eventId = returnFocusTo.current;
    if (eventId === undefined || open) return;
    returnFocusTo.current = undefined;
    const shown =
      eventId === null
        ? null
        : document.querySelector<HTMLElement>(`.events-view [data-event-id="${CSS.escape(eventId)}"]`);
    (shown ?? tabRefs.current[tab])?.focus({ preventScroll: true });
  }, [open, tab]);

  const onSheetKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !open) return;
    if (isTextField(event.target as HTMLElement & { type?: string })) return;
    event.preventDefault();
    close();
  };

  const onChooseEvent = useCallback(
    (eventId: string) => {
      if (wide) {
        selectEvent(eventId);
        return;
      }
      // On a narrow screen the event is on the other tab: go there, in one Back step, and take focus along.
      focusDetails.current = true;
      showEvent(eventId, upperView);
    },
    [wide, selectEvent, showEvent, upperView],
  );

  const onShowPassage = useCallback(
    (request: PassageRequest) => {
      if (!wide) setView('source');
      setPassageRequest({ ...request });
    },
    [wide, setView],
  );

  // In the sheet the details scroll on their own: another event starts at its title, not where the last
  // one was left.
  useLayoutEffect(() => {
    if (!wide) detailsRef.current?.scrollTo({ top: 0 });
  }, [wide, selectedEventId]);

  useEffect(() => {
    if (wide || !focusDetails.current || tab !== 'details') return;
    focusDetails.current = false;
    detailsRef.current?.focus({ preventScroll: true });
  }, [wide, tab]);

  const panel = (name: Tab) =>
    wide
      ? {}
      : {
          role: 'tabpanel',
          id: `${ids[name]}-panel`,
          'aria-labelledby': `${ids[name]}-tab`,
          tabIndex: 0,
          hidden: !open || tab !== name,
        };

  return (
    <div
      ref={wide ? undefined : sheetRef}
      className={`reading-area ${wide ? 'is-wide' : `is-sheet ${open ? 'is-open' : 'is-peek'}`}`}
      onKeyDown={wide ? undefined : onSheetKeyDown}
    >
      {!wide && (
        <ReadingTabs ids={ids} tab={tab} open={open} tabRefs={tabRefs} onChoose={chooseTab} onClose={close} />
      )}
      <div ref={detailsRef} className="reading-panel is-details" {...panel('details')}>
        <EventDetails onShowPassage={onShowPassage} />
      </div>
      <div className="reading-panel is-source" {...panel('source')}>
        <SourceReader
          layout={wide ? 'pane' : 'sheet'}
          visible={open && (wide || tab === 'source')}
          onChooseEvent={onChooseEvent}
          passageRequest={passageRequest}
        />
      </div>
    </div>
  );
}
