import { useState } from 'react';
import { EventCard } from '../features/event-details/EventCard';
import { TimelineView } from '../features/timeline/TimelineView';
import { selectAddress } from '../state/selectors';
import { useAppState } from '../state/store-context';
import './embed-page.css';

/** Room the timeline leaves, in px, for its toolbar and the event below it; more on a narrow frame. */
const AROUND_TIMELINE = { wide: 250, narrow: 300 };
const NARROW_FRAME = 480;
const MIN_TIMELINE = 110;

/** How tall the timeline may be so that it and the event fit the frame without scrolling. */
function frameHeights(): { min: number; max: number } {
  const around = window.innerWidth < NARROW_FRAME ? AROUND_TIMELINE.narrow : AROUND_TIMELINE.wide;
  const max = Math.max(MIN_TIMELINE, window.innerHeight - around);
  return { min: Math.min(max, MIN_TIMELINE), max };
}

/**
 * The page inside a host's `<iframe>` (/embed/): the timeline and the selected event's title, date and first
 * quote, with a link to the same view in the full app. No header, filters or Data menu: the frame is small
 * and the host's page is around it.
 */
export function EmbedPage() {
  const [heights] = useState(frameHeights);
  const fullView = useAppState((state) => selectAddress(state));
  const datasetTitle = useAppState((state) => state.dataset.title);
  return (
    <main className="embed-page">
      <h1 className="visually-hidden">{datasetTitle}</h1>
      <TimelineView heights={heights} compact offersList={false} />
      <div className="embed-event">
        <EventCard />
        <a className="embed-full-view" href={fullView} target="_blank" rel="noopener">
          Open in full view<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
    </main>
  );
}
