import { useEffect, useState } from 'react';
import { formatEdtf } from '../domain/date-format';
import { describeFilterResult } from '../domain/filter-summary';
import { selectSelectedEvent, selectVisibleEvents } from '../state/selectors';
import { useAppState } from '../state/store-context';

/** Filters often change in bursts (ticking boxes, typing): the count is read out once they rest this long. */
export const FILTER_SETTLE_MS = 700;

/**
 * The page's one polite live region: what a screen reader hears without moving focus. It says which event
 * was selected, from anywhere (timeline, list, step buttons, Back), and how many events the filters show
 * once they settle. Nothing is said on opening the page.
 */
export function Announcer() {
  const selected = useAppState(selectSelectedEvent);
  const visibleEvents = useAppState(selectVisibleEvents);
  const total = useAppState((state) => state.dataset.events.length);
  const [message, setMessage] = useState('');

  const [lastSelected, setLastSelected] = useState(selected);
  if (selected !== lastSelected) {
    setLastSelected(selected);
    if (selected) setMessage(`Selected: ${selected.title}, ${formatEdtf(selected.date)}`);
  }

  const [announcedEvents, setAnnouncedEvents] = useState(visibleEvents);
  useEffect(() => {
    if (visibleEvents === announcedEvents) return;
    const timer = setTimeout(() => {
      setAnnouncedEvents(visibleEvents);
      setMessage(describeFilterResult(visibleEvents.length, total));
    }, FILTER_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [visibleEvents, announcedEvents, total]);

  return (
    <div className="visually-hidden" role="status" aria-label="Announcements">
      {message}
    </div>
  );
}
