import { relationGroups } from '../../domain/relations';
import type { Dataset, TimelineEvent } from '../../domain/types';
import { isPlainClick, useEventHref } from '../../shared/event-href';
import { selectIncomingRelations } from '../../state/selectors';
import { useAppState } from '../../state/store-context';

/** "Responds to: …", and the other way round, "Responded to by: …"; each a link that selects the event. */
export function RelatedEvents({ event, dataset }: { event: TimelineEvent; dataset: Dataset }) {
  const incoming = useAppState(selectIncomingRelations);
  const selectEvent = useAppState((state) => state.selectEvent);
  const eventHref = useEventHref();
  const groups = relationGroups(event, incoming);
  if (groups.length === 0) return null;
  return (
    <>
      <h3 className="details-subheading">Related events</h3>
      <dl className="related-events">
        {groups.map(({ label, eventIds }) => (
          <div key={label}>
            <dt className="relation-label">{label}:</dt>
            <dd>
              <ul>
                {eventIds.map((eventId) => (
                  <li key={eventId}>
                    <a
                      href={eventHref(eventId)}
                      onClick={(click) => {
                        if (!isPlainClick(click)) return;
                        click.preventDefault();
                        selectEvent(eventId);
                      }}
                    >
                      {dataset.eventById.get(eventId)?.title ?? eventId}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
