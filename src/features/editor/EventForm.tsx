import { useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { addEvent, deleteEvent, editEvent, type EventFields } from '../../domain/editor/draft';
import { editedEventProblems, newEventProblems } from '../../domain/editor/draft-check';
import { EVENT_FIELD_LABELS } from '../../domain/editor/problem-fields';
import { ActorPicker } from './ActorPicker';
import { CategoryField } from './CategoryField';
import { DateField } from './DateField';
import { useEditor, useStores, useWorkspace } from './editor-context';
import { EventQuotes } from './EventQuotes';
import { EventRelations } from './EventRelations';
import { eventEntryId, eventFieldId } from './field-ids';
import { Refusal } from './ProblemLink';

type TextField = 'title' | 'dateBasis' | 'summary' | 'place' | 'attribution';

function TextInput({ field, multiline, hint }: { field: TextField; multiline?: boolean; hint?: ReactNode }) {
  const { workspace } = useStores();
  const value = useWorkspace((state) => state.form?.fields[field] ?? '');
  const props = {
    id: eventFieldId(field),
    value,
    onChange: (event: { target: { value: string } }) =>
      workspace.getState().editFields({ [field]: event.target.value }),
    'aria-describedby': hint ? `${eventFieldId(field)}-hint` : undefined,
  };
  return (
    <div className="editor-field">
      <label htmlFor={props.id}>{EVENT_FIELD_LABELS[field]}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {hint && (
        <p id={`${eventFieldId(field)}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function DeleteEvent({ eventId, title }: { eventId: string; title: string }) {
  const { editor, workspace } = useStores();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="editor-button is-danger" onClick={() => setConfirming(true)}>
        Delete event
      </button>
    );
  }
  const remove = () => {
    editor.getState().change((draft) => deleteEvent(draft, eventId));
    workspace.getState().closeForm();
    editor.getState().tell(`Deleted “${title}”.`);
  };
  return (
    <div role="group" aria-label="Delete this event?" className="confirm-group">
      <span>Delete “{title}”, its quotes and the relations to it?</span>
      <button type="button" className="editor-button is-danger" onClick={remove}>
        Delete for good
      </button>
      <button type="button" className="editor-button" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </div>
  );
}

/** The form "Event": a new event from a selected passage, or a saved one to change. */
export function EventForm() {
  const { editor, workspace } = useStores();
  const form = useWorkspace((state) => state.form);
  const draft = useEditor((state) => state.draft);
  if (!form) return null;
  const { fields } = form;
  const set = (patch: Partial<EventFields>) => workspace.getState().editFields(patch);
  const known = draft.actors.map((actor) => ({ id: actor.id, name: actor.name, kind: actor.kind, role: '' }));
  const savedTitle = draft.events.find((event) => event.id === form.eventId)?.title;

  const save = (event: FormEvent) => {
    event.preventDefault();
    const current = editor.getState().draft;
    const problems =
      form.eventId === null
        ? newEventProblems(current, fields, form.excerpts)
        : editedEventProblems(current, form.eventId, fields);
    if (problems.length > 0) {
      workspace.getState().refuse(problems);
      return;
    }
    const saved =
      form.eventId === null
        ? addEvent(current, fields, form.excerpts)
        : { draft: editEvent(current, form.eventId, fields), id: form.eventId };
    editor.getState().change(() => saved.draft);
    flushSync(() => {
      workspace.getState().closeForm();
      editor.getState().tell(`Saved “${fields.title.trim()}”.`);
    });
    document.getElementById(eventEntryId(saved.id))?.focus();
  };

  return (
    <form key={form.serial} className="editor-panel event-form" aria-label="Event" onSubmit={save} noValidate>
      <h2>{form.eventId === null ? 'New event' : `Edit “${savedTitle ?? fields.title}”`}</h2>
      <TextInput field="title" hint="A short headline; about 70 characters fit on the timeline." />
      <DateField
        id={eventFieldId('date')}
        label={EVENT_FIELD_LABELS.date}
        value={fields.date}
        onChange={(date) => set({ date })}
      />
      <TextInput field="dateBasis" multiline hint="One sentence a reader can check against the source." />
      <TextInput field="summary" multiline hint="One to three factual sentences in your own words." />
      <TextInput field="place" hint="Optional: where it happened." />
      <TextInput field="attribution" hint="Optional: who the source says vouches for it." />
      <CategoryField
        value={fields.category}
        used={[...new Set(draft.events.map((event) => event.category))]}
        onChange={(category) => set({ category })}
      />
      <ActorPicker known={known} picked={fields.actors} onChange={(actors) => set({ actors })} />
      <EventQuotes eventId={form.eventId} pending={form.excerpts} />
      <EventRelations eventId={form.eventId} />
      <Refusal problems={form.refusal ?? []} what="saved" />
      <div className="form-actions">
        <button type="submit" className="editor-button is-primary">
          Save event
        </button>
        <button type="button" className="editor-button" onClick={() => workspace.getState().closeForm()}>
          Close
        </button>
        {form.eventId !== null && <DeleteEvent eventId={form.eventId} title={savedTitle ?? fields.title} />}
      </div>
    </form>
  );
}
