import { useMemo } from 'react';
import { categoriesOf } from '../domain/categories';
import { formatEdtf } from '../domain/date-format';
import { RELATION_LABELS } from '../domain/relations';
import { textFragmentUrl } from '../domain/text-fragment';
import type { Dataset, TimelineEvent } from '../domain/types';
import { selectSelectedEvent } from '../state/selectors';
import { useAppState } from '../state/store-context';
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
      <p className="event-kicker">
        <span className={`category-chip category-${category?.slot ?? 0}`}>{category?.label}</span>
      </p>
      <h2 className="event-title">{event.title}</h2>
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
