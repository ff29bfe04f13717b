import { addQuote, removeQuote, type DraftExcerpt } from '../../domain/editor/draft';
import { quoteSelector } from '../../domain/editor/quote-selector';
import { useEditor, useStores, useWorkspace } from './editor-context';
import { eventFieldId } from './field-ids';

/**
 * The quotes of the event in the form, and "Add selection to this event". A saved event's quotes change in the
 * draft at once (and are stored); a new event's wait in the form until it is saved.
 */
export function EventQuotes({
  eventId,
  pending,
}: {
  eventId: string | null;
  pending: readonly DraftExcerpt[];
}) {
  const { editor, workspace } = useStores();
  const draft = useEditor((state) => state.draft);
  const selection = useWorkspace((state) => state.selection);
  const quotes =
    eventId === null ? pending : (draft.events.find((event) => event.id === eventId)?.excerpts ?? []);
  const sourceTitle = (id: string) => draft.sources.find((source) => source.id === id)?.title ?? id;

  const addSelection = () => {
    const source = draft.sources.find((candidate) => candidate.id === selection?.sourceId);
    if (!selection || !source) return;
    const excerpt = { source: source.id, ...quoteSelector(source.text, selection) };
    if (eventId === null) workspace.getState().setExcerpts([...pending, excerpt]);
    else editor.getState().change((current) => addQuote(current, eventId, excerpt));
    workspace.getState().select(null);
  };
  const remove = (index: number) => {
    if (eventId === null) workspace.getState().setExcerpts(pending.filter((_, at) => at !== index));
    else editor.getState().change((current) => removeQuote(current, eventId, index));
  };

  return (
    <fieldset id={eventFieldId('excerpts')} tabIndex={-1} className="editor-fieldset">
      <legend>Quotes</legend>
      <ol className="event-quotes">
        {quotes.map((quote, index) => (
          <li key={`${quote.source}-${quote.prefix ?? ''}${quote.exact}${quote.suffix ?? ''}`}>
            <blockquote>{quote.exact}</blockquote>
            <span className="field-hint">{sourceTitle(quote.source)}</span>
            <button
              type="button"
              className="editor-button"
              disabled={quotes.length === 1}
              onClick={() => remove(index)}
            >
              Remove<span className="visually-hidden"> quote {index + 1}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="editor-button" disabled={selection === null} onClick={addSelection}>
        Add selection to this event
      </button>
    </fieldset>
  );
}
