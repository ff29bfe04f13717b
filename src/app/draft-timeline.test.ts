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
  const waiting: (() => void)[] = [];
  const stop = connectDraftTimeline(editor, workspace, timeline, (run) => waiting.push(run));
  /** Draws what the page would draw once it has painted. */
  const painted = () => waiting.splice(0).forEach((run) => run());
  const titles = () => timeline.getState().dataset.events.map((event) => event.title);
  return { editor, workspace, timeline, stop, titles, painted };
}

describe('the draft timeline', () => {
  it('draws the draft as it is saved, validated as the download is, once the page has painted', () => {
    const { editor, titles, painted } = setUp();
    expect(titles()).toEqual(['Bridge shelled']);

    editor
      .getState()
      .change(
        (draft) => addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft,
      );
    expect(titles()).toEqual(['Bridge shelled']);
    painted();
    expect(titles()).toEqual(['Bridge shelled', 'Shelled again']);
    // An event the validator refuses is left out, as the app would leave it out of the download.
    editor
      .getState()
      .change((draft) => addEvent(draft, fields({ title: 'Impossible', date: '2023-02-30' }), []).draft);
    painted();
    expect(titles()).toEqual(['Bridge shelled', 'Shelled again']);
  });

  it('draws a burst of changes once', () => {
    const { editor, timeline, painted } = setUp();
    let opened = 0;
    timeline.subscribe((state, previous) => {
      if (state.dataset !== previous.dataset) opened += 1;
    });
    editor
      .getState()
      .change((draft) => addEvent(draft, fields({ title: 'One' }), [quote('Residents said')]).draft);
    editor
      .getState()
      .change((draft) => addEvent(draft, fields({ title: 'Two' }), [quote('Officials said')]).draft);
    painted();
    expect(opened).toBe(1);
    expect(timeline.getState().dataset.events).toHaveLength(3);
  });

  it('draws nothing again while only the timeline’s own title changes', () => {
    const { editor, timeline, painted } = setUp();
    const dataset = timeline.getState().dataset;
    editor.getState().change((draft) => ({ ...draft, title: 'A new title' }));
    painted();
    expect(timeline.getState().dataset).toBe(dataset);
  });

  it('opens the event chosen on the timeline in the form, and selects the event opened in the form', () => {
    const { editor, workspace, timeline, painted } = setUp();
    const [first] = editor.getState().draft.events;
    timeline.getState().selectEvent(first!.id);
    expect(workspace.getState().form?.eventId).toBe(first!.id);

    const { draft, id } = addEvent(editor.getState().draft, fields({ title: 'Shelled again' }), [
      quote('Residents said'),
    ]);
    editor.getState().change(() => draft);
    painted();
    workspace.getState().openEvent(editor.getState().draft, id);
    expect(timeline.getState().selectedEventId).toBe(id);

    workspace.getState().closeForm();
    expect(timeline.getState().selectedEventId).toBeNull();
  });

  it('keeps the event open in the form selected when the draft changes, and forgets a deleted one', () => {
    const { editor, workspace, timeline, painted } = setUp();
    const [first] = editor.getState().draft.events;
    workspace.getState().openEvent(editor.getState().draft, first!.id);
    editor
      .getState()
      .change(
        (draft) => addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft,
      );
    painted();
    expect(timeline.getState().dataset.events).toHaveLength(2);
    expect(timeline.getState().selectedEventId).toBe(first!.id);

    editor.getState().change((draft) => ({ ...draft, events: draft.events.slice(1) }));
    painted();
    expect(timeline.getState().selectedEventId).toBeNull();
  });

  it('stops following the draft once stopped', () => {
    const { editor, stop, titles, painted } = setUp();
    editor
      .getState()
      .change(
        (draft) => addEvent(draft, fields({ title: 'Shelled again' }), [quote('Residents said')]).draft,
      );
    stop();
    painted();
    expect(titles()).toEqual(['Bridge shelled']);
  });
});
