import { useEffect, useMemo, useState } from 'react';
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
import { createWorkspaceStore } from './workspace-store';
import './editor.css';
import './editor-forms.css';

function Notice() {
  const notice = useEditor((state) => state.notice);
  return (
    <p className="editor-notice" role="status">
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

/**
 * The timeline editor: a source's article to quote from, the event form, the draft's events and problems, the
 * drafts on this device and the download. `openBuiltin` loads the app's built-in dataset when asked for it.
 */
export function Editor({ store, openBuiltin }: { store: EditorStore; openBuiltin: () => Promise<Dataset> }) {
  const [workspace] = useState(createWorkspaceStore);
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
