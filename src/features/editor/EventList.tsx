import { useMemo } from 'react';
import { formatEdtf } from '../../domain/date-format';
import { parseEdtf } from '../../domain/edtf';
import { useEditor, useStores, useWorkspace } from './editor-context';
import { eventEntryId } from './field-ids';

function dateInWords(date: string): string {
  const parsed = parseEdtf(date);
  return parsed.ok ? formatEdtf(parsed.value) : date;
}

/** The draft's events, in the order they were added; choosing one opens it in the form. Each is named by its title. */
export function EventList() {
  const { workspace } = useStores();
  const draft = useEditor((state) => state.draft);
  const openId = useWorkspace((state) => state.form?.eventId ?? null);
  const entries = useMemo(
    () => draft.events.map((event) => ({ event, date: dateInWords(event.date) })),
    [draft.events],
  );
  return (
    <section className="editor-panel" aria-labelledby="editor-events-heading">
      <h2 id="editor-events-heading">Events ({draft.events.length})</h2>
      {entries.length === 0 ? (
        <p className="field-hint">
          None yet: select a passage of the source, then “New event from selection”.
        </p>
      ) : (
        <ul className="event-entries">
          {entries.map(({ event, date }) => (
            <li key={event.id} className={event.id === openId ? 'event-entry is-open' : 'event-entry'}>
              <button
                type="button"
                id={eventEntryId(event.id)}
                className="event-entry-title"
                aria-current={event.id === openId || undefined}
                aria-describedby={`${eventEntryId(event.id)}-meta`}
                onClick={() => workspace.getState().openEvent(draft, event.id)}
              >
                {event.title}
              </button>
              <span id={`${eventEntryId(event.id)}-meta`} className="event-entry-meta">
                {date} · {event.excerpts.length} {event.excerpts.length === 1 ? 'quote' : 'quotes'}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
