import { useId, type MouseEvent } from 'react';
import { useStore } from 'zustand';
import { whenStored, type EditorStore } from '../features/editor/editor-store';
import { TimelineView } from '../features/timeline/TimelineView';
import type { AppStore } from '../state/app-store';
import { StoreProvider } from '../state/store-context';
import { serializeViewParams } from '../url/view-codec';
import './draft-timeline.css';

/** The app's address for a draft on this device: the page above /edit/, with the URL table's `draft`. */
function appAddressOf(draftId: string): string {
  return `../${serializeViewParams({ draft: draftId })}`;
}

/** "Open in the timeline": the full app opens the draft from this device, so it must be stored first. */
function OpenInTimeline({ editor }: { editor: EditorStore }) {
  const draftId = useStore(editor, (state) => state.draftId);
  const status = useStore(editor, (state) => state.status.kind);
  const hintId = useId();
  if (status === 'new')
    return <p className="field-hint">Add a source, and the full app can open the draft from this device.</p>;
  if (status === 'failed')
    return (
      <p className="field-hint">
        The full app opens drafts this browser keeps, and it keeps none: download the dataset and open the
        file in the timeline instead.
      </p>
    );
  const href = appAddressOf(draftId);
  const open = (event: MouseEvent) => {
    // A change still being stored would be missing from the app: it opens once the write is done.
    if (editor.getState().status.kind !== 'saving') return;
    event.preventDefault();
    void whenStored(editor).then((done) => {
      if (done) window.location.assign(href);
    });
  };
  return (
    <p className="draft-timeline-open">
      <a className="action-button" href={href} aria-describedby={hintId} onClick={open}>
        Open in the timeline
      </a>{' '}
      <span id={hintId} className="field-hint">
        The full app, with its filters, list and sources, reads the draft from this device.
      </span>
    </p>
  );
}

/** Region "Timeline" of the editor: the draft's saved events on the app's own timeline. */
export function DraftTimeline({ editor, timeline }: { editor: EditorStore; timeline: AppStore }) {
  const hasEvents = useStore(timeline, (state) => state.dataset.events.length > 0);
  const headingId = useId();
  return (
    <div className="draft-timeline">
      {hasEvents ? (
        <StoreProvider store={timeline}>
          <TimelineView offersList={false} />
        </StoreProvider>
      ) : (
        <section className="editor-panel" aria-labelledby={headingId}>
          <h2 id={headingId}>Timeline</h2>
          <p className="field-hint">
            Each event you save appears here, in time order, as the app will draw it.
          </p>
        </section>
      )}
      <OpenInTimeline editor={editor} />
    </div>
  );
}
