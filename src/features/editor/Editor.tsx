import { useEffect, useMemo, type ReactNode } from 'react';
import type { Dataset } from '../../domain/types';
import { DraftDetails } from './DraftDetails';
import { DraftPanel } from './DraftPanel';
import { EditorStoresProvider, useEditor } from './editor-context';
import type { EditorStore } from './editor-store';
import { EventForm } from './EventForm';
import { EventList } from './EventList';
import { ProblemList } from './ProblemList';
import { SourceForm } from './SourceForm';
import { SourceRegion } from './SourceRegion';
import type { WorkspaceStore } from './workspace-store';
import './editor.css';
import './editor-forms.css';

function Notice() {
  const notice = useEditor((state) => state.notice);
  return (
    <p className="editor-notice notice-box" role="status">
      {notice}
    </p>
  );
}

function Sources() {
  const hasSources = useEditor((state) => state.draft.sources.length > 0);
  return (
    <section className="editor-panel" aria-labelledby="editor-add-source-heading">
      <details open={!hasSources || undefined} className="add-source">
        <summary>
          <h2 id="editor-add-source-heading">{hasSources ? 'Add another source' : 'Add a source'}</h2>
        </summary>
        <SourceForm />
      </details>
    </section>
  );
}

export interface EditorProps {
  readonly store: EditorStore;
  /** What the author is doing with the draft; the page shares it with the timeline it draws of the draft. */
  readonly workspace: WorkspaceStore;
  /** Loads the app's built-in dataset when asked for it. */
  readonly openBuiltin: () => Promise<Dataset>;
  /** The draft drawn as a timeline, between the draft's details and the workspace. */
  readonly timeline?: ReactNode;
}

/**
 * The timeline editor: a source's article to quote from, the event form, the draft's events and problems, the
 * drafts on this device and the download.
 */
export function Editor({ store, workspace, openBuiltin, timeline }: EditorProps) {
  const stores = useMemo(() => ({ editor: store, workspace }), [store, workspace]);
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.draftId !== previous.draftId) workspace.getState().reset();
      }),
    [store, workspace],
  );
  return (
    <EditorStoresProvider stores={stores}>
      <div className="editor">
        <Notice />
        <div className="editor-top">
          <DraftDetails />
          <DraftPanel openBuiltin={openBuiltin} />
        </div>
        {timeline}
        <div className="editor-workspace">
          <div className="editor-column">
            <Sources />
            <SourceRegion />
          </div>
          <div className="editor-column">
            <EventForm />
            <EventList />
            <ProblemList />
          </div>
        </div>
      </div>
    </EditorStoresProvider>
  );
}
