import { formatEdtf } from '../../domain/date-format';
import { selectSelectedEvent } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import './event-card.css';

/**
 * The selected event in a few lines, for a frame in another page: its title, date and first quote. Region
 * "Event details" like the full panel, so the same words find it.
 */
export function EventCard() {
  const event = useAppState(selectSelectedEvent);
  const count = useAppState((state) => state.dataset.events.length);
  const [excerpt] = event?.excerpts ?? [];
  return (
    <section className="event-card" aria-label="Event details">
      {event ? (
        <>
          <h2 className="event-card-title">{event.title}</h2>
          <p className="event-card-date">
            <time dateTime={event.date.text}>{formatEdtf(event.date)}</time>
          </p>
          {excerpt && <blockquote className="event-card-quote">{excerpt.exact}</blockquote>}
        </>
      ) : (
        <p className="event-card-empty">Select one of the {count} events on the timeline to read it here.</p>
      )}
    </section>
  );
}
