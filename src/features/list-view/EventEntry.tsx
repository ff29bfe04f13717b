import type { ReactNode } from 'react';
import { formatEdtf } from '../../domain/date-format';
import { isDrawable } from '../../domain/event-index';
import { QUOTE_STATUS_TEXT, quoteStatus } from '../../domain/provenance';
import { textFragmentUrl } from '../../domain/text-fragment';
import type { Dataset, TimelineEvent } from '../../domain/types';
import './event-entry.css';

/**
 * One event as the list and the printout show it: title, date (as the source words it, where it does), actors,
 * summary and quotes, and a flag where its quotes were not found in their source. The list passes the title as
 * a button and shows the first quote; the printout passes plain text and shows every quote with a link to its
 * passage in the original.
 */
export function EventEntry({
  event,
  dataset,
  title,
  allQuotes = false,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  title: ReactNode;
  allQuotes?: boolean;
}) {
  const excerpts = allQuotes ? event.excerpts : event.excerpts.slice(0, 1);
  const actors = event.actors.map(({ actorId }) => dataset.actorById.get(actorId)?.name ?? actorId);
  const status = quoteStatus(event);
  const notFound = allQuotes || excerpts.length === 0 ? (event.quotesNotFound ?? []) : [];
  return (
    <>
      {title}
      {status !== 'verified' && <p className="entry-flag">{QUOTE_STATUS_TEXT[status]}</p>}
      <p className="entry-meta">
        <time dateTime={event.date.text}>{event.displayDate ?? formatEdtf(event.date)}</time>
        {!isDrawable(event.date) && <span> (not on the timeline: too far from today to draw)</span>}
        {actors.length > 0 && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">. Actors: </span>
            <span className="entry-actors">{actors.join(', ')}</span>
          </>
        )}
      </p>
      <p className="entry-summary">{event.summary}</p>
      {excerpts.map((excerpt) => {
        const source = dataset.sourceById.get(excerpt.sourceId);
        return (
          <figure className="entry-quote" key={`${excerpt.sourceId}:${excerpt.start}`}>
            <blockquote cite={source?.url}>{excerpt.exact}</blockquote>
            {allQuotes && source && (
              <figcaption>
                <cite>{source.title}</cite>, {source.publisher}
                {source.url !== undefined && (
                  <>
                    : <a href={textFragmentUrl(source.url, excerpt)}>the passage in the original</a>
                  </>
                )}
              </figcaption>
            )}
          </figure>
        );
      })}
      {notFound.map((quote, index) => (
        <figure className="entry-quote is-not-found" key={`not-found:${index}`}>
          <blockquote>{quote.exact}</blockquote>
        </figure>
      ))}
    </>
  );
}
