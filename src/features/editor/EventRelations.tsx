import { useId, useState } from 'react';
import { addRelation, removeRelation } from '../../domain/editor/draft';
import { RELATION_LABELS } from '../../domain/relations';
import { RELATION_KINDS, type RelationKind } from '../../domain/types';
import { useEditor, useStores } from './editor-context';
import { eventFieldId } from './field-ids';

/** A saved event's relations to other events of the draft, stated and removed at once. */
export function EventRelations({ eventId }: { eventId: string | null }) {
  const { editor } = useStores();
  const events = useEditor((state) => state.draft.events);
  const [kind, setKind] = useState<RelationKind>('responds-to');
  const [chosen, setChosen] = useState('');
  const kindId = useId();
  const otherId = useId();
  const event = events.find((candidate) => candidate.id === eventId);
  const others = events.filter((candidate) => candidate.id !== eventId);
  const other = others.find((candidate) => candidate.id === chosen) ?? others[0];
  const titleOf = (id: string) => events.find((candidate) => candidate.id === id)?.title ?? id;

  return (
    <fieldset id={eventFieldId('related')} tabIndex={-1} className="editor-fieldset">
      <legend>Relations</legend>
      {eventId === null || !event ? (
        <p className="field-hint">Save the event first, then relate it to others.</p>
      ) : (
        <>
          {event.related && event.related.length > 0 && (
            <ul className="event-relations">
              {event.related.map((relation, index) => (
                <li key={`${relation.relation}-${relation.event}`}>
                  {RELATION_LABELS[relation.relation]}: {titleOf(relation.event)}{' '}
                  <button
                    type="button"
                    className="editor-button"
                    onClick={() => editor.getState().change((draft) => removeRelation(draft, eventId, index))}
                  >
                    Remove
                    <span className="visually-hidden">
                      {' '}
                      relation “{RELATION_LABELS[relation.relation]}: {titleOf(relation.event)}”
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {other ? (
            <div className="relation-adder">
              <div className="editor-field">
                <label htmlFor={kindId}>Relation</label>
                <select
                  id={kindId}
                  value={kind}
                  onChange={(change) => setKind(change.target.value as RelationKind)}
                >
                  {RELATION_KINDS.map((relation) => (
                    <option key={relation} value={relation}>
                      {RELATION_LABELS[relation]}
                    </option>
                  ))}
                </select>
              </div>
              <div className="editor-field">
                <label htmlFor={otherId}>Other event</label>
                <select id={otherId} value={other.id} onChange={(change) => setChosen(change.target.value)}>
                  {others.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.title}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="editor-button"
                onClick={() =>
                  editor
                    .getState()
                    .change((draft) => addRelation(draft, eventId, { event: other.id, relation: kind }))
                }
              >
                Add relation
              </button>
            </div>
          ) : (
            <p className="field-hint">Add another event to relate this one to it.</p>
          )}
        </>
      )}
    </fieldset>
  );
}
