import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { EventDetails } from '../event-details/EventDetails';
import { SourceReader, type PassageRequest } from '../source-reader/SourceReader';
import { useAppState } from '../state/store-context';
import type { View } from '../url/view-params';
import { useMediaQuery, WIDE_LAYOUT } from './use-media-query';

type Tab = 'details' | 'source';

/*
 * Below the timeline: the event's details and the source it comes from. Wide screens show both side by
 * side; narrow ones show one at a time as tabs (WAI-ARIA tabs pattern), and `view=source` is the Source tab,
 * so a tab is a choice in the URL and Back undoes it. The two features meet here: a passage chosen in the
 * reader selects its event, and "Show in the article" in the details opens the passage in the reader.
 */
export function ReadingArea() {
  const wide = useMediaQuery(WIDE_LAYOUT);
  const view = useAppState((state) => state.view);
  const hasSelection = useAppState((state) => state.selectedEventId !== null);
  const setView = useAppState((state) => state.setView);
  const selectEvent = useAppState((state) => state.selectEvent);
  const showEvent = useAppState((state) => state.showEvent);
  const [passageRequest, setPassageRequest] = useState<PassageRequest | null>(null);
  // What the upper area showed before the Source tab (timeline or list): the Details tab goes back to it.
  const [upperView, setUpperView] = useState<View>(view === 'source' ? 'timeline' : view);
  if (view !== 'source' && view !== upperView) setUpperView(view);

  const tab: Tab = view === 'source' ? 'source' : 'details';
  const ids = { details: useId(), source: useId() };
  const areaRef = useRef<HTMLDivElement>(null);
  const detailsRef = useRef<HTMLDivElement>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const focusDetails = useRef(false);

  const chooseTab = (next: Tab) => {
    if (next !== tab) setView(next === 'source' ? 'source' : upperView);
  };

  const onTabKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const order: Tab[] = ['details', 'source'];
    const index = order.indexOf(tab);
    const next = {
      ArrowLeft: order[(index + order.length - 1) % order.length],
      ArrowRight: order[(index + 1) % order.length],
      Home: order[0],
      End: order.at(-1),
    }[event.key];
    if (!next) return;
    event.preventDefault();
    chooseTab(next);
    tabRefs.current[next]?.focus();
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

  // A tab switch deep down a long article starts the new tab at its top, not somewhere in its middle. The
  // reader scrolls to a selected passage itself.
  useEffect(() => {
    const area = areaRef.current;
    if (wide || !area || (tab === 'source' && hasSelection)) return;
    if (area.getBoundingClientRect().top < 0) area.scrollIntoView({ block: 'start' });
    if (focusDetails.current && tab === 'details') {
      focusDetails.current = false;
      detailsRef.current?.focus({ preventScroll: true });
    }
  }, [wide, tab, hasSelection]);

  const panel = (name: Tab) =>
    wide
      ? {}
      : {
          role: 'tabpanel',
          id: `${ids[name]}-panel`,
          'aria-labelledby': `${ids[name]}-tab`,
          tabIndex: 0,
          hidden: tab !== name,
        };

  return (
    <div ref={areaRef} className={`reading-area ${wide ? 'is-wide' : 'is-narrow'}`}>
      {!wide && (
        <div
          className="reading-tabs"
          role="tablist"
          aria-label="Event details and source"
          onKeyDown={onTabKeyDown}
        >
          {(['details', 'source'] as const).map((name) => (
            <button
              key={name}
              ref={(button) => {
                tabRefs.current[name] = button;
              }}
              type="button"
              role="tab"
              id={`${ids[name]}-tab`}
              aria-controls={`${ids[name]}-panel`}
              aria-selected={tab === name}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => chooseTab(name)}
            >
              {name === 'details' ? 'Event details' : 'Source'}
            </button>
          ))}
        </div>
      )}
      <div ref={detailsRef} className="reading-panel" {...panel('details')}>
        <EventDetails onShowPassage={onShowPassage} />
      </div>
      <div className="reading-panel" {...panel('source')}>
        <SourceReader
          layout={wide ? 'pane' : 'page'}
          visible={wide || tab === 'source'}
          onChooseEvent={onChooseEvent}
          passageRequest={passageRequest}
        />
      </div>
    </div>
  );
}
