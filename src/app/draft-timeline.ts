import { draftDataset } from '../domain/editor/draft-check';
import { emptyDraft, type Draft } from '../domain/editor/draft';
import type { Dataset } from '../domain/types';
import type { EditorStore } from '../features/editor/editor-store';
import type { WorkspaceStore } from '../features/editor/workspace-store';
import { createAppStore, type AppStore } from '../state/app-store';

/*
 * The editor's region "Timeline" is the app's own timeline over an app store of the draft: the draft as it is
 * saved, validated as the download will be, and opened in that store whenever its records change. It is drawn
 * after the page has painted the change (a save closes the form at once; the timeline follows a frame later),
 * and a burst of changes is drawn once. One event is selected in both: choosing it on the timeline opens it in
 * the editor's form, and the event open in the form (chosen in the list or by a mark in the source) is
 * selected on the timeline.
 */

// An empty draft always passes: the fallback for one the validator refuses outright.
const EMPTY = draftDataset(emptyDraft())!;

function datasetOf(draft: Draft): Dataset {
  return draftDataset(draft) ?? EMPTY;
}

/** The timeline's store; it draws a draft once connected. */
export function createDraftTimeline(): AppStore {
  return createAppStore(EMPTY);
}

function sameRecords(a: Draft, b: Draft): boolean {
  return a.sources === b.sources && a.actors === b.actors && a.events === b.events;
}

/** Runs `run` once the next frame has been painted: a requestAnimationFrame, then a task after it. */
function afterNextPaint(run: () => void): void {
  requestAnimationFrame(() => setTimeout(run, 0));
}

/** Keeps `timeline` on the draft and the selection shared; returns the function that stops it. */
export function connectDraftTimeline(
  editor: EditorStore,
  workspace: WorkspaceStore,
  timeline: AppStore,
  later: (run: () => void) => void = afterNextPaint,
) {
  const openEventId = () => workspace.getState().form?.eventId ?? null;
  let drawn: Draft | null = null;
  const draw = (draft: Draft) => {
    // Typing the timeline's own title changes no record: nothing to draw again.
    if (drawn !== null && sameRecords(draft, drawn)) return;
    drawn = draft;
    const dataset = datasetOf(draft);
    const event = openEventId();
    // A new dataset is fitted whole, so a saved event is always in view.
    timeline
      .getState()
      .openDataset({ dataset, view: event !== null && dataset.eventById.has(event) ? { event } : {} });
  };
  draw(editor.getState().draft);
  let scheduled = false;
  let stopped = false;
  const stopDraft = editor.subscribe(() => {
    if (scheduled) return;
    scheduled = true;
    later(() => {
      scheduled = false;
      if (!stopped) draw(editor.getState().draft);
    });
  });
  const stopTimeline = timeline.subscribe(({ selectedEventId }, previous) => {
    if (selectedEventId === previous.selectedEventId || selectedEventId === null) return;
    if (selectedEventId !== openEventId())
      workspace.getState().openEvent(editor.getState().draft, selectedEventId);
  });
  const stopForm = workspace.subscribe((state, previous) => {
    const eventId = state.form?.eventId ?? null;
    if (eventId !== (previous.form?.eventId ?? null) && eventId !== timeline.getState().selectedEventId)
      timeline.getState().selectEvent(eventId);
  });
  return () => {
    stopped = true;
    stopDraft();
    stopTimeline();
    stopForm();
  };
}
