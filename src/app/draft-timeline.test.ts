import { describe, expect, it } from 'vitest';
import { addEvent } from '../domain/editor/draft';
import { createEditorStore } from '../features/editor/editor-store';
import { createWorkspaceStore } from '../features/editor/workspace-store';
import type { DraftStorage } from '../shared/draft-storage';
import { draftWithEvent, fields, quote } from '../testing/draft-fixtures';
import { connectDraftTimeline, createDraftTimeline } from './draft-timeline';

/** Storage that keeps nothing: these tests are about what is drawn, not what is stored. */
const storage: DraftStorage = {
  list: () => Promise.resolve([]),
  load: () => Promise.resolve(undefined),
  save: () => Promise.resolve(),
  remove: () => Promise.resolve(),
};

function setUp() {
  const editor = createEditorStore({ storage, newId: () => 'draft-1' });
  editor.getState().adoptDraft(draftWithEvent());
  const workspace = createWorkspaceStore();
  const timeline = createDraftTimeline();
  const stop = connectDraftTimeline(editor, workspace, timeline);
  const titles = () => timeline.getState().dataset.events.map((event) => event.title);
  return { editor, workspace, timeline, stop, titles };
}

describe('the draft timeline', () => {
  it('draws the draft as it is saved, validated as the download is', () => {
    const { editor, titles } = setUp();
    expect(titles()).toEqual(['Bridge shelled']);

    editor
      .getState()
      .change(
        (draft) => addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft,
      );
    expect(titles()).toEqual(['Bridge shelled', 'Shelled again']);
    // An event the validator refuses is left out, as the app would leave it out of the download.
    editor
      .getState()
      .change((draft) => addEvent(draft, fields({ title: 'Impossible', date: '2023-02-30' }), []).draft);
    expect(titles()).toEqual(['Bridge shelled', 'Shelled again']);
  });

  it('draws nothing again while only the timeline’s own title changes', () => {
    const { editor, timeline } = setUp();
    const dataset = timeline.getState().dataset;
    editor.getState().change((draft) => ({ ...draft, title: 'A new title' }));
    expect(timeline.getState().dataset).toBe(dataset);
  });

  it('opens the event chosen on the timeline in the form, and selects the event opened in the form', () => {
    const { editor, workspace, timeline } = setUp();
    const [first] = editor.getState().draft.events;
    timeline.getState().selectEvent(first!.id);
    expect(workspace.getState().form?.eventId).toBe(first!.id);

    const { draft, id } = addEvent(editor.getState().draft, fields({ title: 'Shelled again' }), [
      quote('Residents said'),
    ]);
    editor.getState().change(() => draft);
    workspace.getState().openEvent(editor.getState().draft, id);
    expect(timeline.getState().selectedEventId).toBe(id);

    workspace.getState().closeForm();
    expect(timeline.getState().selectedEventId).toBeNull();
  });

  it('keeps the event open in the form selected when the draft changes, and forgets a deleted one', () => {
    const { editor, workspace, timeline } = setUp();
    const [first] = editor.getState().draft.events;
    workspace.getState().openEvent(editor.getState().draft, first!.id);
    editor
      .getState()
      .change(
        (draft) => addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft,
      );
    expect(timeline.getState().selectedEventId).toBe(first!.id);

    editor.getState().change((draft) => ({ ...draft, events: draft.events.slice(1) }));
    expect(timeline.getState().selectedEventId).toBeNull();
  });

  it('stops following the draft once stopped', () => {
    const { editor, stop, titles } = setUp();
    stop();
    editor
      .getState()
      .change(
        (draft) => addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft,
      );
    expect(titles()).toEqual(['Bridge shelled']);
  });
});
