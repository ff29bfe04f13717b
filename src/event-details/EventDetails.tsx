import { useMemo } from 'react';
import { categoriesOf } from '../domain/categories';
import { formatEdtf } from '../domain/date-format';
import { RELATION_LABELS } from '../domain/relations';
import { textFragmentUrl } from '../domain/text-fragment';
import type { Dataset, TimelineEvent } from '../domain/types';
import { adjacentEvent } from '../domain/filter-events';
import { selectSelectedEvent, selectSelectedIsHidden, selectVisibleEvents } from '../state/selectors';
import { useAppState } from '../state/store-context';
import { ShareLink } from './ShareLink';
import './event-details.css';

/** Region "Event details": what happened, when and how we know, who, and the exact words of the source. */
export function EventDetails() {
  const dataset = useAppState((state) => state.dataset);
  const event = useAppState(selectSelectedEvent);
  return (
    <section className="event-details" aria-label="Event details">
      {event ? (
        <EventRecord event={event} dataset={dataset} />
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

function EventRecord({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
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
      <dl className="event-facts">
        <div>
          <dt>When</dt>
          <dd>
            <time dateTime={event.date.text}>{formatEdtf(event.date)}</time>
          </dd>
        </div>
        <div>
          <dt>How we know the date</dt>
          <dd>{event.dateBasis}</dd>
        </div>
        {event.place && (
          <div>
            <dt>Where</dt>
            <dd>{event.place}</dd>
          </div>
        )}
        <div>
          <dt>Who</dt>
          <dd>
            <ul className="event-actors">
              {event.actors.map(({ actorId, role }) => (
                <li key={actorId}>
                  {dataset.actorById.get(actorId)?.name ?? actorId}
                  {role && <span className="actor-role"> — {role}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {event.attribution && (
          <div>
            <dt>According to</dt>
            <dd>{event.attribution}</dd>
          </div>
        )}
      </dl>
      <p className="event-summary">{event.summary}</p>
      <h3 className="details-subheading">From the source</h3>
      {event.excerpts.map((excerpt) => {
        const source = dataset.sourceById.get(excerpt.sourceId);
        return (
          <figure className="excerpt" key={`${excerpt.sourceId}:${excerpt.start}`}>
            <blockquote cite={source?.url}>{excerpt.exact}</blockquote>
            {source && (
              <figcaption>
                <cite>{source.title}</cite>, {source.publisher}.{' '}
                <a href={textFragmentUrl(source.url, excerpt)} target="_blank" rel="noopener noreferrer">
                  Open this passage in the original
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              </figcaption>
            )}
          </figure>
        );
      })}
      <RelatedEvents event={event} dataset={dataset} />
    </article>
  );
}

function RelatedEvents({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const selectEvent = useAppState((state) => state.selectEvent);
  if (event.related.length === 0) return null;
  return (
    <>
      <h3 className="details-subheading">Related events</h3>
      <ul className="related-events">
        {event.related.map(({ eventId, relation }) => (
          <li key={`${relation}:${eventId}`}>
            <span className="relation-label">{RELATION_LABELS[relation]}:</span>{' '}
            <button type="button" className="link-button" onClick={() => selectEvent(eventId)}>
              {dataset.eventById.get(eventId)?.title ?? eventId}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

function HiddenByFilters({ eventId }: { eventId: string }) {
  const hidden = useAppState(selectSelectedIsHidden);
  const revealEvent = useAppState((state) => state.revealEvent);
  if (!hidden) return null;
  return (
    <div className="hidden-notice" role="note">
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
