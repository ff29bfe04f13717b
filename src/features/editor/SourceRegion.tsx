import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { categoriesOf } from '../../domain/categories';
import { formatCount } from '../../domain/count-format';
import type { DraftSource } from '../../domain/editor/draft';
import { draftHighlights } from '../../domain/editor/draft-marks';
import { quoteSelector, trimRange } from '../../domain/editor/quote-selector';
import { layoutSource } from '../../domain/source-layout';
import { useEditor, useStores, useWorkspace } from './editor-context';
import { EditorArticle } from './EditorArticle';
import { focusField } from './field-ids';
import { markedEventAt, selectedRange } from './selection-offsets';

const PREVIEW_LENGTH = 80;

function preview(text: string): string {
  return text.length > PREVIEW_LENGTH ? `${text.slice(0, PREVIEW_LENGTH - 1).trimEnd()}…` : text;
}

/** Follows the document's selection: a passage selected in the article, and the quote the caret is in. */
function useArticleSelection(source: DraftSource) {
  const { workspace } = useStores();
  const article = useRef<HTMLDivElement | null>(null);
  const [caretEventId, setCaretEventId] = useState<string | null>(null);
  useEffect(() => {
    const onSelectionChange = () => {
      const element = article.current;
      const selection = document.getSelection();
      // A selection elsewhere (a button pressed, a field typed in) leaves the passage selected.
      if (!element || !selection?.anchorNode || !element.contains(selection.anchorNode)) return;
      const range = selectedRange(element, selection);
      const trimmed = range && trimRange(source.text, range);
      setCaretEventId(selection.isCollapsed ? markedEventAt(selection.anchorNode) : null);
      workspace
        .getState()
        .select(trimmed && trimmed.start < trimmed.end ? { sourceId: source.id, ...trimmed } : null);
    };
    document.addEventListener('selectionchange', onSelectionChange);
    return () => document.removeEventListener('selectionchange', onSelectionChange);
  }, [workspace, source]);
  return { article, caretEventId };
}

function SourceArticle({ source }: { source: DraftSource }) {
  const { workspace } = useStores();
  const draft = useEditor((state) => state.draft);
  const form = useWorkspace((state) => state.form);
  const selection = useWorkspace((state) => state.selection);
  const hintId = useId();
  const { article, caretEventId } = useArticleSelection(source);

  const unsaved = form?.eventId === null ? form.excerpts : undefined;
  const blocks = useMemo(
    () => layoutSource(source, draftHighlights(draft, source.id, unsaved)),
    [draft, source, unsaved],
  );
  const slots = useMemo(() => {
    const byCategory = new Map(categoriesOf(draft.events).map((category) => [category.id, category.slot]));
    return new Map(draft.events.map((event) => [event.id, byCategory.get(event.category) ?? 0]));
  }, [draft.events]);
  const slotOf = useCallback((eventId: string) => slots.get(eventId) ?? 0, [slots]);
  const chooseEvent = useCallback(
    (eventId: string) => workspace.getState().openEvent(draft, eventId),
    [workspace, draft],
  );

  const selected =
    selection?.sourceId === source.id ? source.text.slice(selection.start, selection.end) : null;
  const caretTitle = draft.events.find((event) => event.id === caretEventId)?.title;

  const newEvent = () => {
    if (!selection) return;
    flushSync(() =>
      workspace.getState().startEvent(draft, { source: source.id, ...quoteSelector(source.text, selection) }),
    );
    focusField('title');
  };

  return (
    <>
      <p id={hintId} className="field-hint">
        Select a passage to quote it: with a mouse or a finger, or with the keyboard (Shift and the arrow
        keys). Marked passages are quoted already: click one, or press Enter in it, to open its event.
      </p>
      <EditorArticle
        articleRef={article}
        blocks={blocks}
        describedBy={hintId}
        openEventId={form?.eventId ?? null}
        slotOf={slotOf}
        onChooseEvent={chooseEvent}
      />
      <div className="selection-bar">
        <p className="selection-status" role="status">
          {selected !== null
            ? `Selected: “${preview(selected)}” (${formatCount(selected.length)} characters)`
            : caretTitle !== undefined
              ? `In a quote of “${caretTitle}”: press Enter to open it.`
              : 'No passage selected.'}
        </p>
        <button
          type="button"
          className="action-button is-primary"
          disabled={selected === null}
          onClick={newEvent}
        >
          New event from selection
        </button>
      </div>
    </>
  );
}

/** Region "Source": the article to quote from, which source of several, and the way from a passage to an event. */
export function SourceRegion() {
  const { workspace } = useStores();
  const sources = useEditor((state) => state.draft.sources);
  const shownSourceId = useWorkspace((state) => state.shownSourceId);
  const source = sources.find((candidate) => candidate.id === shownSourceId) ?? sources.at(-1);
  const switchId = useId();
  return (
    <section className="editor-panel source-region" aria-labelledby="editor-source-heading">
      <h2 id="editor-source-heading">Source</h2>
      {sources.length > 1 && (
        <div className="editor-field">
          <label htmlFor={switchId}>Show source</label>
          <select
            id={switchId}
            value={source?.id}
            onChange={(event) => workspace.getState().showSource(event.target.value)}
          >
            {sources.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {source ? (
        <>
          <p className="source-byline">
            <span className="source-title">{source.title}</span> · {source.publisher}
          </p>
          <SourceArticle key={source.id} source={source} />
        </>
      ) : (
        <p className="field-hint">Add a source first: its article shows here, ready to quote.</p>
      )}
    </section>
  );
}
