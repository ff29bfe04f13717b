import { useMemo } from 'react';
import { categoriesOf } from '../../domain/categories';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { adjacentEvent } from '../../domain/filter-events';
import { selectSelectedEvent, selectSelectedIsHidden, selectVisibleEvents } from '../../state/selectors';
import { useAppState } from '../../state/store-context';
import { EventFacts } from './EventFacts';
import { Excerpts, type ShowPassage } from './Excerpts';
import { RelatedEvents } from './RelatedEvents';
import { ShareLink } from './ShareLink';
import './event-details.css';

/**
 * Region "Event details": what happened, when and how we know, who, and the exact words of the source.
 * `onShowPassage`, where given, adds a "Show in the article" link to each quote.
 */
export function EventDetails({ onShowPassage }: { onShowPassage?: ShowPassage }) {
  const dataset = useAppState((state) => state.dataset);
  const event = useAppState(selectSelectedEvent);
  return (
    <section className="event-details" aria-label="Event details">
      {event ? (
        <EventRecord event={event} dataset={dataset} onShowPassage={onShowPassage} />
      ) : (
        <EmptyDetails count={dataset.events.length} />
      )}
    </section>
  );
}

function EmptyDetails({ count }: { count: number }) {
  return (
    <div className="details-empty">
      <h2>Event details</h2>
      <p>
        Select one of the {count} events on the timeline to see what happened, when and how that date was
        worked out, who was involved, and the exact passage of the source it comes from.
      </p>
    </div>
  );
}

function EventRecord({
  event,
  dataset,
  onShowPassage,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  onShowPassage: ShowPassage | undefined;
}) {
  const category = useMemo(
    () => categoriesOf(dataset.events).find((info) => info.id === event.category),
    [dataset, event.category],
  );
  return (
    <article className="event-record">
      <HiddenByFilters eventId={event.id} />
      <p className="event-kicker">
        <span className={`category-chip category-${category?.slot ?? 0}`}>{category?.label}</span>
      </p>
      <h2 className="event-title">{event.title}</h2>
      <div className="event-actions">
        <ShareLink title={event.title} />
        <StepButtons />
      </div>
      <EventFacts event={event} dataset={dataset} />
      <p className="event-summary">{event.summary}</p>
      <Excerpts event={event} dataset={dataset} onShowPassage={onShowPassage} />
      <RelatedEvents event={event} dataset={dataset} />
    </article>
  );
}

function HiddenByFilters({ eventId }: { eventId: string }) {
  const hidden = useAppState(selectSelectedIsHidden);
  const revealEvent = useAppState((state) => state.revealEvent);
  if (!hidden) return null;
  return (
    <div className="hidden-notice notice-box" role="note">
      <p>The current filters hide this event on the timeline.</p>
      <button type="button" className="action-button" onClick={() => revealEvent(eventId)}>
        Show it on the timeline
      </button>
    </div>
  );
}

function StepButtons() {
  const visibleEvents = useAppState(selectVisibleEvents);
  const selectedEventId = useAppState((state) => state.selectedEventId);
  const selectEvent = useAppState((state) => state.selectEvent);
  const previous = adjacentEvent(visibleEvents, selectedEventId, 'previous');
  const next = adjacentEvent(visibleEvents, selectedEventId, 'next');
  return (
    <div className="step-buttons" role="group" aria-label="Step through events">
      <button
        type="button"
        className="action-button"
        disabled={!previous}
        onClick={() => previous && selectEvent(previous.id)}
      >
        <span aria-hidden="true">←</span> Previous event
      </button>
      <button
        type="button"
        className="action-button"
        disabled={!next}
        onClick={() => next && selectEvent(next.id)}
      >
        Next event <span aria-hidden="true">→</span>
      </button>
    </div>
  );
}
