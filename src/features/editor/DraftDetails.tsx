import { fileStem } from '../../domain/export/export-dataset';
import { DATASET_FIELD_LABELS } from '../../domain/editor/problem-fields';
import { downloadFile } from '../../shared/download-file';
import { draftTitle } from '../../shared/draft-storage';
import { useEditor, useStores } from './editor-context';
import type { SaveStatus } from './editor-store';
import { TIMELINE_DESCRIPTION_ID, TIMELINE_TITLE_ID } from './field-ids';

const STATUS_TEXT: Record<Exclude<SaveStatus['kind'], 'failed'>, string> = {
  new: 'A new draft: it is kept on this device from the first thing you add.',
  saving: 'Saving on this device…',
  saved: 'Saved on this device. Nothing leaves it.',
};

function SaveStatusText({ status }: { status: SaveStatus }) {
  if (status.kind !== 'failed') return <p className="save-status">{STATUS_TEXT[status.kind]}</p>;
  return (
    <p className="save-status is-failed" role="alert">
      This browser would not keep the draft on this device ({status.reason}). Nothing is lost while this page
      stays open: download the dataset to keep your work.
    </p>
  );
}

/** The timeline's own title and description, whether the draft is stored, and the download. */
export function DraftDetails() {
  const { editor } = useStores();
  const title = useEditor((state) => state.draft.title);
  const description = useEditor((state) => state.draft.description);
  const status = useEditor((state) => state.status);
  const change = (patch: { title?: string; description?: string }) =>
    editor.getState().change((draft) => ({ ...draft, ...patch }));
  const download = () => {
    const { draft } = editor.getState();
    downloadFile(
      `${JSON.stringify(draft, null, 2)}\n`,
      `${fileStem(draftTitle(draft))}.json`,
      'application/json',
    );
  };
  return (
    <section className="editor-panel draft-details" aria-labelledby="editor-details-heading">
      <h2 id="editor-details-heading">This timeline</h2>
      <div className="editor-field">
        <label htmlFor={TIMELINE_TITLE_ID}>{DATASET_FIELD_LABELS.title}</label>
        <input
          id={TIMELINE_TITLE_ID}
          type="text"
          value={title}
          onChange={(event) => change({ title: event.target.value })}
        />
      </div>
      <div className="editor-field">
        <label htmlFor={TIMELINE_DESCRIPTION_ID}>{DATASET_FIELD_LABELS.description}</label>
        <textarea
          id={TIMELINE_DESCRIPTION_ID}
          rows={2}
          value={description}
          onChange={(event) => change({ description: event.target.value })}
        />
      </div>
      <SaveStatusText status={status} />
      <button type="button" className="editor-button is-primary" onClick={download}>
        Download dataset (JSON)
      </button>
    </section>
  );
}
