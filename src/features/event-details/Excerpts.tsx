import { QUOTE_STATUS_TEXT, quoteStatus } from '../../domain/provenance';
import { textFragmentUrl } from '../../domain/text-fragment';
import type { Dataset, QuoteNotFound, TimelineEvent } from '../../domain/types';
import { isPlainClick, useEventHref } from '../../shared/event-href';

/** Asks for one of the event's passages to be shown in the source reader. */
export interface ShowPassage {
  (request: { eventId: string; excerptIndex: number; sourceId: string }): void;
}

/**
 * The event's quotes, word for word, each linked to the original page and to its place in the reader. Quotes
 * not found in their source are shown too, marked, and never linked as if they were there.
 */
export function Excerpts({
  event,
  dataset,
  onShowPassage,
}: {
  event: TimelineEvent;
  dataset: Dataset;
  onShowPassage?: ShowPassage;
}) {
  const eventHref = useEventHref();
  const several = event.excerpts.length > 1;
  return (
    <>
      <h3 className="details-subheading">From the source</h3>
      <UnverifiedNote event={event} />
      {event.excerpts.map((excerpt, excerptIndex) => {
        const source = dataset.sourceById.get(excerpt.sourceId);
        const which = several ? `passage ${excerptIndex + 1} of ${event.excerpts.length}` : '';
        return (
          <figure className="excerpt" key={`${excerpt.sourceId}:${excerpt.start}`}>
            <blockquote cite={source?.url}>{excerpt.exact}</blockquote>
            {source && (
              <figcaption>
                <cite>{source.title}</cite>, {source.publisher}.{' '}
                <span className="excerpt-links">
                  {onShowPassage && (
                    <a
                      href={eventHref(event.id, 'source')}
                      onClick={(click) => {
                        if (!isPlainClick(click)) return;
                        click.preventDefault();
                        onShowPassage({ eventId: event.id, excerptIndex, sourceId: excerpt.sourceId });
                      }}
                    >
                      Show in the article
                      {which && <span className="visually-hidden"> ({which})</span>}
                    </a>
                  )}
                  {source.url !== undefined && (
                    <a
                      href={textFragmentUrl(source.url, excerpt, { text: source.text, start: excerpt.start })}
                      target="_blank"
                      rel="noopener noreferrer"
                    >
                      Open this passage in the original
                      <span className="visually-hidden">
                        {' '}
                        ({which ? `${which}, ` : ''}opens in a new tab)
                      </span>
                    </a>
                  )}
                </span>
              </figcaption>
            )}
          </figure>
        );
      })}
      {event.quotesNotFound?.map((quote, index) => (
        <QuoteNotFoundFigure key={index} quote={quote} dataset={dataset} />
      ))}
    </>
  );
}

/** Said first where the event's words are not checked against a source. */
function UnverifiedNote({ event }: { event: TimelineEvent }) {
  const status = quoteStatus(event);
  if (status === 'verified') return null;
  const text = QUOTE_STATUS_TEXT[status];
  return (
    <p className="quote-warning notice-box" role="note">
      <strong>{text.charAt(0).toUpperCase() + text.slice(1)}.</strong> This event is not verified against its
      source.
    </p>
  );
}

function QuoteNotFoundFigure({ quote, dataset }: { quote: QuoteNotFound; dataset: Dataset }) {
  const source = dataset.sourceById.get(quote.sourceId);
  return (
    <figure className="excerpt is-not-found">
      <blockquote>{quote.exact}</blockquote>
      <figcaption>
        <span className="quote-flag">{QUOTE_STATUS_TEXT['not-found']}</span>:{' '}
        {source ? (
          <>
            <cite>{source.title}</cite>, {source.publisher}.
          </>
        ) : (
          `the dataset has no source “${quote.sourceId}”.`
        )}
      </figcaption>
    </figure>
  );
}
