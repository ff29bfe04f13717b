import { formatCount } from '../../domain/count-format';
import { describePrecision, formatEdtf } from '../../domain/date-format';
import { isDrawable } from '../../domain/event-index';
import { formatLocation } from '../../domain/location-format';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { ReportedRow } from './ReportedRow';

/** The facts of an event: when, how precisely and how we know, where, who, what it cost, what goes with it. */
export function EventFacts({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  return (
    <dl className="event-facts">
      <div>
        <dt>When</dt>
        <dd>
          <WhenText event={event} />
        </dd>
      </div>
      <div>
        <dt>Date precision</dt>
        <dd>{describePrecision(event.date)}</dd>
      </div>
      <div>
        <dt>How we know the date</dt>
        <dd>{event.dateBasis}</dd>
      </div>
      <ReportedRow event={event} dataset={dataset} />
      {(event.place || event.location) && (
        <div>
          <dt>Where</dt>
          <dd>
            {event.place}
            {event.location && <span className="fact-note">{formatLocation(event.location)}</span>}
          </dd>
        </div>
      )}
      {event.actors.length > 0 && (
        <div>
          <dt>Who</dt>
          <dd>
            <ul className="event-actors">
              {event.actors.map(({ actorId, role }, index) => (
                <li key={`${actorId}:${index}`}>
                  {dataset.actorById.get(actorId)?.name ?? actorId}
                  {role && <span className="actor-role"> — {role}</span>}
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      {event.fatalities !== undefined && (
        <div>
          <dt>Reported fatalities</dt>
          <dd>{formatCount(event.fatalities)}</dd>
        </div>
      )}
      {event.attribution && (
        <div>
          <dt>Attribution</dt>
          <dd>{event.attribution}</dd>
        </div>
      )}
      <MediaRow event={event} />
      <LinksRow event={event} />
    </dl>
  );
}

/** The date as the source words it where it gives words, then as drawn; a note where it cannot be drawn. */
function WhenText({ event }: { event: TimelineEvent }) {
  const drawn = formatEdtf(event.date);
  return (
    <>
      <time dateTime={event.date.text}>{event.displayDate ?? drawn}</time>
      {event.displayDate && <span className="fact-note">As dated on the timeline: {drawn}</span>}
      {!isDrawable(event.date) && (
        <span className="fact-note">
          Too far from today for the timeline to draw: this event is in the list only.
        </span>
      )}
    </>
  );
}

function MediaRow({ event }: { event: TimelineEvent }) {
  const { media } = event;
  if (!media) return null;
  const label = media.caption ?? media.url;
  return (
    <div>
      <dt>Media</dt>
      <dd>
        {media.url ? (
          <a href={media.url} target="_blank" rel="noopener noreferrer">
            {label}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          label
        )}
        {media.credit && <span className="fact-note">Credit: {media.credit}</span>}
      </dd>
    </div>
  );
}

function LinksRow({ event }: { event: TimelineEvent }) {
  if (!event.links?.length) return null;
  return (
    <div>
      <dt>Links in the text</dt>
      <dd>
        <ul className="event-links">
          {event.links.map((link, index) => (
            <li key={index}>
              <a href={link.url} target="_blank" rel="noopener noreferrer">
                {link.text ?? link.url}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
              {link.text && <span className="fact-note">{link.url}</span>}
            </li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
